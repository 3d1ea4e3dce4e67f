using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class MissedLineReaderTests
{
    /// <summary>Answers every single-line request with one scripted line in the requested region, and counts the requests.</summary>
    private sealed class RegionRecognizer(string text, double confidence) : ITextRecognizer
    {
        public List<BoundingBox> Requests { get; } = [];

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Assert.Equal(SegmentationMode.SingleLine, mode);
            Requests.Add(region!.Value);
            return [new RecognizedLine(text, region.Value, confidence, [])];
        }

        public void Dispose() { }
    }

    /// <summary>A 200-dpi page with three rows of letter-sized blobs at y 100, 160 and 220 (each 30 px tall).</summary>
    private static GrayImage Page()
    {
        var page = new GrayImage(1000, 400, dpi: 200);
        Array.Fill(page.Pixels, (byte)255);
        foreach (int top in new[] { 100, 160, 220 })
            for (int letter = 0; letter < 8; letter++)
                for (int y = top; y < top + 30; y++)
                    for (int x = 100 + letter * 40; x < 125 + letter * 40; x++)
                        page[x, y] = 0;
        return page;
    }

    private static RecognizedLine Line(int top) => new("บรรทัด", new BoundingBox(95, top - 5, 340, 40), 0.95, []);

    [Fact]
    public void Apply_RowNoLineCovers_ReadAndInsertedInOrder()
    {
        var page = Page();
        var recognizer = new RegionRecognizer("๒. ข้อเท็จจริง", 0.93);

        var lines = MissedLineReader.Apply([Line(100), Line(220)], page, page, recognizer);

        var request = Assert.Single(recognizer.Requests);
        Assert.InRange(request.Y, 140, 160);
        Assert.InRange(request.Bottom, 190, 210);
        Assert.Equal(["บรรทัด", "๒. ข้อเท็จจริง", "บรรทัด"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Apply_EveryRowCovered_NothingRead()
    {
        var page = Page();
        var recognizer = new RegionRecognizer("x", 0.99);

        var lines = MissedLineReader.Apply([Line(100), Line(160), Line(220)], page, page, recognizer);

        Assert.Empty(recognizer.Requests);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void Apply_UnsureOrLetterlessReading_Dropped()
    {
        var page = Page();
        Assert.Equal(2, MissedLineReader.Apply([Line(100), Line(220)], page, page, new RegionRecognizer("ข้อเท็จจริง", 0.4)).Count);
        Assert.Equal(2, MissedLineReader.Apply([Line(100), Line(220)], page, page, new RegionRecognizer("- . ,", 0.95)).Count);
    }

    [Fact]
    public void Apply_InkLeftAtTheEndOfALine_LineReadAgainAndReplaced()
    {
        var page = Page();
        // The middle row's line box stops after four of its eight letters: the engine cut the line short.
        var cut = new RecognizedLine("บรรทัด", new BoundingBox(95, 155, 180, 40), 0.95, []);
        var recognizer = new RegionRecognizer("บรรทัดที่ยาวกว่าเดิม", 0.93);

        var lines = MissedLineReader.Apply([Line(100), cut, Line(220)], page, page, recognizer);

        var request = Assert.Single(recognizer.Requests);
        Assert.True(request.X <= 95 && request.Right >= 405, $"the re-read covers the cut line and the left-over ink: {request}");
        Assert.Equal(["บรรทัด", "บรรทัดที่ยาวกว่าเดิม", "บรรทัด"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Apply_ReReadOfCutLineMuchShorter_CutLineKeptAndNothingAdded()
    {
        var page = Page();
        var cut = new RecognizedLine("บรรทัดที่ยาวกว่าเดิม", new BoundingBox(95, 155, 180, 40), 0.95, []);

        var lines = MissedLineReader.Apply([Line(100), cut, Line(220)], page, page, new RegionRecognizer("บรรทัด", 0.93));

        Assert.Equal(["บรรทัด", "บรรทัดที่ยาวกว่าเดิม", "บรรทัด"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Apply_RowOfMarksLowerThanALetterRow_NotRead()
    {
        // Ink counted as letters (at least 10 px at 200 dpi) but in a row of 11 px: less than 0.3 of the 40-px line boxes.
        var page = new GrayImage(1000, 400, dpi: 200);
        foreach (int top in new[] { 100, 220 })
            for (int letter = 0; letter < 8; letter++)
                for (int y = top; y < top + 30; y++)
                    for (int x = 100 + letter * 40; x < 125 + letter * 40; x++)
                        page[x, y] = 0;
        for (int mark = 0; mark < 8; mark++)
            for (int y = 170; y < 181; y++)
                for (int x = 105 + mark * 40; x < 112 + mark * 40; x++)
                    page[x, y] = 0;
        var recognizer = new RegionRecognizer("่ ี ั", 0.95);

        var lines = MissedLineReader.Apply([Line(100), Line(220)], page, page, recognizer);

        Assert.Empty(recognizer.Requests);
        Assert.Equal(2, lines.Count);
    }

    [Fact]
    public void Apply_RowReadAsANumberAlone_Kept()
    {
        // A chart's label is digits and signs only: Thai digits are no letters, and the number is the text.
        var page = Page();

        var lines = MissedLineMissing(page, new RegionRecognizer("๒๙.๐๔", 0.9));

        Assert.Equal(["บรรทัด", "๒๙.๐๔", "บรรทัด"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("๑ | ๑")]
    [InlineData("-- ๑")]
    [InlineData("ก๑")]
    public void Apply_RowReadAsSignsWithADigit_Dropped(string text)
    {
        var page = Page();

        Assert.Equal(2, MissedLineMissing(page, new RegionRecognizer(text, 0.95)).Count);
    }

    private static IReadOnlyList<RecognizedLine> MissedLineMissing(GrayImage page, RegionRecognizer recognizer) =>
        MissedLineReader.Apply([Line(100), Line(220)], page, page, recognizer);

    [Fact]
    public void Apply_TwoGroupsFarApartInOneRow_ReadEachAlone()
    {
        // Two labels at one height on either side of a picture: two lines, not one over the picture between them.
        var page = new GrayImage(1200, 400, dpi: 200);
        Array.Fill(page.Pixels, (byte)255);
        foreach (int left in new[] { 100, 800 })
            for (int letter = 0; letter < 4; letter++)
                for (int y = 160; y < 190; y++)
                    for (int x = left + letter * 40; x < left + 25 + letter * 40; x++)
                        page[x, y] = 0;
        var recognizer = new RegionRecognizer("๒๙.๐๔", 0.9);

        MissedLineReader.Apply([Line(100), Line(220)], page, page, recognizer);

        Assert.Equal(2, recognizer.Requests.Count);
        Assert.All(recognizer.Requests, r => Assert.True(r.Width < 300, $"one label per read: {r}"));
    }

    [Fact]
    public void Apply_LettersBrokenIntoPieces_RowFoundAndRead()
    {
        // Text on a shaded fill, thresholded with the page: each 28-px letter comes out as three pieces of 8 px (under
        // the 10 px a letter needs at 200 dpi) with 2-px breaks, a row of letters all the same.
        var page = new GrayImage(1000, 400, dpi: 200);
        Array.Fill(page.Pixels, (byte)255);
        for (int letter = 0; letter < 6; letter++)
            foreach (int top in new[] { 160, 170, 180 })
                for (int y = top; y < top + 8; y++)
                    for (int x = 100 + letter * 40; x < 125 + letter * 40; x++)
                        page[x, y] = 0;
        var recognizer = new RegionRecognizer("๒๙.๐๔", 0.9);

        var lines = MissedLineReader.Apply([Line(100), Line(220)], page, page, recognizer);

        var request = Assert.Single(recognizer.Requests);
        Assert.InRange(request.Y, 140, 165);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void Apply_PieChartLabels_ReadFromTheirSlices()
    {
        // A pie chart of the tuning corpus photographed by phone, as preprocessed: the percentages on the slices are digits
        // only, and the ones on blue and grey come out of the page's threshold in pieces; the engine's layout of the whole
        // page read none of them (its lines recorded).
        var prepared = new DocIngest.Ocr.Preprocessing.PagePreprocessor().Process(new LeptonicaImageDecoder().Decode(File.ReadAllBytes(TestSupport.Fixtures.Layout("pie-chart-labels-phone.jpg")), 0));
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var lines = LoneNumberReaderTests.RecordedLines("pie-chart-labels-phone.lines.tsv");
        var ink = PageInk.Of(prepared.Binary);

        var read = MissedLineReader.Apply(lines, prepared.Gray, ink, engine);

        var labels = read.Except(lines).Where(l => l.Text.Count(char.IsDigit) >= 3).ToList();
        Assert.True(labels.Count >= 4, "labels read: " + string.Join(" | ", read.Except(lines).Select(l => l.Text)));
    }
}
