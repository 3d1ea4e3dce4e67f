using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

/// <summary>
/// Memo paragraphs that open with a connective (ทั้งนี้ / อนึ่ง / จึง…) typed by their place: more of the section before,
/// or the conclusion (texts written for these tests).
/// </summary>
public class ParagraphConnectiveTests
{
    [Theory]
    [InlineData("ทั้งนี้ งานบริหารทั่วไปได้ประสานกลุ่มงานที่เกี่ยวข้องให้จัดส่งข้อมูลเพิ่มเติมแล้ว", ParagraphConnective.Adds)]
    [InlineData("' อนึ่ง หน่วยงานได้จัดทำรายงานสรุปผลไว้แล้วด้วย", ParagraphConnective.Adds)]
    [InlineData("จึงขอความร่วมมือกลุ่มงานทุกกลุ่มจัดส่งข้อมูลภายในวันที่ ๓๐ กันยายน", ParagraphConnective.Concludes)]
    [InlineData("ดังนั้น เพื่อให้การดำเนินงานเป็นไปตามเกณฑ์การประเมิน กลุ่มงานบริหารทั่วไปจึงขอส่งรายงานเพื่อเผยแพร่บนเว็บไซต์", ParagraphConnective.Concludes)]
    public void Connective_OpeningWord_ItsRelation(string paragraph, ParagraphConnective connective) =>
        Assert.Equal(connective, SectionClassifier.Connective(paragraph));

    [Theory]
    [InlineData("จึงเรียนมาเพื่อโปรดทราบ")]
    [InlineData("งานบริหารทั่วไปได้ตรวจสอบข้อมูลบนเว็บไซต์ของหน่วยงานแล้ว")]
    [InlineData("ดังนั้น การจัดซื้อดังกล่าวจึงเป็นไปตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้าง")]
    public void Connective_ClosingOrPlainParagraph_Null(string paragraph) =>
        Assert.Null(SectionClassifier.Connective(paragraph));

    [Fact]
    public void Classify_AddsAfterFacts_Facts() =>
        Assert.Equal(SectionType.Facts, Readers.SectionClassifier.Classify(
            "ทั้งนี้ งานบริหารทั่วไปได้ประสานกลุ่มงานที่เกี่ยวข้องให้จัดส่งข้อมูลเพิ่มเติมแล้ว แต่ยังได้รับข้อมูลไม่ครบถ้วน", SectionType.Facts).Type);

    [Fact]
    public void Classify_OpeningPhraseAfterConnectiveWordInside_PhraseDecides() =>
        Assert.Equal(SectionType.Proposal, Readers.SectionClassifier.Classify("จึงเห็นควรอนุมัติให้ดำเนินการตามแผน", SectionType.Facts).Type);

    [Fact]
    public void Parse_OneHeadingThenThereforeRequest_ProposalOfItsOwn()
    {
        var lines = new List<BodyLine>
        {
            new("ความเป็นมา", 0),
            new("กระทรวงสาธารณสุขกำหนดให้หน่วยงานในสังกัดรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ ๖ เดือน", 1),
            new("ดังนั้น เพื่อให้การดำเนินงานเป็นไปตามเกณฑ์การประเมิน กลุ่มงานบริหารทั่วไปจึงขอส่งรายงานผลการดำเนินงานเพื่อเผยแพร่บนเว็บไซต์", 2),
            new("http://www.example.go.th/ita ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗", 3),
            new("จึงเรียนมาเพื่อโปรดพิจารณา", 4),
        };

        var sections = new SectionParser(Readers.SectionClassifier).Parse(lines);

        Assert.Equal([SectionType.Background, SectionType.Proposal, SectionType.Closing], sections.Select(s => s.Type));
        // The address wrapped onto a line (and block) of its own goes on with the paragraph before it.
        Assert.EndsWith("๒๕๖๗", sections[1].Text);
    }

    [Fact]
    public void Parse_ConnectiveParagraphBetweenTypedOnes_TakesTheTypeBefore()
    {
        var lines = new List<BodyLine>
        {
            new("ตามที่สำนักงานสาธารณสุขจังหวัดได้แจ้งให้จัดทำแผนป้องกันการทุจริต นั้น", 0),
            new("งานบริหารทั่วไปได้ตรวจสอบข้อมูลบนเว็บไซต์แล้ว พบว่ายังไม่ได้เผยแพร่ข้อมูลจำนวน ๔ รายการ", 1),
            new("ทั้งนี้ งานบริหารทั่วไปได้ประสานกลุ่มงานที่เกี่ยวข้องให้จัดส่งข้อมูลเพิ่มเติมแล้ว แต่ยังได้รับข้อมูลไม่ครบถ้วน", 2),
            new("จึงขอความร่วมมือกลุ่มงานทุกกลุ่มจัดส่งข้อมูลให้ครบภายในเดือนนี้", 3),
            new("จึงเรียนมาเพื่อโปรดทราบ", 4),
        };

        var sections = new SectionParser(Readers.SectionClassifier).Parse(lines);

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Facts, SectionType.Proposal, SectionType.Closing],
            sections.Select(s => s.Type));
    }
}
