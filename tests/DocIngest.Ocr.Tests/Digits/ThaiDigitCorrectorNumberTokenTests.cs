using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Digits;

public sealed class ThaiDigitCorrectorNumberTokenTests
{
    private static readonly ThaiDigitCorrector Corrector = new(ThaiDigitRecognizer.Shared);

    [Theory]
    [InlineData("number-cell-read-latin.png", "๙๐")]
    [InlineData("number-cell-read-latin-200dpi.png", "๙๔")]
    public void CorrectNumberToken_ScannedCellOfTwoDigitsReadAsLatin_ThaiDigits(string fixture, string expected)
    {
        // Padded cell crops of two tuning corpus pages as the cell recogniser read them (Fixtures/layout/README.md): the
        // engine (tha+eng) wrote the cell's only token as "BO" and "ac", which no line test takes for a number.
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var line = Assert.Single(engine.Recognize(image, null, SegmentationMode.SingleBlock));
        Assert.DoesNotContain(expected, line.Text);

        Assert.Equal(expected, Corrector.CorrectNumberToken(image, line).Text);
    }

    [Theory]
    [InlineData("ITA Model")]
    [InlineData("ร้อยละ")]
    [InlineData("๙๐")]
    [InlineData("Baseline")]
    public void CorrectNumberToken_NoShortTokenOfLookAlikes_LineUnchanged(string text)
    {
        var line = new RecognizedLine(text, new BoundingBox(10, 10, 100, 30), 0.9, []);

        Assert.Same(line, Corrector.CorrectNumberToken(new GrayImage(200, 60), line));
    }

    [Fact]
    public void CorrectNumberToken_LatinTokenOverNoDigitInk_LineUnchanged()
    {
        var symbols = new[] { new RecognizedSymbol("N", new BoundingBox(10, 10, 20, 30), 0.9f), new RecognizedSymbol("o", new BoundingBox(32, 18, 16, 22), 0.9f) };
        var line = new RecognizedLine("No", new BoundingBox(10, 10, 38, 30), 0.9, symbols);

        Assert.Same(line, Corrector.CorrectNumberToken(new GrayImage(200, 60), line));
    }

    [Theory]
    [InlineData("๘๗\u0E34๓,๗๖๐.๐๐", "๘๗๓,๗๖๐.๐๐")]
    [InlineData("๑๗\u0E48๓,๒๘๐.๐๐", "๑๗๓,๒๘๐.๐๐")]
    [InlineData("๒๕\u0E34.๕๐", "๒๕.๕๐")]
    [InlineData("ข้อ ๑ ที่ ๒", "ข้อ ๑ ที่ ๒")]
    [InlineData("๑ที่", "๑ที่")]
    [InlineData("ปี ๒๕๖๖", "ปี ๒๕๖๖")]
    public void WithoutMarksInsideNumbers_MarkBetweenDigitsDropped_OthersKept(string text, string expected) =>
        Assert.Equal(expected, ThaiDigitCorrector.WithoutMarksInsideNumbers(text));

    [Fact]
    public void Correct_MarkReadBetweenDigitsOfAnAmount_Dropped()
    {
        var line = new RecognizedLine("๘๗\u0E34๓", new BoundingBox(10, 10, 100, 30), 0.9, []);

        Assert.Equal("๘๗๓", Corrector.Correct(new GrayImage(200, 60), line).Text);
    }
}
