using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Layout;

/// <summary>
/// Per-cell OCR with real Tesseract (CLI) on the rendered measure table, against the fixture's ground truth,
/// compared with reading the whole page at once and assigning glyphs to cells by position.
/// </summary>
public sealed class CellRecognizerFixtureTests(ITestOutputHelper output)
{
    private const string MeasureTable = "measure-table";

    private static (GrayImage Gray, GrayImage Binary, DetectedTable Table, IReadOnlyList<CellGroundTruth> Truth) Load(string fixture = MeasureTable)
    {
        var gray = PgmImage.Load(Fixtures.Layout(fixture + ".png"));
        var binary = new ThresholdPreprocessor().Binarize(gray);
        var table = Assert.Single(new TableGridDetector().Detect(binary));
        return (gray, binary, table, CellGroundTruth.Load(Fixtures.Layout(fixture + ".cells.tsv")));
    }

    private static GridCell CellAt(DetectedTable table, CellGroundTruth truth) =>
        Assert.Single(table.Cells, c => c.Row == truth.Row && c.Column == truth.Column);

    private double PerCellErrorRate(SegmentationMode mode, string fixture = MeasureTable)
    {
        var (gray, binary, table, truth) = Load(fixture);
        using var engine = new TesseractCliRecognizer();
        var reader = new CellRecognizer(engine, new RecognizedLineCleaner([]), new CellOcrOptions { Mode = mode });
        var pairs = new List<(string, string)>();
        foreach (var cell in truth)
        {
            var reading = reader.Read(gray, binary, CellAt(table, cell));
            string text = string.Join("\n", reading.Lines.Select(l => l.Text));
            output.WriteLine($"({cell.Row},{cell.Column}) [{reading.Confidence:F2}] {text.Replace("\n", " / ")}");
            pairs.Add((cell.Text, text));
        }
        return CharacterErrorRate.Of(pairs);
    }

    [Theory]
    [InlineData(MeasureTable, SegmentationMode.SingleColumn)]
    [InlineData(MeasureTable, SegmentationMode.SingleBlock)]
    [InlineData("measure-table-faded", SegmentationMode.SingleBlock)]
    [InlineData("dense-table", SegmentationMode.SingleColumn)]
    [InlineData("dense-table", SegmentationMode.SingleBlock)]
    [InlineData("continued-table", SegmentationMode.SingleColumn)]
    [InlineData("continued-table", SegmentationMode.SingleBlock)]
    public void Read_RenderedCellsWithMode_CellErrorRateIsLow(string fixture, SegmentationMode mode)
    {
        double cer = PerCellErrorRate(mode, fixture);
        output.WriteLine($"{fixture}: per-cell CER with PSM {(int)mode}: {cer:P2}");
        Assert.True(cer < 0.12, $"per-cell CER {cer:P2}");
    }

    [Fact]
    public void Read_EmptyCell_IsNotSentToOcr()
    {
        var (gray, binary, table, _) = Load();
        using var engine = new TesseractCliRecognizer();
        var reading = new CellRecognizer(engine, new RecognizedLineCleaner([])).Read(gray, binary,
            Assert.Single(table.Cells, c => c.Row == 4 && c.Column == 3));

        Assert.False(reading.HasInk);
        Assert.Empty(reading.Lines);
        Assert.Equal(0, engine.Calls);
    }

    [Fact]
    public void Read_BulletLinesInCell_StaySeparateLines()
    {
        var (gray, binary, table, _) = Load();
        using var engine = new TesseractCliRecognizer();
        var reading = new CellRecognizer(engine, new RecognizedLineCleaner([])).Read(gray, binary,
            Assert.Single(table.Cells, c => c.Row == 1 && c.Column == 1));

        Assert.Equal(["-", "-"], reading.Lines.Where(l => l.Text.StartsWith('-')).Select(l => l.Text[..1]));
        Assert.All(reading.Lines, l => Assert.True(l.Box!.Value.X >= table.ColumnLines[1].Position, "line box is in page coordinates"));
        Assert.InRange(reading.Confidence, 0.5, 1.0);
    }

    [Theory]
    [InlineData(MeasureTable)]
    [InlineData("dense-table")]
    public void Read_PerCellVersusWholePage_PerCellHasLowerErrorRate(string fixture)
    {
        double perCell = PerCellErrorRate(new CellOcrOptions().Mode, fixture);
        var (gray, _, table, truth) = Load(fixture);
        using var engine = new TesseractCliRecognizer();
        var page = engine.Recognize(gray, null, SegmentationMode.Auto);

        // Whole-page baseline: every glyph Tesseract read goes to the cell its centre falls in.
        var byCell = table.Cells.ToDictionary(c => (c.Row, c.Column), _ => new System.Text.StringBuilder());
        foreach (var symbol in page.SelectMany(l => l.Symbols))
        {
            int cx = symbol.Box.X + symbol.Box.Width / 2, cy = symbol.Box.Y + symbol.Box.Height / 2;
            var cell = table.Cells.FirstOrDefault(c => cx >= c.Box.X && cx < c.Box.Right && cy >= c.Box.Y && cy < c.Box.Bottom);
            if (cell is not null) byCell[(cell.Row, cell.Column)].Append(symbol.Text);
        }
        double wholePage = CharacterErrorRate.Of(truth.Select(t => (t.Text, byCell[(t.Row, t.Column)].ToString())));
        output.WriteLine($"{fixture}: cell CER per-cell {perCell:P2}, whole page {wholePage:P2}");

        Assert.True(perCell < wholePage, $"per-cell {perCell:P2} should beat whole page {wholePage:P2}");
    }
}
