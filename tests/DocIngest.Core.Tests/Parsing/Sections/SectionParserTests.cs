using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Sections;

public class SectionParserTests
{
    private static List<BodyLine> Lines(params string[] paragraphs) =>
        paragraphs.SelectMany((p, i) => p.Split('\n').Select(l => new BodyLine(l, i))).ToList();

    [Fact]
    public void Parse_PrintedHeadings_OneSectionPerHeadingWithItsParagraphs()
    {
        var parser = new SectionParser(Readers.SectionClassifier);

        var sections = parser.Parse(Lines(
            "เรื่องเดิม", "ตามที่กองช่างได้ขออนุมัติซ่อมแซมถนน นั้น",
            "ข้อเท็จจริง", "ผู้รับจ้างได้ส่งมอบงานแล้ว", "คณะกรรมการได้ตรวจรับแล้ว",
            "ข้อกฎหมาย", "๑. ระเบียบกระทรวงการคลัง พ.ศ. ๒๕๖๐\n๒. พระราชบัญญัติการจัดซื้อจัดจ้าง พ.ศ. ๒๕๖๐",
            "ข้อเสนอ", "จึงเห็นควรอนุมัติเบิกจ่าย",
            "จึงเรียนมาเพื่อโปรดพิจารณา", "(นายสมชาย ใจดี)"));

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Legal, SectionType.Proposal, SectionType.Closing], sections.Select(s => s.Type));
        Assert.Equal("ข้อเท็จจริง", sections[1].Heading);
        Assert.Equal("ผู้รับจ้างได้ส่งมอบงานแล้ว\nคณะกรรมการได้ตรวจรับแล้ว", sections[1].Text);
        Assert.Null(sections[4].Heading);
        Assert.DoesNotContain(sections, s => s.Text.Contains("สมชาย"));
    }

    [Fact]
    public void Parse_ClosingFormulaUnderEmptyHeading_IsThatHeadingsParagraph()
    {
        var parser = new SectionParser(Readers.SectionClassifier);

        var sections = parser.Parse(Lines(
            "๑.เรื่องเดิม", "ตามที่งานพัสดุได้จัดทำรายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๒ นั้น",
            "๒.ข้อเสนอแนะ", "จึงเรียนมาเพื่อโปรดพิจารณา อนุมัติให้เผยแพร่รายงานดังกล่าว\nบนเว็บไซต์ของหน่วยงาน",
            "(นายสมชาย ใจดี)"));

        Assert.Equal([SectionType.Background, SectionType.Proposal], sections.Select(s => s.Type));
        Assert.StartsWith("จึงเรียนมาเพื่อโปรดพิจารณา อนุมัติ", sections[1].Text);
        Assert.EndsWith("เว็บไซต์ของหน่วยงาน", sections[1].Text);
        Assert.DoesNotContain(sections, s => s.Text.Contains("สมชาย"));
    }

    [Fact]
    public void Parse_ClosingFormulaAfterHeadedText_StaysClosing()
    {
        var parser = new SectionParser(Readers.SectionClassifier);

        var sections = parser.Parse(Lines(
            "ข้อเสนอ", "จึงเห็นควรอนุมัติให้เผยแพร่รายงาน",
            "จึงเรียนมาเพื่อโปรดพิจารณา"));

        Assert.Equal([SectionType.Proposal, SectionType.Closing], sections.Select(s => s.Type));
    }

    [Fact]
    public void Parse_NoHeadings_ParagraphsTypedFromContent()
    {
        var parser = new SectionParser(Readers.SectionClassifier);

        var sections = parser.Parse(Lines(
            "ตามที่โรงเรียนบ้านโคกได้รับจัดสรรงบประมาณเพื่อซ่อมแซมอาคารเรียน นั้น",
            "ในการนี้ คณะกรรมการได้ตรวจสอบแล้ว ปรากฏว่ามีความเสียหายจำนวน ๓ รายการ",
            "จึงเห็นควรอนุมัติให้ดำเนินการซ่อมแซม ภายในวงเงิน ๕๐,๐๐๐ บาท",
            "จึงเรียนมาเพื่อโปรดพิจารณา"));

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Proposal, SectionType.Closing], sections.Select(s => s.Type));
        Assert.All(sections, s => Assert.Null(s.Heading));
        Assert.All(sections, s => Assert.InRange(s.Confidence!.Value, 0.0, 1.0));
    }

    [Fact]
    public void Parse_NumberedParagraphsInOneBlock_SplitIntoSections()
    {
        var parser = new SectionParser(Readers.SectionClassifier);

        var sections = parser.Parse(Lines("๑. ตามหนังสือจังหวัด ที่ ขก 0023/ว 11 ได้แจ้งให้ดำเนินการ นั้น\n๒. อาศัยอำนาจตามระเบียบกระทรวงมหาดไทย ข้อ ๑๒"));

        Assert.Equal(2, sections.Count);
        Assert.Equal(SectionType.Background, sections[0].Type);
        Assert.Equal(SectionType.Legal, sections[1].Type);
    }

    [Fact]
    public void Parse_WithoutModel_RulesStillTypeAndUnknownIsBody()
    {
        var parser = new SectionParser(new SectionClassifier(null));

        var sections = parser.Parse(Lines("ตามที่ได้แจ้งไว้ นั้น", "กำหนดการตามเอกสารแนบ"));

        Assert.Equal([SectionType.Background, SectionType.Body], sections.Select(s => s.Type));
    }
}
