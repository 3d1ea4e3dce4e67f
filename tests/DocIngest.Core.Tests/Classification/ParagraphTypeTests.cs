using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;

namespace DocIngest.Core.Tests.Classification;

/// <summary>Paragraphs of memos without headings typed from their whole shape (texts written for these tests).</summary>
public class ParagraphTypeTests
{
    [Theory]
    [InlineData("ด้วยสำนักงานสาธารณสุขจังหวัดแจ้งให้หน่วยบริการจัดทำแผนป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")]
    [InlineData("งานพัสดุ โรงพยาบาลนาแก ได้ดำเนินการจัดซื้อวัสดุการแพทย์ตามแผนที่ได้รับอนุมัติ และตรวจรับครบถ้วนแล้วนั้น")]
    [InlineData("กลุ่มงานการพยาบาลได้จัดประชุมชี้แจงแนวทางดังกล่าวนั้น")]
    public void ParagraphType_BackgroundByShape_Background(string paragraph) =>
        Assert.Equal(SectionType.Background, SectionClassifier.ParagraphType(paragraph));

    [Theory]
    [InlineData("ด้วยความเคารพอย่างสูง")]
    [InlineData("กลุ่มงานการพยาบาลพบว่ายังมีบุคลากรที่ไม่ผ่านการอบรม จำนวน ๑๒ คน")]
    public void ParagraphType_NoShapeCue_Null(string paragraph) =>
        Assert.Null(SectionClassifier.ParagraphType(paragraph));

    [Fact]
    public void RuleType_WrappedLineOpeningWithDuay_NoParagraphBreak() =>
        // A wrapped line may start with ด้วย ("… ทุกคน" / "ด้วยตนเอง"): only whole paragraphs are typed by it.
        Assert.Null(SectionClassifier.RuleType("ด้วยตนเองภายในวันที่ ๑๕ มีนาคม ๒๕๖๘"));
}
