using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Sections;

/// <summary>
/// Memo paragraphs without headings that open with phrases agencies use beside the common ones (สืบเนื่องจาก,
/// เห็นสมควร), clean and as OCR damages them (texts written for these tests).
/// </summary>
public class OpeningPhraseSectionTests
{
    [Theory]
    [InlineData("สืบเนื่องจากจังหวัดกำหนดให้หน่วยงานในสังกัดจัดกิจกรรมส่งเสริมคุณธรรมปีละหนึ่งครั้ง", SectionType.Background)]
    [InlineData("ลสืบเนื่องจากจังหวัดกำหนดให้หน่วยงานในสังกัดจัดกิจกรรมส่งเสริมคุณธรรมปีละหนึ่งครั้ง", SectionType.Background)]
    [InlineData("เห็นสมควรจัดอบรมบุคลากรบรรจุใหม่ในวันที่ ๑๘ กรกฎาคม ๒๕๖๗", SectionType.Proposal)]
    [InlineData("' เห็นสมควรจัดอบรมบุคลากรบรรจุใหม่ในวันที่ ๑๘ กรกฎาคม ๒๕๖๗", SectionType.Proposal)]
    [InlineData("จึงเห็นสมควรอนุมัติให้ดำเนินการตามเสนอ", SectionType.Proposal)]
    public void RuleType_OtherOpeningPhrases_TheirType(string paragraph, SectionType type) =>
        Assert.Equal(type, SectionClassifier.RuleType(paragraph));

    [Fact]
    public void Parse_MemoWithoutHeadingsInOneBlock_ParagraphsSplitAtTheirOpeningPhrases()
    {
        // A text layer may give the whole body as one block: the paragraphs are cut where an opening phrase starts a line.
        var lines = new[]
        {
            "สืบเนื่องจากจังหวัดศรีสะเกษกำหนดให้หน่วยงานในสังกัดจัดกิจกรรมส่งเสริมคุณธรรมและความโปร่งใส",
            "อย่างน้อยปีละหนึ่งครั้ง",
            "จากการประชุมคณะกรรมการ ครั้งที่ ๕/๒๕๖๗ พบว่าบุคลากรบรรจุใหม่ยังไม่เคยได้รับการอบรม",
            "เห็นสมควรจัดอบรมเสริมสร้างวัฒนธรรมองค์กรต่อต้านการทุจริต ในวันที่ ๑๘ กรกฎาคม ๒๕๖๗",
            "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
        }.Select(l => new BodyLine(l, 0)).ToList();

        var sections = new SectionParser(Readers.SectionClassifier).Parse(lines);

        Assert.Equal(SectionType.Background, sections[0].Type);
        Assert.EndsWith("ปีละหนึ่งครั้ง", sections[0].Text);
        Assert.Equal(SectionType.Proposal, sections.Single(s => s.Text.StartsWith("เห็นสมควร", StringComparison.Ordinal)).Type);
        Assert.Equal(SectionType.Closing, sections[^1].Type);
    }

    [Fact]
    public void Parse_OneHeadingOnly_LaterParagraphsTypedByTheirOpeningPhrases()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Lines(
            "๑. ความเป็นมา",
            "โรงพยาบาลได้รับแจ้งผลการประเมินคุณธรรมและความโปร่งใส ว่าตัวชี้วัดการเปิดเผยข้อมูลได้คะแนนต่ำกว่าเกณฑ์",
            "ในการนี้ กลุ่มงานบริหารทั่วไปได้ตรวจสอบหน้าเว็บไซต์แล้ว พบว่าข้อมูลไม่เป็นปัจจุบัน",
            "พิจารณาแล้ว การปรับปรุงหน้าเว็บไซต์จะช่วยให้ประชาชนเข้าถึงข้อมูลได้สะดวกขึ้น",
            "จึงเห็นควรอนุมัติให้ปรับปรุงหน้าเว็บไซต์",
            "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ"));

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Considerations, SectionType.Proposal, SectionType.Closing],
            sections.Select(s => s.Type));
        Assert.Equal("ความเป็นมา", sections[0].Heading);
        Assert.StartsWith("โรงพยาบาลได้รับแจ้ง", sections[0].Text);
    }

    [Fact]
    public void Parse_TwoHeadings_ParagraphsStayUnderTheirHeading()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Lines(
            "ข้อเท็จจริง",
            "กลุ่มงานได้ตรวจสอบหน้าเว็บไซต์แล้ว พบว่าข้อมูลไม่เป็นปัจจุบัน",
            "ในการนี้ ได้สอบถามผู้ดูแลระบบแล้ว",
            "ข้อพิจารณา",
            "การปรับปรุงหน้าเว็บไซต์จะช่วยให้ประชาชนเข้าถึงข้อมูลได้สะดวกขึ้น",
            "จึงเห็นควรปรับปรุงหน้าเว็บไซต์"));

        Assert.Equal([SectionType.Facts, SectionType.Considerations], sections.Select(s => s.Type));
    }

    [Theory]
    [InlineData("๑ ความเป็นมา", SectionType.Background)]
    [InlineData("๒ ข้อกฎหมาย/ระเบียบที่เกี่ยวข้อง", SectionType.Legal)]
    [InlineData("3 ข้อพิจารณาและความเห็น", SectionType.Considerations)]
    [InlineData("๔ . ข้อเสนอ", SectionType.Proposal)]
    public void Match_HeadingWhoseNumberLostOrSplitItsFullStop_ItsType(string line, SectionType type) =>
        Assert.Equal(type, SectionHeadings.Match(line)?.Type);

    [Theory]
    [InlineData("๒๕๖๗ ระเบียบ")]
    [InlineData("๑๕ ข้อเสนอแนะของที่ประชุมให้ดำเนินการต่อ")]
    public void Match_NumberBeforeASentence_NoHeading(string line) =>
        Assert.Null(SectionHeadings.Match(line));

    private static List<BodyLine> Lines(params string[] paragraphs) =>
        paragraphs.Select((p, i) => new BodyLine(p, i)).ToList();
}
