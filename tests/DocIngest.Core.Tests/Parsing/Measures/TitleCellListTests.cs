using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// A measure cell that lists the measure's activities after its lead-in (… ได้แก่ / ๓.๑ … / ๓.๒ …), in a table with
/// no steps column: the lead-in is the title, the listed items its steps (fresh wordings, not a corpus file's).
/// </summary>
public class TitleCellListTests
{
    private readonly MeasureTableParser parser = new();
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_TitleCellListingActivitiesAfterItsLeadIn_ItemsAreSteps()
    {
        var page = Page(1, Block(
            Row("ลำดับ", "แนวทางการพัฒนา", "หน่วยงานขับเคลื่อน"),
            Row("๑", "จัดกิจกรรมส่งเสริมจิตอาสาของบุคลากร\nในหน่วยงานอย่างต่อเนื่อง ได้แก่\n๓.๑ กิจกรรมบำเพ็ญประโยชน์\n๓.๒ กิจกรรมปลูกป่าชุมชน\n๓.๓ อื่น ๆ",
                "- กลุ่มงานบริหารทั่วไป"),
            Row("๒", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์", "- งานพัสดุ")));

        var measures = parser.Parse([page], null, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal("จัดกิจกรรมส่งเสริมจิตอาสาของบุคลากรในหน่วยงานอย่างต่อเนื่อง ได้แก่", measures[0].Title);
        Assert.Equal(["กิจกรรมบำเพ็ญประโยชน์", "กิจกรรมปลูกป่าชุมชน", "อื่น ๆ"], measures[0].Steps);
        Assert.Empty(measures[1].Steps);
    }

    [Fact]
    public void Parse_TitleCellWithAStepsColumnBeside_ListStaysInTheTitle()
    {
        var page = Page(1, Block(
            Row("ลำดับ", "มาตรการ", "ขั้นตอนการดำเนินการ", "ผู้รับผิดชอบ"),
            Row("๑", "จัดกิจกรรมส่งเสริมจิตอาสา ได้แก่\n๓.๑ กิจกรรมบำเพ็ญประโยชน์\n๓.๒ กิจกรรมปลูกป่าชุมชน", "ประชุมวางแผนงาน", "กลุ่มงานบริหารทั่วไป")));

        var measure = Assert.Single(parser.Parse([page], null, warnings));

        Assert.Contains("กิจกรรมปลูกป่าชุมชน", measure.Title);
        Assert.Equal(["ประชุมวางแผนงาน"], measure.Steps);
    }

    [Theory]
    [InlineData("ส่งเสริมคุณธรรมในหน่วยงาน ได้แก่|๘.๑ กิจกรรมเทิดทูนสถาบันชาติ|๘.๒ กิจกรรมวันสำคัญทางศาสนา", 1)]
    [InlineData("จัดทำแผนงานเพื่อติดตามผล|ให้ครบทุกกลุ่มงานดังนี้|๑. ประชุมชี้แจง|๒. ติดตามผล", 2)]
    public void SplitListedItems_LeadInThenTwoMarkedItems_CutAfterTheLeadIn(string cell, int leadInLines)
    {
        var lines = cell.Split('|');
        var listed = CellItemSplitter.SplitListedItems(lines);

        Assert.NotNull(listed);
        Assert.Equal(leadInLines, listed.Value.LeadIn.Count);
        Assert.Equal(lines.Length - leadInLines, listed.Value.Items.Count);
    }

    [Theory]
    [InlineData("ส่งเสริมคุณธรรมในหน่วยงาน ได้แก่|๘.๑ กิจกรรมเทิดทูนสถาบันชาติ")]
    [InlineData("ส่งเสริมคุณธรรมในหน่วยงานของรัฐ|๘.๑ กิจกรรมเทิดทูนสถาบันชาติ|๘.๒ กิจกรรมวันสำคัญทางศาสนา")]
    [InlineData("๑. ประชุมชี้แจง ได้แก่|๒. ติดตามผล|๓. รายงานผล")]
    public void SplitListedItems_OneItemNoLeadInWordOrMarkedFirstLine_Null(string cell) =>
        Assert.Null(CellItemSplitter.SplitListedItems(cell.Split('|')));
}
