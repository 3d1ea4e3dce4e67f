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
}
