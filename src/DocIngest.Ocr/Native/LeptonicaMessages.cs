using System.Runtime.InteropServices;
using System.Text;

namespace DocIngest.Ocr.Native;

/// <summary>
/// Captures Leptonica's error messages per thread so that a failed decode can say why
/// ("Error in pixReadMemTiff: tif not made") instead of printing to stderr and returning NULL.
/// Leptonica calls the handler synchronously on the thread that made the failing call.
/// </summary>
internal static unsafe class LeptonicaMessages
{
    private const int MaxCapturedChars = 2000;
    private static readonly Lazy<bool> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    [ThreadStatic] private static StringBuilder? captured;

    /// <summary>
    /// Routes Leptonica's messages to the per-thread buffer from now on. The engine calls this too: Tesseract's own
    /// Leptonica calls report harmless clipping ("Error in boxClipToRectangle") that would otherwise flood stderr.
    /// </summary>
    public static void EnsureInstalled() => _ = Installed.Value;

    /// <summary>Starts a fresh capture on this thread; call right before a Leptonica call whose failure you will report.</summary>
    public static void BeginCapture()
    {
        _ = Installed.Value;
        (captured ??= new StringBuilder()).Clear();
    }

    /// <summary>What Leptonica reported on this thread since <see cref="BeginCapture"/>, one line.</summary>
    public static string TakeCaptured()
    {
        var text = captured?.ToString() ?? string.Empty;
        captured?.Clear();
        return string.Join("; ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static bool Install()
    {
        LeptonicaNative.SetStderrHandler(&OnMessage);
        return true;
    }

    [UnmanagedCallersOnly]
    private static void OnMessage(byte* message)
    {
        // An exception must never cross back into C, so this only appends (bounded) and never throws on bad UTF-8.
        var text = Marshal.PtrToStringUTF8((IntPtr)message) ?? string.Empty;
        var sink = captured ??= new StringBuilder();
        if (sink.Length < MaxCapturedChars) sink.Append(text.AsSpan(0, Math.Min(text.Length, MaxCapturedChars - sink.Length)));
    }
}
