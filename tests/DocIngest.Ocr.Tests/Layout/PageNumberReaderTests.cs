using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class PageNumberReaderTests
{
    private static (GrayImage Gray, PageInk Ink, IReadOnlyList<RecognizedLine> Lines, TesseractEngine Engine) Read(string fixture)
    {
        var prepared = new PagePreprocessor().Process(new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0));
        var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        return (prepared.Gray, PageInk.Of(prepared.Binary), engine.Recognize(prepared.Gray, null, SegmentationMode.Auto), engine);
    }

    [Fact]
    public void Apply_PageNumberTheLayoutDropped_ReadGlyphByGlyph()
    {
        // Page 2 of sample-docs/memo-kalasin-2565.tif as preprocessed, its table whitened out as the page recogniser does:
        // the engine's layout returns nothing for the "- ๒ -" above it, and read as a line it came out "-ไ๒-".
        var (gray, ink, lines, engine) = Read("page-number-over-table-200dpi.png");
        using var _ = engine;
        Assert.DoesNotContain(lines, l => l.Text.Contains('๒'));

        var read = new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, gray, ink, engine);

        var number = Assert.Single(read.Except(lines));
        Assert.Equal("- ๒ -", number.Text);
        Assert.InRange(number.Box.Y, 120, 160);
    }

    [Fact]
    public void Apply_MarksAboveALineInTheMargin_NoPageNumber()
    {
        // The last lines of page 9 of sample-docs/memo-buengkan-2567.tif: the vowel over "กันยายน" lies outside its line's box
        // in the bottom margin and on its own was read as ๗ by the digit model.
        var (gray, ink, lines, engine) = Read("marks-over-last-line-200dpi.png");
        using var _ = engine;
        Assert.NotEmpty(lines);

        var read = new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, gray, ink, engine);

        Assert.Same(lines, read);
    }

    [Fact]
    public void Apply_PageNumberAlreadyRead_Unchanged()
    {
        var (gray, ink, _, engine) = Read("page-number-over-table-200dpi.png");
        using var __ = engine;
        IReadOnlyList<RecognizedLine> lines = [new RecognizedLine("- ๒ -", new BoundingBox(820, 130, 90, 36), 0.9, [])];

        Assert.Same(lines, new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, gray, ink, engine));
    }

    [Fact]
    public void Apply_PageNumberReadAsSigns_ReplacedByItsDigits()
    {
        // The engine reads some page numbers as signs between dashes ("-¢-" for - ๕ -, "-lo-" for - ๒ -).
        var (gray, ink, lines, engine) = Read("page-number-over-table-200dpi.png");
        using var _ = engine;
        var number = Assert.Single(new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, gray, ink, engine).Except(lines));
        var garbled = new RecognizedLine("-lo-", number.Box, 0.6, []);

        var read = new PageNumberReader(ThaiDigitRecognizer.Shared).Apply([.. lines, garbled], gray, ink, engine);

        Assert.DoesNotContain(garbled, read);
        Assert.Equal("- ๒ -", Assert.Single(read.Except(lines)).Text);
    }

    [Fact]
    public void Apply_SpecksAroundTheNumber_StillRead()
    {
        // A photocopy's specks beside the number are neither dashes nor words.
        var page = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout("page-number-over-table-200dpi.png")), 0);
        var (gray0, ink0, lines0, engine) = Read("page-number-over-table-200dpi.png");
        using var _ = engine;
        var number = Assert.Single(new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines0, gray0, ink0, engine).Except(lines0)).Box;
        var random = new Random(7);
        for (int i = 0; i < 40; i++)
        {
            int x = number.X - 60 + random.Next(number.Width + 120), y = number.Y - 10 + random.Next(number.Height + 20);
            if (x >= number.X - 2 && x <= number.Right + 2 && y >= number.Y - 2 && y <= number.Bottom + 2) continue;
            page[x, y] = 0;
            page[x + 1, y] = 0;
        }
        var prepared = new PagePreprocessor().Process(page);
        var lines = engine.Recognize(prepared.Gray, null, SegmentationMode.Auto);

        var read = new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, prepared.Gray, PageInk.Of(prepared.Binary), engine);

        Assert.Contains(read, l => l.Text == "- ๒ -");
    }

    /// <summary>The fixture's lines with those over <paramref name="number"/> replaced by one line reading <paramref name="text"/>.</summary>
    private static IReadOnlyList<RecognizedLine> WithLineOver(IReadOnlyList<RecognizedLine> lines, BoundingBox number, string text, double confidence) =>
        [.. lines.Where(l => l.Box.VerticalOverlap(number) == 0 || !l.Box.OverlapsHorizontally(number)), new RecognizedLine(text, number, confidence, [])];

    [Fact]
    public void Apply_PageNumberReadWeakly_ReplacedByItsDigits()
    {
        // A phone photo of a tuning corpus page (hospital-handbook-a p5): the engine read "- ๕ -" as "- ๕" at 0.43, and
        // the noise filter then dropped the line; the page is framed by a rule that encloses the number.
        var (gray, ink, lines, engine) = Read("page-number-weak-phone-top.jpg");
        using var _ = engine;
        var weak = WithLineOver(lines, new BoundingBox(1049, 208, 71, 25), "- ๕", 0.43);

        var read = new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(weak, gray, ink, engine);

        Assert.DoesNotContain(read, l => l.Text == "- ๕");
        Assert.Equal("- ๕ -", Assert.Single(read.Except(weak)).Text);
    }

    [Fact]
    public void Apply_PageNumberReadWithConfidence_Unchanged()
    {
        var (gray, ink, lines, engine) = Read("page-number-weak-phone-top.jpg");
        using var _ = engine;
        var sure = WithLineOver(lines, new BoundingBox(1049, 208, 71, 25), "- ๕", 0.9);

        Assert.Same(sure, new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(sure, gray, ink, engine));
    }

    [Fact]
    public void Apply_PageNumberSmallerThanTheText_ReadGlyphByGlyph()
    {
        // ethics-code-ministry p3 (200 dpi JPEG, tuning side): a "- ๓ -" 13 px high over 45 px lines, which the layout drops.
        var (gray, ink, lines, engine) = Read("page-number-small-200dpi-top.jpg");
        using var _ = engine;
        Assert.DoesNotContain(lines, l => l.Text.Contains('๓'));

        var number = Assert.Single(new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, gray, ink, engine).Except(lines));

        Assert.Equal("- ๓ -", number.Text);
        Assert.InRange(number.Box.Y, 140, 170);
    }

    [Fact]
    public void Apply_PageNumberReadAsALetterWithMarks_ReplacedByItsDigits()
    {
        // hospital-handbook-a p19 (tuning side): "- ๑๙ -" read "-๑ณี่-", the ๙ as ณ with two marks.
        var (gray, ink, lines, engine) = Read("page-number-marks-300dpi-top.jpg");
        using var _ = engine;
        var garbled = WithLineOver(lines, new BoundingBox(1216, 230, 115, 30), "-๑ณี่-", 0.65);

        var read = new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(garbled, gray, ink, engine);

        Assert.DoesNotContain(read, l => l.Text == "-๑ณี่-");
        Assert.Equal("- ๑๙ -", Assert.Single(read.Except(garbled)).Text);
    }

    [Fact]
    public void Apply_PageNumberLightOnADarkBadge_ReadInverted()
    {
        // ethics-action-plan p107 (photocopy, tuning side): the page number ๑๐๐ is printed white in a black disc; the
        // layout reads nothing there and the page's ink holds the disc as one component, the digits its holes.
        var (gray, ink, lines, engine) = Read("page-number-badge-photocopy-top.png");
        using var _ = engine;
        Assert.DoesNotContain(lines, l => l.Text.Contains("๑๐๐", StringComparison.Ordinal));

        var number = Assert.Single(new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, gray, ink, engine).Except(lines));

        Assert.Equal("๑๐๐", number.Text);
        Assert.InRange(number.Box.Y, 150, 230);
    }

    [Fact]
    public void Apply_SealInTheTopMargin_NoPageNumber()
    {
        // memo-district-1 p1 (tuning side): the Garuda seal over the memo's title is dark ink in the top margin, no number.
        var (gray, ink, lines, engine) = Read("seal-in-top-margin-top.jpg");
        using var _ = engine;

        Assert.Same(lines, new PageNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, gray, ink, engine));
    }
}
