using DocIngest.Core.Content;

namespace DocIngest.Core.Tests.Content;

public class PageContentTests
{
    private static Table TwoByTwoWithSpan() => new(2, 2,
    [
        new TableCell(0, 0, 2, 1, ["มาตรการ"], null, 0.9),
        new TableCell(0, 1, 1, 1, ["ขั้นตอน ๑"], null, 0.8),
        new TableCell(1, 1, 1, 1, ["ขั้นตอน ๒"], null, 0.7),
    ]);

    [Fact]
    public void CellAt_PositionCoveredBySpan_ReturnsSpanningCell()
    {
        var table = TwoByTwoWithSpan();

        Assert.Equal("มาตรการ", table.CellAt(1, 0)!.Text);
        Assert.Null(new Table(1, 1, []).CellAt(0, 0));
    }

    [Fact]
    public void Text_BlocksInOrder_JoinedWithBlankLines()
    {
        var page = new PageContent(1, PageMethod.Ocr,
        [
            new TextBlock([new TextLine("เรื่อง ทดสอบ", null, 0.9)]),
            new TableBlock(TwoByTwoWithSpan()),
        ]);

        Assert.Equal("เรื่อง ทดสอบ\n\nมาตรการ | ขั้นตอน ๑\nขั้นตอน ๒", page.Text);
        Assert.Single(page.Tables);
    }

    [Fact]
    public void Union_TwoBoxes_CoversBoth()
    {
        var box = new BoundingBox(10, 10, 5, 5).Union(new BoundingBox(0, 12, 3, 10));

        Assert.Equal(new BoundingBox(0, 10, 15, 12), box);
    }
}
