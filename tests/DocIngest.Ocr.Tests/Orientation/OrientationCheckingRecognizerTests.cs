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

    public void Dispose() => recognizer.Dispose();
}
