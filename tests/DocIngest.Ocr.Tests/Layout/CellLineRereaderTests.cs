using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellLineRereaderTests
{
    [Theory]
    [InlineData("period-cell.png")]
    [InlineData("period-cell-lost-mark.png")]
    public void Apply_ScannedTwoLinePeriodCell_BothMonthsReadRight(string fixture)
    {
        // Crops of a 300-dpi scan (see Fixtures/layout/README.md): read as a block, the engine (tha+eng) wrote the
        // first line as Latin or garbage and dropped the ี of มี.ค.
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0);
        var binary = new SauvolaBinarizer().Binarize(image);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var first = DetachedMarkFilter.Remove(engine.Recognize(image, null, SegmentationMode.SingleBlock));

        var lines = CellLineRereader.Apply(first, image, binary, engine);

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("ม.ค.", lines[0].Text);
        Assert.StartsWith("มี.ค.", lines[1].Text);
        Assert.All(lines, l => Assert.InRange(l.Box.Y, 0, image.Height));
    }

    [Fact]
    public void Apply_ConfidentLinesAndNoStrayInk_NotReadAgain()
    {
        var image = new GrayImage(300, 120, dpi: 300);
        var binary = new GrayImage(300, 120, dpi: 300);
        var lines = new[] { new RecognizedLine("สำนักปลัด", new BoundingBox(10, 10, 200, 40), 0.95, []) };
        var recognizer = new CountingRecognizer();

        var result = CellLineRereader.Apply(lines, image, binary, recognizer);

        Assert.Same(lines, result);
        Assert.Equal(0, recognizer.Calls);
    }

    [Fact]
    public void Apply_LongCell_NotReadAgain()
    {
        var image = new GrayImage(300, 400, dpi: 300);
        var lines = Enumerable.Range(0, new CellRereadOptions().MaxLines + 1)
            .Select(i => new RecognizedLine("a a Fa", new BoundingBox(10, 10 + 60 * i, 200, 40), 0.2, [])).ToList();
        var recognizer = new CountingRecognizer();

        Assert.Same(lines, CellLineRereader.Apply(lines, image, image, recognizer));
        Assert.Equal(0, recognizer.Calls);
    }

    [Fact]
    public void Apply_ConfidentLineInkNoLineCovers_ReadAgain()
    {
        var image = new GrayImage(300, 120, dpi: 300);
        var binary = new GrayImage(300, 120, dpi: 300);
        // A mark-sized blot above the line box: an upper vowel the block reading left out.
        for (int y = 12; y < 22; y++)
            for (int x = 40; x < 60; x++) binary[x, y] = 0;
        var lines = new[] { new RecognizedLine("ม.ค.", new BoundingBox(30, 30, 150, 40), 0.93, []) };
        var recognizer = new CountingRecognizer();

        CellLineRereader.Apply(lines, image, binary, recognizer);

        Assert.Equal(1, recognizer.Calls);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    public void Apply_ConfidentLinesInkBesideOne_ReadsThatLineAndItsContext(int contextLines, int bandsRead)
    {
        // A mark-sized blot above the second line's box, below the first line's band: a mark the second line lost.
        var (lines, image, binary) = TwoConfidentLines(secondTop: 80, secondWidth: 200, blotTop: 62, blotBottom: 72);
        var recognizer = new CountingRecognizer();

        var result = CellLineRereader.Apply(lines, image, binary, recognizer, new CellRereadOptions { ContextLines = contextLines });

        // Each band is the line's box widened by a quarter of its height (220 px), the bands a line height (40 px) apart.
        Assert.Equal([220 * bandsRead + 40 * (bandsRead + 1)], recognizer.Widths);
        Assert.Same(lines, result);
    }

    [Fact]
    public void Apply_InkInTwoLinesBands_ReadsTheLowerLine()
    {
        // Between two lines set tight: below the first line's box, above the second's, in both lines' bands.
        var (lines, image, binary) = TwoConfidentLines(secondTop: 60, secondWidth: 120, blotTop: 52, blotBottom: 58);
        var recognizer = new CountingRecognizer();

        CellLineRereader.Apply(lines, image, binary, recognizer);

        // The second line's band alone: its box widened by a quarter of its height (140 px) and a line height each side.
        Assert.Equal([140 + 2 * 40], recognizer.Widths);
    }

    [Fact]
    public void Apply_InkBesideAShortLine_ReadsTheWholeCell()
    {
        // A period cell (ม.ค.- / ม.ค.๖๔ for มี.ค.๖๔): a line of a few letters gets its mark back only beside the others.
        var (lines, image, binary) = TwoConfidentLines(secondTop: 80, secondWidth: 200, blotTop: 62, blotBottom: 72, first: "ม.ค.-", second: "ม.ค.๖๔");
        var recognizer = new CountingRecognizer();

        CellLineRereader.Apply(lines, image, binary, recognizer);

        Assert.Equal([2 * 220 + 3 * 40], recognizer.Widths);
    }

    [Theory]
    [InlineData(6, 13 * 24)]
    [InlineData(0, 40 * 24 + 2 * 7)]
    public void Apply_InkOverALongLine_ReadsAWindowAroundIt(int windowLetters, int approximateWidth)
    {
        // Forty letters 20 px wide, 4 px apart, and a mark-sized blot over the twenty-first that no line box covers.
        var image = new GrayImage(1000, 120, dpi: 300);
        var binary = new GrayImage(1000, 120, dpi: 300);
        var symbols = new List<RecognizedSymbol>();
        for (int i = 0; i < 40; i++)
        {
            for (int row = 40; row < 70; row++) binary.RowSpan(row).Slice(10 + 24 * i, 20).Fill(0);
            symbols.Add(new RecognizedSymbol("ก", new BoundingBox(10 + 24 * i, 40, 20, 30), 0.95));
        }
        for (int row = 12; row < 22; row++) binary.RowSpan(row).Slice(10 + 24 * 20, 20).Fill(0);
        var lines = new[] { new RecognizedLine(new string('ก', 40), new BoundingBox(10, 40, 40 * 24 - 4, 30), 0.95, symbols) };
        var recognizer = new CountingRecognizer();

        CellLineRereader.Apply(lines, image, binary, recognizer, new CellRereadOptions { WindowLetters = windowLetters });

        // The window (or the whole band) and a line height (30 px) of paper either side.
        Assert.InRange(Assert.Single(recognizer.Widths) - 2 * 30, approximateWidth - 24, approximateWidth + 24);
    }

    /// <summary>A blank cell crop read as two confident 40 px lines, the first at y 10, and a 20 px wide blot of ink no line box covers.</summary>
    private static (RecognizedLine[] Lines, GrayImage Image, GrayImage Binary) TwoConfidentLines(int secondTop, int secondWidth, int blotTop, int blotBottom,
        string first = "สำนักงานปลัดเทศบาล", string second = "ความเสียงต่อการทุจริต")
    {
        var image = new GrayImage(300, secondTop + 60, dpi: 300);
        var binary = new GrayImage(300, secondTop + 60, dpi: 300);
        for (int y = blotTop; y < blotBottom; y++)
            for (int x = 40; x < 60; x++) binary[x, y] = 0;
        RecognizedLine[] lines =
        [
            new(first, new BoundingBox(10, 10, 200, 40), 0.95, []),
            new(second, new BoundingBox(10, secondTop, secondWidth, 40), 0.95, []),
        ];
        return (lines, image, binary);
    }

    [Theory]
    [InlineData("ม.ค.๒๕", "มี.ค.๒๕", true)]
    [InlineData("ขันตอน", "ขั้นตอน", true)]
    [InlineData("เรียน", "เรยน", false)]
    [InlineData("ม.ค.", "ม.ค.", false)]
    [InlineData("ก.ค.", "มี.ค.", false)]
    [InlineData("ความเสียง", "ความเสี่ยง", true)]
    [InlineData("ส่วนงาน", "สส่วนงาน", false)]
    [InlineData("ดำเนินการ", "เดำเนินการ", false)]
    public void IsCompletion_RereadAddsOnly_True(string first, string reread, bool expected) =>
        Assert.Equal(expected, CellLineRereader.IsCompletion(first, reread));

    private sealed class CountingRecognizer : ITextRecognizer
    {
        public int Calls => Widths.Count;

        /// <summary>The width of each image the recognizer was asked to read.</summary>
        public List<int> Widths { get; } = [];

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Widths.Add(image.Width);
            return [];
        }

        public void Dispose() { }
    }
}
