using DocIngest.Core.Text;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Tests.Digits;
using DocIngest.Training.Digits;
using DocIngest.Training.Tesseract;

namespace DocIngest.Training.Tests.Tesseract;

public sealed class TesseractCliTests : IDisposable
{
    private const string Line = "บันทึกข้อความ ส่วนราชการ สำนักปลัด";

    private readonly string _dir = Directory.CreateTempSubdirectory("tesseract-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string RenderLine()
    {
        var path = Path.Combine(_dir, "line.png");
        new ImageMagickRenderer().RenderToFile(DigitTestImages.Laksaman, 16, Line, path);
        return path;
    }

    private static double CharacterErrorRate(string expected, string actual) =>
        EditDistance.Levenshtein(ThaiText.Normalize(expected), ThaiText.Normalize(actual).Trim()) / (double)expected.Length;

    [Fact]
    public void Run_RenderedThaiLine_ReadsItBackAndReportsPeakMemory()
    {
        var run = new TesseractCli().Run(RenderLine());

        Assert.InRange(CharacterErrorRate(Line, run.Text), 0, 0.3);
        Assert.True(run.PeakMemoryBytes > 1024 * 1024, $"peak {run.PeakMemoryBytes} bytes");
        Assert.True(run.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public void ReadLineText_RenderedThaiLine_ReadsItBackAsOneLine()
    {
        var text = new TesseractCli().ReadLineText(RenderLine());

        Assert.InRange(CharacterErrorRate(Line, text), 0, 0.3);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Execute_MissingImage_ThrowsNamingTheImage()
    {
        var missing = Path.Combine(_dir, "absent.png");

        var error = Assert.Throws<InvalidOperationException>(() => new TesseractCli().Execute([missing, "-", "-l", "tha"]));

        Assert.Contains("absent.png", error.Message);
    }
}
