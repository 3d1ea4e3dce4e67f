using DocIngest.Pipeline.Loading.Pdf;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class PdfTableGridBuilderTests
{
    private static Ruling H(double y, double x0, double x1) => new(true, y, x0, x1);
    private static Ruling V(double x, double y0, double y1) => new(false, x, y0, y1);

    [Fact]
    public void Build_FullGrid_GivesAllCells()
    {
        var rules = new[] { H(700, 100, 300), H(650, 100, 300), H(600, 100, 300), V(100, 600, 700), V(200, 600, 700), V(300, 600, 700) };

        var grid = Assert.Single(PdfTableGridBuilder.Build(rules));

        Assert.Equal((2, 2, 4), (grid.RowCount, grid.ColumnCount, grid.Cells.Count));
    }

    [Fact]
    public void Build_MissingInnerVertical_MergesCellsAcross()
    {
        // The middle vertical stops at y=650: the top row is one cell spanning both columns.
        var rules = new[] { H(700, 100, 300), H(650, 100, 300), H(600, 100, 300), V(100, 600, 700), V(200, 600, 650), V(300, 600, 700) };

        var grid = Assert.Single(PdfTableGridBuilder.Build(rules));

        var top = grid.Cells.Single(c => c.Row == 0);
        Assert.Equal((0, 2), (top.Column, top.ColumnSpan));
        Assert.Equal(3, grid.Cells.Count);
    }

    [Fact]
    public void Build_RowCutByPageEnd_ClosesItAtTheSideRules()
    {
        // No rule under the last row: it continues on the next page; the verticals run down to y=520.
        var rules = new[] { H(700, 100, 300), H(650, 100, 300), V(100, 520, 700), V(300, 520, 700) };

        var grid = Assert.Single(PdfTableGridBuilder.Build(rules));

        Assert.Equal(2, grid.RowCount);
        Assert.Equal(520, grid.Bounds.Bottom, 3);
    }

    [Fact]
    public void Build_LoneUnderline_IsNoTable() =>
        Assert.Empty(PdfTableGridBuilder.Build([H(500, 100, 300)]));
}
