using System.Diagnostics;

namespace DocIngest.Ocr.Digits.Evaluation;

/// <summary>
/// Runs the <c>tesseract</c> command line (Thai model, one thread) for measurements and tests that must compare
/// against the plain engine. The product itself talks to libtesseract through the engine binding.
/// </summary>
public sealed class TesseractCli
{
    private readonly string _executable;
    private readonly string _language;

    public TesseractCli(string executable = "tesseract", string language = "tha")
    {
        _executable = executable;
        _language = language;
    }

    /// <summary>Plain text of the image, read as one line (PSM 7).</summary>
    public string ReadLineText(string imagePath) => Run(imagePath, "txt");

    /// <summary>hOCR with character boxes of the image, read as one line (PSM 7).</summary>
    public string ReadLineHocr(string imagePath) => Run(imagePath, "-c", "hocr_char_boxes=1", "hocr");

    private string Run(string imagePath, params string[] tail)
    {
        var start = new ProcessStartInfo(_executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { imagePath, "stdout", "-l", _language, "--psm", "7" }.Concat(tail)) start.ArgumentList.Add(argument);
        // Tesseract's OpenMP threads only fight each other on a shared machine.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_executable}");
        var errorTask = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tesseract failed ({process.ExitCode}) on {imagePath}: {errorTask.Result}");
        return output;
    }
}
