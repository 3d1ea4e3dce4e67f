using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class LoneNumberReaderTests
{
    /// <summary>The lines recorded in a fixture's <c>.lines.tsv</c>: what the engine's layout read there on the whole page.</summary>
    internal static IReadOnlyList<RecognizedLine> RecordedLines(string fixture) =>
        File.ReadLines(Fixtures.Layout(fixture))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => new RecognizedLine(f[5], new BoundingBox(int.Parse(f[0]), int.Parse(f[1]), int.Parse(f[2]), int.Parse(f[3])),
                double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), []))
            .ToList();

    [Fact]
    public void Apply_ContentsPageNumbersFarRightOfTheirTitles_ReadAsDigits()
    {
        // A contents page of the tuning corpus as preprocessed: the page numbers ๑ and ๓ stand alone at the right edge,
        // far from their titles, and the engine's layout of the whole page read the titles only (its lines recorded).
        var prepared = new PagePreprocessor().Process(new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout("contents-page-numbers-300dpi.jpg")), 0));
        var lines = RecordedLines("contents-page-numbers-300dpi.lines.tsv");

        var read = new LoneNumberReader(ThaiDigitRecognizer.Shared).Apply(lines, prepared.Gray, PageInk.Of(prepared.Binary));

        var numbers = read.Except(lines).ToList();
        Assert.Equal(["๑", "๓"], numbers.Where(l => l.Box.X > 1500 && l.Box.Y < 400).OrderBy(l => l.Box.Y).Select(l => l.Text));
        Assert.All(numbers, n => Assert.Matches("^[๐-๙]+$", n.Text));
    }

    /// <summary>A 200-dpi page: a line of eight letter-sized blobs at y 100, and one glyph-sized blob at (x, 105).</summary>
    private static GrayImage Page(int loneX)
    {
        var page = new GrayImage(1200, 300, dpi: 200);
        Array.Fill(page.Pixels, (byte)255);
        for (int letter = 0; letter < 8; letter++)
            Fill(page, 100 + letter * 40, 100, 25, 30);
        Fill(page, loneX, 105, 20, 25);
        return page;
    }

    private static void Fill(GrayImage page, int left, int top, int width, int height)
    {
        for (int y = top; y < top + height; y++)
            for (int x = left; x < left + width; x++)
                page[x, y] = 0;
    }

    private static RecognizedLine Line() => new("บรรทัด", new BoundingBox(95, 95, 340, 40), 0.95, []);

    [Fact]
    public void Apply_GlyphNextToALine_NotRead()
    {
        // A glyph half a line's height from the line's end is part of its text (a word the engine's box left out).
        var page = Page(loneX: 445);

        var read = new LoneNumberReader(ThaiDigitRecognizer.Shared).Apply([Line()], page, PageInk.Of(page));

        Assert.Single(read);
    }

    [Fact]
    public void Apply_BlobNoDigit_NotRead()
    {
        // Far from any text, but a filled box is no digit the model is sure of: nothing is added.
        var page = Page(loneX: 1000);

        var read = new LoneNumberReader(ThaiDigitRecognizer.Shared).Apply([Line()], page, PageInk.Of(page));

        Assert.Single(read);
    }
}
