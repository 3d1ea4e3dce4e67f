using System.Diagnostics;
using DocIngest.Core.Thai;

namespace DocIngest.Training.Tesseract;

/// <summary>What one run of the tesseract command produced: its output, wall time, and the peak resident memory of the process.</summary>
public sealed record TesseractRun(string Text, TimeSpan Elapsed, long PeakMemoryBytes);

/// <summary>
/// The plain <c>tesseract</c> command line with OMP_THREAD_LIMIT=1 (its OpenMP threads only fight each other on a
/// shared machine): the baseline DocIngest is measured against (<c>bench</c>, <c>eval --baseline</c>,
/// <c>eval-corpus --baseline</c>) and the plain engine the digit benchmarks compare the corrector with. The product
/// itself talks to libtesseract through the engine binding. Peak memory is VmHWM from /proc/PID/status, sampled while
/// the process runs (the kernel keeps the high-water mark, so the last sample is the peak so far).
/// </summary>
/// <param name="executable">The command, <c>tesseract</c> on the PATH by default.</param>
/// <param name="language">The Tesseract languages, <c>tha</c> by default.</param>
/// <param name="pageSegmentationMode">The page segmentation mode of <see cref="Run"/> (3: automatic page layout).</param>
public sealed class TesseractCli(string executable = "tesseract", string language = "tha", int pageSegmentationMode = 3)
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>The page: <c>tesseract IMAGE - -l LANG --psm N</c>, text normalised (<see cref="ThaiText.Normalize"/>) and trimmed.</summary>
    public TesseractRun Run(string imagePath, CancellationToken cancellationToken = default)
    {
        var run = Execute([imagePath, "-", "-l", language, "--psm", pageSegmentationMode.ToString()], cancellationToken);
        return run with { Text = ThaiText.Normalize(run.Text).Trim() };
    }

    /// <summary>Plain text of the image, read as one line (PSM 7).</summary>
    public string ReadLineText(string imagePath) => Execute([imagePath, "stdout", "-l", language, "--psm", "7", "txt"]).Text;

    /// <summary>hOCR with character boxes of the image, read as one line (PSM 7).</summary>
    public string ReadLineHocr(string imagePath) => Execute([imagePath, "stdout", "-l", language, "--psm", "7", "-c", "hocr_char_boxes=1", "hocr"]).Text;

    /// <summary>
    /// Runs the command with <paramref name="arguments"/> as given (the image first) and returns its standard output
    /// as written; for callers that need other outputs (files of txt and tsv) or options.
    /// </summary>
    /// <exception cref="InvalidOperationException">The command did not start or exited with an error.</exception>
    public TesseractRun Execute(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
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
        {
            string subject = arguments.Count > 0 ? arguments[0] : "(no arguments)";
            throw new InvalidOperationException($"{executable} failed ({process.ExitCode}) on {subject}: {error.GetAwaiter().GetResult().Trim().Split('\n')[0]}");
        }
        return new TesseractRun(text, clock.Elapsed, peak);
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
