using System.Diagnostics;
using System.Globalization;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>Renders a line of text in a given font file with ImageMagick (<c>convert label:</c>), as a 300 dpi gray image.</summary>
public sealed class ImageMagickRenderer
{
    private readonly string _convertPath;

    public ImageMagickRenderer(string convertPath = "/usr/bin/convert") => _convertPath = convertPath;

    /// <summary>Black text on white with a white border of <paramref name="border"/> pixels.</summary>
    public GrayImage Render(string fontPath, double pointSize, string text, int border = 20, int dpi = 300) =>
        RenderStack(fontPath, [pointSize], text, border, dpi);

    /// <summary>
    /// The same text once per point size, stacked top to bottom, each line with a white border of <paramref name="border"/>
    /// pixels (so lines are 2 x border apart). One process for all sizes: starting ImageMagick costs more than rendering.
    /// </summary>
    public GrayImage RenderStack(string fontPath, IReadOnlyList<double> pointSizes, string text, int border = 20, int dpi = 300)
    {
        var start = new ProcessStartInfo(_convertPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        var arguments = new List<string> { "-density", dpi.ToString(CultureInfo.InvariantCulture), "-font", fontPath, "-background", "white", "-fill", "black" };
        foreach (var size in pointSizes)
            arguments.AddRange(["-pointsize", size.ToString(CultureInfo.InvariantCulture), $"label:{text}"]);
        arguments.AddRange(["-bordercolor", "white", "-border", border.ToString(CultureInfo.InvariantCulture), "-append", "-colorspace", "Gray", "-depth", "8", "pgm:-"]);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_convertPath}");
        using var pixels = new MemoryStream();
        var errorTask = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(pixels);
        process.WaitForExit();
        string error = errorTask.Result;
        if (process.ExitCode != 0) throw new InvalidOperationException($"convert failed ({process.ExitCode}) for font {fontPath}: {error}");
        return PgmCodec.Read(pixels.ToArray(), dpi);
    }

    /// <summary>
    /// Renders one line straight to an image file (PNG by extension). With a <paramref name="scanSeed"/>, the line
    /// is blurred and given Gaussian noise like a scan; the seed makes the noise reproducible.
    /// </summary>
    public void RenderToFile(string fontPath, double pointSize, string text, string path, int? scanSeed = null, int border = 30, int dpi = 300)
    {
        var arguments = new List<string>
        {
            "-density", dpi.ToString(CultureInfo.InvariantCulture), "-font", fontPath, "-pointsize", pointSize.ToString(CultureInfo.InvariantCulture),
            "-background", "white", "-fill", "black", $"label:{text}", "-bordercolor", "white", "-border", border.ToString(CultureInfo.InvariantCulture),
        };
        if (scanSeed is { } seed)
            arguments.AddRange(["-seed", seed.ToString(CultureInfo.InvariantCulture), "-blur", "0x0.8", "-attenuate", "0.6", "+noise", "Gaussian"]);
        arguments.AddRange(["-colorspace", "Gray", "-depth", "8", path]);
        RunConvert(arguments);
    }

    /// <summary>Any image file ImageMagick reads, as 8-bit gray.</summary>
    public GrayImage LoadGray(string path, int dpi = 300)
    {
        using var pixels = new MemoryStream();
        RunConvert([path, "-colorspace", "Gray", "-depth", "8", "pgm:-"], pixels);
        return PgmCodec.Read(pixels.ToArray(), dpi);
    }

    private void RunConvert(IEnumerable<string> arguments, Stream? output = null)
    {
        var start = new ProcessStartInfo(_convertPath) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_convertPath}");
        var errorTask = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output ?? Stream.Null);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"convert failed ({process.ExitCode}): {errorTask.Result}");
    }
}
