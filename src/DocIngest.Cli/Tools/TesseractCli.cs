using System.Diagnostics;
using DocIngest.Core.Thai;

namespace DocIngest.Cli.Tools;

/// <summary>What one run of the tesseract command produced: text, wall time, and the peak resident memory of the process.</summary>
public sealed record TesseractRun(string Text, TimeSpan Elapsed, long PeakMemoryBytes);

/// <summary>
/// The plain <c>tesseract IMAGE - -l tha --psm 3</c> command with OMP_THREAD_LIMIT=1: the baseline DocIngest is measured against.
/// Peak memory is VmHWM from /proc/PID/status, sampled while the process runs (the kernel keeps the high-water mark, so the last sample is the peak so far).
/// </summary>
public sealed class TesseractCli(string executable = "tesseract", string language = "tha", int pageSegmentationMode = 3)
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(5);

    public TesseractRun Run(string imagePath, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { imagePath, "-", "-l", language, "--psm", pageSegmentationMode.ToString() }) start.ArgumentList.Add(argument);
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        long peak = 0;
        while (!process.WaitForExit(SampleInterval))
        {
            cancellationToken.ThrowIfCancellationRequested();
            peak = Math.Max(peak, ReadHighWaterMark(process.Id));
        }
        clock.Stop();
        string text = output.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{executable} failed on {imagePath}: {error.GetAwaiter().GetResult().Trim().Split('\n')[0]}");
        return new TesseractRun(ThaiText.Normalize(text).Trim(), clock.Elapsed, peak);
    }

    /// <summary>VmHWM in bytes, 0 when the process is gone or /proc is not there.</summary>
    private static long ReadHighWaterMark(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.TryParse(kilobytes, out long kb) ? kb * 1024 : 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process exited between samples; the previous sample stands.
        }
        return 0;
    }
}
