using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;

namespace DocIngest.Core.Tests.Parsing.Sections;

public class SectionHeadingsTests
{
    [Theory]
    [InlineData("เรื่องเดิม", SectionType.Background)]
    [InlineData("ความเป็นมา", SectionType.Background)]
    [InlineData("๒. ข้อเท็จจริง", SectionType.Facts)]
    [InlineData("๓. ข้อกฎหมาย/ระเบียบ", SectionType.Legal)]
    [InlineData("ข้อเสนอ/ความเห็น", SectionType.Proposal)]
    [InlineData("ข้อกฎหมาย", SectionType.Legal)]
    [InlineData("ระเบียบ", SectionType.Legal)]
    [InlineData("ข้อพิจารณาและความเห็น", SectionType.Considerations)]
    [InlineData("ข้อพิจารณา", SectionType.Considerations)]
    [InlineData("ข้อเสนอ", SectionType.Proposal)]
    [InlineData("ความเห็น", SectionType.Proposal)]
    [InlineData("ขอเท็จจริง", SectionType.Facts)]
    [InlineData("ข้อพิจารณา.", SectionType.Considerations)]
    [InlineData("๑. เรื่องเดิม ,", SectionType.Background)]
    [InlineData("เรื่องเดิม '", SectionType.Background)]
    // A tight numbered heading whose full stop OCR lost: the number runs into the heading.
    [InlineData("๑เรื่องเดิม", SectionType.Background)]
    [InlineData("๒ข้อเท็จจริง", SectionType.Facts)]
    public void Match_HeadingAlone_TypeAndHeading(string line, SectionType expected)
    {
        var heading = SectionHeadings.Match(line);

        Assert.NotNull(heading);
        Assert.Equal(expected, heading.Type);
        Assert.Equal("", heading.Rest);
    }

    [Theory]
    // A speck OCR read before the heading's number (a G4 scan's dirt): the number and the heading still read.
    [InlineData("aw ๒. ข้อเท็จจริง งานการเงินได้สรุปผลการใช้จ่าย", SectionType.Facts, "งานการเงินได้สรุปผลการใช้จ่าย")]
    [InlineData("ก ๓. ข้อพิจารณา การเผยแพร่รายงานดังกล่าว", SectionType.Considerations, "การเผยแพร่รายงานดังกล่าว")]
    [InlineData("' ๔. ข้อเสนอ เห็นควรอนุมัติให้เผยแพร่", SectionType.Proposal, "เห็นควรอนุมัติให้เผยแพร่")]
    public void Match_SpeckBeforeHeadingNumber_HeadingAndRest(string line, SectionType expected, string rest)
    {
        var heading = SectionHeadings.Match(line);

        Assert.Equal((expected, rest), (heading!.Type, heading.Rest));
    }

    [Theory]
    // A number glued to a word that opens no heading is a numbered list item, not a heading.
    [InlineData("๑วิธีเฉพาะเจาะจง จำนวน ๖ โครงการ")]
    [InlineData("๒เรื่องที่ได้รับแจ้งจากจังหวัด")]
    public void Match_NumberGluedToOtherWord_NoHeading(string line)
    {
        Assert.Null(SectionHeadings.Match(line));
    }

    [Theory]
    // A tight, underlined heading whose number and first syllable OCR lost (ข้อเ of ข้อเท็จจริง, เ of เรื่องเดิม).
    [InlineData("ท็จจริง", SectionType.Facts)]
    [InlineData("ท็จจริง :", SectionType.Facts)]
    [InlineData("สนอแนะ", SectionType.Proposal)]
    [InlineData("รื่องเดิม", SectionType.Background)]
    public void Match_HeadingWithOpeningLost_TypeAndNoRest(string line, SectionType expected)
    {
        var heading = SectionHeadings.Match(line);

        Assert.Equal((expected, ""), (heading!.Type, heading.Rest));
    }

    [Theory]
    // A heading's later word alone on a line is a wrapped paragraph's last word, not a heading: the cut falls between words.
    [InlineData("พิจารณา")]
    [InlineData("กฎหมาย")]
    [InlineData("ที่เกี่ยวข้อง")]
    // The garbled heading with body text after it, or inside a longer word, is a sentence.
    [InlineData("ท็จจริง ปรากฏว่าได้ดำเนินการแล้ว")]
    [InlineData("ท็จจริงปรากฏ")]
    public void Match_HeadingTailThatIsAWordOrSentence_Null(string line) => Assert.Null(SectionHeadings.Match(line));

    [Fact]
    public void Match_WordBeforeANumber_NoHeading()
    {
        // A token before a number is taken with it only when a heading follows the number: "ตาม ๓. การจัดซื้อ…" stays text.
        Assert.Null(SectionHeadings.Match("ตาม ๓. การจัดซื้อจัดจ้างของหน่วยงาน"));
    }

    [Fact]
    public void Match_HeadingWithColonAndText_SplitsRest()
    {
        var heading = SectionHeadings.Match("ข้อเท็จจริง: กองคลังได้ตรวจสอบแล้ว");

        Assert.Equal(SectionType.Facts, heading!.Type);
        Assert.Equal("ข้อเท็จจริง", heading.Heading);
        Assert.Equal("กองคลังได้ตรวจสอบแล้ว", heading.Rest);
    }

    [Theory]
    [InlineData("ระเบียบกระทรวงมหาดไทยว่าด้วยการเบิกจ่าย พ.ศ. ๒๕๖๓")]
    [InlineData("ความเห็นหัวหน้าสำนักปลัด")]
    [InlineData("ข้อเสนอแนะของคณะกรรมการได้รับการพิจารณาแล้ว")]
    public void Match_SentenceThatStartsLikeAHeading_Null(string line) => Assert.Null(SectionHeadings.Match(line));

    [Theory]
    [InlineData("จึงเรียนมาเพื่อโปรดทราบ", true)]
    [InlineData("จึงเสนอมาเพื่อโปรดพิจารณา", true)]
    [InlineData("จงเรยนมาเพอโปรดทราบ", true)]
    [InlineData("จึงขอรายงานผลดังต่อไปนี้", false)]
    public void IsClosing_Formulas_Recognised(string line, bool expected) => Assert.Equal(expected, SectionHeadings.IsClosing(line));
}
