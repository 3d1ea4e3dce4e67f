using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Training.Digits;
using DocIngest.Training.Digits.Evaluation;
using DocIngest.Training.Tesseract;

namespace DocIngest.Ocr.Tests.Digits;

public class ThaiDigitCorrectorExplainTests
{
    private static readonly ThaiDigitCorrector Corrector = new(ThaiDigitRecognizer.Shared);

    [Fact]
    public void Explain_OrderNumber_GivesEachRunAtItsTextPlaceWithItsGlyphs()
    {
        var (image, line) = ReadRendered("คำสั่งที่ ๑๒/๒๕๖๓");

        var runs = Corrector.Explain(image, line);

        // The engine reads ๑ ๒ ๓ ๕ (its model has them) and writes other things for ๖: the order number's run is whole,
        // one glyph per printed digit, each inside the run's own symbols.
        Assert.NotEmpty(runs);
        Assert.All(runs, run => Assert.InRange(run.Start + run.Length, 1, line.Text.Length));
        var number = runs[0];
        Assert.Equal("๑๒", line.Text.Substring(number.Start, number.Length));
        Assert.False(number.Stray);
        Assert.Equal(2, number.Glyphs.Count);
        int left = line.Symbols.First(s => s.Text == "๑").Box.X, right = line.Symbols.First(s => s.Text == "๒").Box.Right;
        Assert.All(number.Glyphs, g => Assert.True(g.Box.Right > left && g.Box.X < right, $"{g.Box} outside {left}..{right}"));
    }

    [Fact]
    public void Explain_ArabicDigitsOnly_NoRuns()
    {
        var (image, line) = ReadRendered("ปี 2564 ข้อ 17");

        Assert.Empty(Corrector.Explain(image, line));
    }

    [Fact]
    public void Explain_SymbolsThatDoNotSpellTheText_NoRuns()
    {
        var line = new RecognizedLine("๕๕", new BoundingBox(0, 0, 40, 20), 0.9,
            [new RecognizedSymbol("๕", new BoundingBox(0, 0, 20, 20), 0.9)]);

        Assert.Empty(Corrector.Explain(new GrayImage(40, 20), line));
    }

    private static (GrayImage Image, RecognizedLine Line) ReadRendered(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"digit-explain-{Guid.NewGuid():N}.png");
        try
        {
            var renderer = new ImageMagickRenderer();
            renderer.RenderToFile(DigitTestImages.Laksaman, 16, text, path);
            var line = Assert.Single(HocrLineReader.Parse(new TesseractCli().ReadLineHocr(path)));
            return (renderer.LoadGray(path), line);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
