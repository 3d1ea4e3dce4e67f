using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

/// <summary>
/// Memo paragraphs whose opening phrase no rule knows, typed by a phrase inside them when the model says only "body"
/// (texts written for these tests).
/// </summary>
public class SectionContentTypeTests
{
    [Theory]
    [InlineData("เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย จึงเห็นควรอนุมัติให้ดำเนินการตามแผนดังกล่าว และรายงานผลภายในเดือนกันยายน", SectionType.Proposal)]
    [InlineData("การดำเนินการดังกล่าวเป็นไปตามหลักเกณฑ์การประเมินคุณธรรมและความโปร่งใส และช่วยให้หน่วยงานผ่านเกณฑ์ตัวชี้วัด", SectionType.Considerations)]
    [InlineData("ย ๘ิากการตรวจสอบพบว่ามีเรื่องร้องเรียนจำนวน ๓ เรื่อง ซึ่งได้ดำเนินการแล้วเสร็จทุกเรื่อง", SectionType.Facts)]
    [InlineData("สำนักงานสาธารณสุขจังหวัดได้มีหนังสือแจ้งให้หน่วยงานในสังกัดจัดทำแผนป้องกันการทุจริต และส่งให้จังหวัดภายในเดือนธันวาคม", SectionType.Background)]
    public void Classify_PhraseInsideParagraph_ItsType(string paragraph, SectionType type) =>
        Assert.Equal(type, Readers.SectionClassifier.Classify(paragraph).Type);

    [Fact]
    public void ContentType_ParagraphWithoutSuchPhrase_Null() =>
        Assert.Null(SectionClassifier.ContentType("ทั้งนี้ งานบริหารทั่วไปได้ประสานกลุ่มงานที่เกี่ยวข้องให้จัดส่งข้อมูลเพิ่มเติมแล้ว"));

    [Theory]
    [InlineData("เพื่อให้การประเมินผ่านเกณฑ์ กลุ่มงานบริหารทั่วไป ขออนุญาตนำประกาศเรื่องมาตรการป้องกันการทุจริตเผยแพร่บนเว็บไซต์", SectionType.Proposal)]
    [InlineData("ขอความเห็นชอบแต่งตั้งคณะทำงานตามรายชื่อที่แนบมาพร้อมนี้", SectionType.Proposal)]
    public void ContentType_RequestOpeningAClause_Proposal(string paragraph, SectionType type) =>
        Assert.Equal(type, SectionClassifier.ContentType(paragraph));

    [Fact]
    public void ContentType_RequestGluedToTheWordBefore_NoProposal() =>
        Assert.NotEqual(SectionType.Proposal, SectionClassifier.ContentType("หน่วยงานได้ขออนุมัติจัดซื้อครุภัณฑ์คอมพิวเตอร์ตามแบบขออนุญาตใช้งบประมาณแล้ว"));

    [Fact]
    public void ContentType_FindingThenProposal_Proposal() =>
        Assert.Equal(SectionType.Proposal, SectionClassifier.ContentType("จากการตรวจสอบพบว่าข้อมูลไม่เป็นปัจจุบัน จึงเห็นควรปรับปรุงหน้าเว็บไซต์"));
}
