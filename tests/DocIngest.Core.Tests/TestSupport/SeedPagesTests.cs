using DocIngest.Core.Content;

namespace DocIngest.Core.Tests.TestSupport;

public class SeedPagesTests
{
    [Fact]
    public void FromText_TabSeparatedTableWithListItems_BuildsCellsWithLines()
    {
        var pages = SeedPages.FromText("หัวเรื่อง\n\nลำดับ\tมาตรการ\tผู้รับผิดชอบ\n๑\tมาตรการแรก\t<ul><li>- สำนักปลัด</li><li>- กองคลัง</li></ul>\n\nจบ");

        var table = Assert.Single(pages.Single().Tables);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["- สำนักปลัด", "- กองคลัง"], table.CellAt(1, 2)!.Lines);
    }

    [Fact]
    public void FromText_PageNumberLine_StartsNewPage()
    {
        var pages = SeedPages.FromText("หน้าแรก\n\n- ๒ -\n\nหน้าสอง");

        Assert.Equal(2, pages.Count);
        Assert.Contains("หน้าสอง", pages[1].Text);
    }

    [Fact]
    public void FromText_BlankLinesBetweenLines_SeparateParagraphBlocks()
    {
        var page = SeedPages.FromText("ย่อหน้าหนึ่ง\nต่อบรรทัด\n\nย่อหน้าสอง").Single();

        Assert.Equal(2, page.Blocks.Count);
        Assert.Equal(2, ((TextBlock)page.Blocks[0]).Lines.Count);
    }

    [Fact]
    public void FromText_HeaderLineWithTabs_StaysText()
    {
        var page = SeedPages.FromText("ที่\t-\t\t\tวันที่  ๑๐  มกราคม  ๒๕๖๔").Single();

        Assert.IsType<TextBlock>(Assert.Single(page.Blocks));
    }
}
