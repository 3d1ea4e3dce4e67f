using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Sections;

/// <summary>
/// A list under a memo paragraph that announces it (… ดังต่อไปนี้): its numbered items and indented names belong to the
/// paragraph's section (texts and boxes written for these tests).
/// </summary>
public class ListUnderParagraphTests
{
    // One page; paragraphs open 300 right of the margin (350), list lines stand 100 in; lines are 60 high, 80 apart.
    private static BodyLine Line(string text, int left, int right, int row, int block) =>
        new(text, BodyLine.PageStride + block) { Box = new BoundingBox(left, 300 + 80 * row, right - left, 60) };

    private static List<BodyLine> Memo(string announcing, int listLeft) =>
    [
        Line("ตามที่สำนักงานสาธารณสุขอำเภอได้แจ้งให้หน่วยบริการในสังกัดส่งรายชื่อผู้ประสานงานการประเมิน", 650, 2300, 0, 0),
        Line("คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ นั้น", 350, 1900, 1, 0),
        Line("บัดนี้ หน่วยบริการในสังกัดได้ส่งรายชื่อครบทุกแห่งแล้ว กลุ่มงานบริหารทั่วไปได้ตรวจสอบคุณสมบัติ", 650, 2300, 2, 1),
        Line(announcing, 350, 1500, 3, 1),
        Line("๑. ผู้ประสานงานด้านการเปิดเผยข้อมูล", listLeft, 1500, 4, 2),
        Line("นางสาวสุภาพร ศรีบุญเรือง", listLeft, 1200, 5, 3),
        Line("นายธนากร ไชยมงคล", listLeft, 1100, 6, 4),
        Line("๒. ผู้ประสานงานด้านการป้องกันการทุจริต", listLeft, 1600, 7, 5),
        Line("นายสมพงษ์ อินทร์แก้ว", listLeft, 1100, 8, 6),
        Line("จึงเห็นควรแต่งตั้งผู้ประสานงานตามรายชื่อข้างต้น และแจ้งหน่วยบริการในสังกัดทราบ", 650, 2300, 9, 7),
        Line("จึงเรียนมาเพื่อโปรดพิจารณา", 650, 1300, 10, 8),
    ];

    [Fact]
    public void Parse_ListAfterAnnouncingParagraph_BelongsToItsSection()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo("ของผู้ที่ได้รับการเสนอชื่อ ซึ่งปรากฏผลดังต่อไปนี้ 0", listLeft: 450));

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Proposal, SectionType.Closing], sections.Select(s => s.Type));
        Assert.Contains("นายธนากร ไชยมงคล", sections[1].Text);
        Assert.EndsWith("นายสมพงษ์ อินทร์แก้ว", sections[1].Text);
    }

    [Fact]
    public void Parse_ListLinesWithoutBoxes_NumberedAndOneLineItemsJoin()
    {
        var lines = Memo("ของผู้ที่ได้รับการเสนอชื่อ ซึ่งปรากฏผลดังนี้", listLeft: 450).Select(l => l with { Box = null }).ToList();

        var sections = new SectionParser(Readers.SectionClassifier).Parse(lines);

        Assert.Equal(4, sections.Count);
        Assert.Contains("๒. ผู้ประสานงานด้านการป้องกันการทุจริต", sections[1].Text);
    }

    [Fact]
    public void Parse_ParagraphAnnouncingNoList_ItemsStaySectionsOfTheirOwn()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo("ของผู้ที่ได้รับการเสนอชื่อแล้วทุกราย", listLeft: 450));

        Assert.True(sections.Count > 4);
        Assert.DoesNotContain("นายธนากร", sections[1].Text);
    }

    [Fact]
    public void Parse_LinesAtTheMarginAfterAnnouncement_NotTakenAsItems()
    {
        // Wrapped lines of the margin are a paragraph's, not a list's: only a numbered line joins.
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo("ของผู้ที่ได้รับการเสนอชื่อ ซึ่งปรากฏผลดังนี้", listLeft: 350));

        Assert.DoesNotContain("นายธนากร", sections[1].Text);
    }
}
