using System.Diagnostics;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// Renders one PDF page to gray pixels with poppler's pdftoppm. Rendering the whole page (rather than pulling
/// the embedded scan out) also handles pages that are several image strips, vector stamps over a scan,
/// and rotated or cropped scans the way a viewer shows them.
/// </summary>
public sealed class PdfPageRasterizer(string executable = "pdftoppm")
{
    /// <summary>Page <paramref name="pageNumber"/> (1-based) of the PDF at <paramref name="path"/> at <paramref name="dpi"/>.</summary>
    public GrayImage Render(string path, int pageNumber, int dpi, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-r", dpi.ToString(), "-gray", "-f", pageNumber.ToString(), "-l", pageNumber.ToString(), path })
            start.ArgumentList.Add(argument);

        using var process = StartProcess(start);
        using var output = new MemoryStream();
        var errorTask = process.StandardError.ReadToEndAsync(cancellationToken);
        using (cancellationToken.Register(() => KillQuietly(process)))
        {
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
        }
        cancellationToken.ThrowIfCancellationRequested();
        string error = errorTask.GetAwaiter().GetResult().Trim();
        if (process.ExitCode != 0 || output.Length == 0)
        {
            string reason = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? $"exit code {process.ExitCode}";
            throw new BadInputException($"page {pageNumber} of the PDF cannot be rendered ({reason})");
        }
        try
        {
            return PgmCodec.Read(output.GetBuffer().AsSpan(0, (int)output.Length), dpi);
        }
        catch (InvalidDataException e)
        {
            throw new BadInputException($"page {pageNumber} of the PDF rendered to an unreadable image ({e.Message})", e);
        }
    }

    private Process StartProcess(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{executable} (poppler-utils) is needed to render scanned PDF pages: {e.Message}", e);
        }
    }

    /// <summary>Cancellation kills the renderer; it may already have exited, which is what we wanted anyway.</summary>
    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // The process exited between the check and the kill: nothing left to stop.
        }
    }
}
