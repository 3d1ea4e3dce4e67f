using System.Globalization;

/// <summary>
/// Loaded by the runtime before Main when named in DOTNET_STARTUP_HOOKS (the runtime looks for this type name, outside
/// any namespace). When GCSTATS_FILE is set, a background thread writes the process's collections by generation, total
/// pause time and allocated bytes to that file twice a second (replaced whole each time, so a reader never sees half a
/// line), and once more when the process exits.
/// </summary>
internal static class StartupHook
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public static void Initialize()
    {
        string? path = Environment.GetEnvironmentVariable("GCSTATS_FILE");
        if (string.IsNullOrEmpty(path)) return;
        var writer = new Thread(() =>
        {
            while (true)
            {
                Write(path);
                Thread.Sleep(Interval);
            }
        })
        { IsBackground = true, Name = "GC figures" };
        writer.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Write(path);
    }

    /// <summary>One line: gen0 gen1 gen2 collections (each count includes the higher generations'), pause ms, allocated bytes.</summary>
    private static void Write(string path)
    {
        string line = string.Create(CultureInfo.InvariantCulture,
            $"{GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)} {GC.GetTotalPauseDuration().TotalMilliseconds:0.0} {GC.GetTotalAllocatedBytes()}\n");
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, line);
        File.Move(temporary, path, overwrite: true);
    }
}
