using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Sections;

/// <summary>
/// A memo paragraph that runs over a page break (texts and line boxes written for these tests): the next page's first
/// line, flush with the text's left edge after a full last line, carries the paragraph on; an indented one opens a new one.
/// </summary>
public class PageBreakSectionTests
{
    // Page 1 holds two paragraphs, the second cut by the page's foot; page 2 opens with the rest of it. Paragraphs open
    // at `indent` (200: not indented, block paragraphs), wrapped lines at 200; lines are 50 high.
    private static List<BodyLine> Memo(bool secondPageIndented, int indent = 500, int lastRight = 2300) =>
    [
        Line("ตามที่สำนักงานได้รับแจ้งให้จัดทำแผนป้องกันการทุจริตประจำปีงบประมาณ", 1, 0, indent, 2300, 0),
        Line("และรายงานผลต่อจังหวัดทุกไตรมาสนั้น", 1, 0, 200, 900, 1),
        Line("งานบริหารทั่วไปได้ประสานกลุ่มงานที่เกี่ยวข้องให้จัดส่งข้อมูลเพิ่มเติมแล้ว แต่ยังได้รับ", 1, 1, indent, 2300, 2),
        Line("ข้อมูลไม่ครบถ้วน เนื่องจากบางกลุ่มงานอยู่ระหว่างการปรับปรุงระบบสารสนเทศและการจัดเก็บ", 1, 1, 200, lastRight, 3),
        Line("เอกสารให้เป็นไปตามมาตรฐานที่กำหนด จึงยังไม่อาจเผยแพร่ข้อมูลได้ครบทุกรายการ", 2, 0, secondPageIndented ? indent : 200, 2300, 0),
        Line("ตามกำหนดเวลาของการประเมินคุณธรรมและความโปร่งใส", 2, 0, 200, 1500, 1),
        Line("จึงเรียนมาเพื่อโปรดพิจารณา", 2, 1, indent, 1200, 2),
    ];

    private static BodyLine Line(string text, int page, int block, int left, int right, int row) =>
        new(text, page * BodyLine.PageStride + block) { Box = new BoundingBox(left, 300 + 60 * row, right - left, 50) };

    [Fact]
    public void Parse_ParagraphRunsOverPageBreak_OneSection()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo(secondPageIndented: false));

        var facts = sections.Single(s => s.Text.StartsWith("งานบริหารทั่วไป", StringComparison.Ordinal));
        Assert.EndsWith("คุณธรรมและความโปร่งใส", facts.Text);
        Assert.DoesNotContain(sections, s => s.Text.StartsWith("เอกสารให้", StringComparison.Ordinal));
        Assert.Equal(SectionType.Closing, sections[^1].Type);
    }

    [Fact]
    public void Parse_SecondPageOpensIndented_NewParagraph()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo(secondPageIndented: true));

        Assert.Contains(sections, s => s.Text.StartsWith("เอกสารให้", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PageEndsShortWhereParagraphsAreNotIndented_NewParagraph()
    {
        // Block paragraphs (no first-line indent) and page 1's last line stopping short: the paragraph ended there.
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo(secondPageIndented: false, indent: 200, lastRight: 1400));

        Assert.Contains(sections, s => s.Text.StartsWith("เอกสารให้", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_IndentedMemoWhosePageEndsShort_FlushLineStillCarriesOn()
    {
        // A generated or reflowed page may end its last line short; the flush first line of the next page still says
        // the paragraph goes on, where the memo indents its paragraphs.
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Memo(secondPageIndented: false, lastRight: 1400));

        Assert.DoesNotContain(sections, s => s.Text.StartsWith("เอกสารให้", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OneHeadingThenParagraphWithGarbledOpening_ClassifierEndsTheHeadingsSection()
    {
        // "จากการตรวจสอบ" read as "ย ๘ิากการตรวจสอบ": no opening-phrase rule sees it, the classifier still types the
        // paragraph as another section than the heading's, so the background section ends before it.
        var lines = new[]
        {
            "๑. เรื่องเดิม",
            "ด้วยจังหวัดได้กำหนดให้หน่วยงานในสังกัดดำเนินการประเมินคุณธรรมและความโปร่งใสประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            "ย ๘ิากการตรวจสอบพบว่ามีเรื่องร้องเรียนจำนวน ๓ เรื่อง ซึ่งได้ดำเนินการแล้วเสร็จทุกเรื่อง",
            "เห็นควรอนุมัติให้ดำเนินการตามแผนดังกล่าว และมอบหมายผู้รับผิดชอบรายงานผลภายในเดือนกันยายน",
            "จึงเรียนมาเพื่อโปรดทราบและพิจารณาอนุมัติ",
        }.Select((l, i) => new BodyLine(l, i)).ToList();

        var sections = new SectionParser(Readers.SectionClassifier).Parse(lines);

        Assert.Equal(SectionType.Background, sections[0].Type);
        Assert.DoesNotContain("ตรวจสอบ", sections[0].Text);
        Assert.Contains(sections, s => s.Text.Contains("ตรวจสอบพบว่า", StringComparison.Ordinal) && s.Type != SectionType.Background);
    }
}
