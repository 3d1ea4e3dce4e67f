using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Sections;

/// <summary>
/// Two paragraphs of a justified memo body that the layout gave as one block (texts and boxes written for these tests):
/// the line under a paragraph's short last line opens the next paragraph; full lines, and a short line whose next line
/// goes on mid-sentence, do not.
/// </summary>
public class ShortLineParagraphTests
{
    // One block on one page; full lines end at 2300, lines are 60 high, 80 apart.
    private static BodyLine Line(string text, int left, int right, int row, int block = 0) =>
        new(text, BodyLine.PageStride + block) { Box = new BoundingBox(left, 300 + 80 * row, right - left, 60) };

    private static List<BodyLine> Memo(int firstParagraphEnd, string secondOpening) =>
    [
        Line("ตามที่โรงพยาบาลหนองบัวได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน", 650, 2300, 0),
        Line("ของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และได้รับแจ้งผลการประเมินแล้ว", 350, 2300, 1),
        Line("ซึ่งหน่วยงานได้เผยแพร่ผลการประเมินบนเว็บไซต์เรียบร้อยแล้วนั้น", 350, firstParagraphEnd, 2),
        Line(secondOpening, 350, 2300, 3),
        Line("การเปิดเผยข้อมูลได้คะแนนต่ำที่สุด จึงได้จัดทำร่างมาตรการเพื่อแก้ไขตามเอกสารที่แนบ", 350, 2300, 4),
        Line("มาพร้อมนี้ และเสนอให้ทุกกลุ่มงานถือปฏิบัติ", 350, 1300, 5),
        Line("จึงเรียนมาเพื่อโปรดทราบ", 650, 1300, 6, block: 1),
    ];

    [Fact]
    public void Parse_LineUnderShortLastLine_OpensNextParagraph()
    {
        // A speck before the indent stretched the second paragraph's first box to the left margin: only the short line
        // above says a paragraph ended.
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo(1500, "๊ ผลการประเมินปรากฏว่าโรงพยาบาลได้คะแนน ๘๘.๙๐ คะแนน โดยตัวชี้วัด"));

        Assert.Equal(3, sections.Count);
        Assert.Equal(SectionType.Background, sections[0].Type);
        Assert.EndsWith("นั้น", sections[0].Text);
        Assert.Contains("ปรากฏว่า", sections[1].Text);
        Assert.Equal(SectionType.Closing, sections[2].Type);
    }

    [Fact]
    public void Parse_FullLinesOfOneParagraph_StayOneParagraph()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo(2290, "ผลการประเมินปรากฏว่าโรงพยาบาลได้คะแนน ๘๘.๙๐ คะแนน โดยตัวชี้วัด"));

        Assert.Equal(2, sections.Count);
        Assert.Contains("ปรากฏว่า", sections[0].Text);
    }

    [Fact]
    public void Parse_ShortLineThenMidSentenceWord_StaysOneParagraph()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo(1500, "และผลการประเมินปรากฏว่าโรงพยาบาลได้คะแนน ๘๘.๙๐ คะแนน โดยตัวชี้วัด"));

        Assert.Equal(2, sections.Count);
    }

    [Fact]
    public void Parse_ShortLinesWithoutBoxes_NothingSplits()
    {
        var lines = Memo(1500, "ผลการประเมินปรากฏว่าโรงพยาบาลได้คะแนน ๘๘.๙๐ คะแนน โดยตัวชี้วัด").Select(l => l with { Box = null }).ToList();

        var sections = new SectionParser(Readers.SectionClassifier).Parse(lines);

        Assert.Equal(2, sections.Count);
    }

    // A one-heading memo whose facts paragraph ends in a block of its own (a speck beside its last line), then a ทั้งนี้
    // paragraph that adds to the facts.
    private static List<BodyLine> SetApart(int lastLeft) =>
    [
        Line("๑. เรื่องเดิม", 350, 700, 0),
        Line("ด้วยจังหวัดได้กำหนดให้หน่วยงานในสังกัดดำเนินการประเมินคุณธรรมและความโปร่งใส", 650, 2300, 1),
        Line("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", 350, 1200, 2),
        Line("จากการตรวจสอบพบว่ามีเรื่องร้องเรียนจำนวน ๓ เรื่อง ซึ่งได้ดำเนินการแก้ไขและรายงาน", 650, 2300, 3, block: 1),
        Line("ผลต่อผู้บังคับบัญชาครบทุกเรื่องแล้ว และได้ติดตามผลการดำเนินการจนแล้วเสร็จทุก", 350, 2300, 4, block: 1),
        Line("เรื่องตามกำหนด", lastLeft, lastLeft + 400, 5, block: 2),
        Line("ทั้งนี้ งานบริหารทั่วไปได้ประสานกลุ่มงานที่เกี่ยวข้องให้จัดส่งข้อมูลเพิ่มเติมแล้ว", 650, 2300, 6, block: 3),
        Line("แต่ยังได้รับข้อมูลไม่ครบถ้วน", 350, 1300, 7, block: 3),
        Line("จึงเรียนมาเพื่อโปรดทราบ", 650, 1300, 8, block: 4),
    ];

    [Fact]
    public void Parse_LastLineSetApartAfterFullLine_StaysWithItsParagraph()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(SetApart(lastLeft: 350));

        Assert.DoesNotContain(sections, s => s.Text.StartsWith("เรื่องตามกำหนด", StringComparison.Ordinal));
        var facts = sections.Single(s => s.Text.StartsWith("จากการตรวจสอบ", StringComparison.Ordinal));
        Assert.EndsWith("เรื่องตามกำหนด", facts.Text);
        Assert.Equal(SectionType.Facts, facts.Type);
        Assert.Equal(SectionType.Facts, sections.Single(s => s.Text.StartsWith("ทั้งนี้", StringComparison.Ordinal)).Type);
    }

    [Fact]
    public void Parse_IndentedBlockAfterFullLine_OpensItsOwnParagraph()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(SetApart(lastLeft: 650));

        Assert.Contains(sections, s => s.Text.StartsWith("เรื่องตามกำหนด", StringComparison.Ordinal));
    }
}
