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
    public void Match_HeadingAlone_TypeAndHeading(string line, SectionType expected)
    {
        var heading = SectionHeadings.Match(line);

        Assert.NotNull(heading);
        Assert.Equal(expected, heading.Type);
        Assert.Equal("", heading.Rest);
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
