using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Orientation;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.Engine;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Orientation;

/// <summary>The orientation pass around a real page recogniser (Tesseract tha+eng, the osd model).</summary>
public sealed class OrientationCheckingRecognizerTests : IDisposable
{
    private readonly OrientationCheckingRecognizer recognizer = new(
        new PageRecognizer(new TesseractEngine(EngineFixtures.Options()), new PagePreprocessor(), new TableGridDetector(), []),
        new OrientationDetector(OrientationDetector.FindModelFolder(TessdataLocator.Locate())!));

    private static GrayImage Header() => new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout("latin-misread-header.png")), 0);

    [Fact]
    public void RecognizeWithImage_UpsideDownPage_ReadTurnedWithItsUprightImage()
    {
        var upright = recognizer.RecognizeWithImage(Header(), 1);

        var read = recognizer.RecognizeWithImage(QuarterTurn.Rotate(Header(), 180), 1);

        Assert.Contains(read.Content.Warnings, w => w.StartsWith("page turned 180° clockwise", StringComparison.Ordinal));
        Assert.Equal(upright.Content.Text, read.Content.Text);
        Assert.Equal(Header().Pixels.Length, read.Image.Pixels.Length);
        Assert.True(read.Content.MeanConfidence >= upright.Content.MeanConfidence - 0.01);
    }

    [Fact]
    public void RecognizeWithImage_UprightPage_ReadOnceWithoutWarning()
    {
        var read = recognizer.RecognizeWithImage(Header(), 1);

        Assert.DoesNotContain(read.Content.Warnings, w => w.Contains("turned", StringComparison.Ordinal));
        Assert.Contains("ส่วนราชการ", read.Content.Text);
    }

    [Fact]
    public void RecognizeWithImage_PageTurnedAQuarter_ReadWithLevelLinesAndUprightImage()
    {
        var page = TablePage();

        var read = recognizer.RecognizeWithImage(QuarterTurn.Rotate(page, 90), 1);

        Assert.Contains(read.Content.Warnings, w => w.StartsWith("page turned 270° clockwise", StringComparison.Ordinal));
        Assert.Equal((page.Width, page.Height), (read.Image.Width, read.Image.Height));
        Assert.False(OrientationCheckingRecognizer.StandsSideways(read.Content));
    }

    [Fact]
    public void StandsSideways_MostTextInTallLines_True()
    {
        TextLine Line(string text, int width, int height) => new(text, new BoundingBox(0, 0, width, height), 0.9);
        var sideways = new PageContent(1, PageMethod.Ocr, [new TextBlock([Line("ตามมาตรา ๒ วรรคสอง แล้วแต่กรณี", 70, 1900), Line("ภาคเอกชน", 30, 200)])]);
        var level = new PageContent(1, PageMethod.Ocr, [new TextBlock([Line("ตามมาตรา ๒ วรรคสอง แล้วแต่กรณี", 1900, 70), Line("ด้วย", 48, 72)])]);

        Assert.True(OrientationCheckingRecognizer.StandsSideways(sideways));
        Assert.False(OrientationCheckingRecognizer.StandsSideways(level));
    }

    private static GrayImage TablePage() => new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout("measure-table.png")), 0);

    public void Dispose() => recognizer.Dispose();
}
