using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;

namespace DocIngest.Core.Tests.Classification;

/// <summary>Opening phrases behind a speck OCR read as a letter (paragraphs written for these tests).</summary>
public class SectionOpeningSpeckTests
{
    [Theory]
    [InlineData("ลอ้างถึงหนังสือสำนักงานสาธารณสุขจังหวัด ที่ นม ๐๐๓๓/ว ๑๒ ให้รายงานผล", SectionType.Background)]
    [InlineData("ดในการนี้ หน่วยงานได้ดำเนินการเรียบร้อยแล้ว", SectionType.Facts)]
    public void RuleType_OneLetterSpeckBeforeALongCue_TypeOfTheCue(string paragraph, SectionType expected)
    {
        Assert.Equal(expected, SectionClassifier.RuleType(paragraph));
    }

    [Fact]
    public void RuleType_WordThatMerelyContainsACueAfterItsFirstLetter_NoRule()
    {
        // "บัดนี้" is four letters: too short to be trusted behind a speck ("ชบัดนี้" is not taken).
        Assert.Null(SectionClassifier.RuleType("ชบัดนี้ไม่มีความหมาย"));
    }
}
