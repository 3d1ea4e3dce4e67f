using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Layout;

/// <summary>Grid detection on pages rendered from HTML (Laksaman, 300 dpi), see Fixtures/layout/README.md.</summary>
public sealed class TableGridDetectorFixtureTests(ITestOutputHelper output)
{
    private static GrayImage Binary(string name) => Threshold(PgmImage.Load(Fixtures.Layout(name)));

    private static GrayImage Threshold(GrayImage gray)
    {
        var pixels = gray.Pixels.Select(p => p < 160 ? (byte)0 : (byte)255).ToArray();
        return new GrayImage(gray.Width, gray.Height, pixels, gray.Dpi);
    }

    private void Dump(IReadOnlyList<DetectedTable> tables)
    {
        foreach (var t in tables)
        {
            output.WriteLine($"table {t.Box} rows={t.RowCount} cols={t.ColumnCount} openTop={t.OpenTop} openBottom={t.OpenBottom}");
            foreach (var c in t.Cells) output.WriteLine($"  ({c.Row},{c.Column}) span {c.RowSpan}x{c.ColumnSpan} {c.InnerBox}");
        }
    }

    [Fact]
    public void Detect_RenderedMeasureTable_FindsGridWithMergedCells()
    {
        var tables = new TableGridDetector().Detect(Binary("measure-table.png"));
        Dump(tables);

        var table = Assert.Single(tables);
        Assert.Equal(5, table.RowCount);
        Assert.Equal(4, table.ColumnCount);
        Assert.False(table.OpenTop);
        Assert.False(table.OpenBottom);
        var merged = Assert.Single(table.Cells, c => c.Row == 1 && c.Column == 0);
        Assert.Equal((2, 1), (merged.RowSpan, merged.ColumnSpan));
        var wide = Assert.Single(table.Cells, c => c.Row == 3 && c.Column == 1);
        Assert.Equal((1, 2), (wide.RowSpan, wide.ColumnSpan));
        Assert.Equal(4 * 5 - 2, table.Cells.Count);
    }

    [Fact]
    public void Detect_FadedSkewedNoisyScan_SameGridAsClean()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var tables = new TableGridDetector().Detect(Binary("measure-table-faded.png"));
        output.WriteLine($"detection took {watch.ElapsedMilliseconds} ms (informative only)");
        Dump(tables);

        var table = Assert.Single(tables);
        Assert.Equal((5, 4), (table.RowCount, table.ColumnCount));
        Assert.Equal((2, 1), Span(table, 1, 0));
        Assert.Equal((1, 2), Span(table, 3, 1));
        Assert.Equal(18, table.Cells.Count);
    }

    private static (int, int) Span(DetectedTable table, int row, int column)
    {
        var cell = Assert.Single(table.Cells, c => c.Row == row && c.Column == column);
        return (cell.RowSpan, cell.ColumnSpan);
    }

    [Fact]
    public void Detect_RenderedItaTableWithRowSpans_GlyphStemsMakeNoColumns()
    {
        var tables = new TableGridDetector().Detect(Binary("ita-merged-table.png"));
        Dump(tables);

        var table = Assert.Single(tables);
        Assert.Equal((11, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal((1, 2), Span(table, 1, 0));
        Assert.Equal((5, 1), Span(table, 2, 1));
        Assert.Equal((1, 2), Span(table, 7, 0));
        Assert.Equal((3, 1), Span(table, 8, 1));
        // Every indicator cell is whole: one cell per row in the left column.
        Assert.All(Enumerable.Range(2, 5).Concat(Enumerable.Range(8, 3)), r => Assert.Equal((1, 1), Span(table, r, 0)));
        Assert.Equal(14, table.Cells.Count);
    }

    [Fact]
    public void Detect_RenderedTableCutAtPageTop_AddsOpenTopRow()
    {
        var tables = new TableGridDetector().Detect(Binary("continued-table.png"));
        Dump(tables);

        var table = Assert.Single(tables);
        Assert.True(table.OpenTop);
        Assert.True(table.RowLines[0].IsVirtual);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(6, table.Cells.Count);
    }
}
