using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

/// <summary>A law, code or regulation is none of the product's kinds, though a code closes like an announcement.</summary>
public class InstrumentTitleKindTests
{
    private static DocumentSlice Slice(string text) => new(ContentUnit.Flatten(Readers.Pages(text)));

    private const string CodeBody =
        "โดยที่เป็นการสมควรกำหนดข้อกำหนดจริยธรรมเพื่อให้พนักงานเทศบาลยึดถือเป็นแนวทางปฏิบัติ\n" +
        "ข้อ ๑ ข้อกำหนดนี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศเป็นต้นไป\n" +
        "ข้อ ๒ พนักงานเทศบาลพึงยึดมั่นในสถาบันหลักของประเทศ\n" +
        "ประกาศ ณ วันที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๖\n(นายสมศักดิ์ ใจงามดี)\nนายกเทศมนตรีตำบลนาดี";

    [Fact]
    public void Classify_CodeClosedWithPrakatNaWanThi_Other()
    {
        var verdict = Readers.KindClassifier.Classify(null, Slice("ข้อกำหนดจริยธรรมพนักงานเทศบาลตำบลนาดี พ.ศ. ๒๕๖๖\n" + CodeBody), 0);

        Assert.Equal(DocumentKind.Other, verdict.Kind);
    }

    [Fact]
    public void Classify_ActUnderAGazettePageHeading_Other()
    {
        var verdict = Readers.KindClassifier.Classify(null, Slice(
            "หน้า ๑\nเล่ม ๑๔๐ ตอนที่ ๑๒ ก ราชกิจจานุเบกษา ๑ มีนาคม ๒๕๖๖\nพระราชบัญญัติ\nส่งเสริมจริยธรรม พ.ศ. ๒๕๖๖\n" +
            "มาตรา ๑ พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติส่งเสริมจริยธรรม พ.ศ. ๒๕๖๖"), 0);

        Assert.Equal(DocumentKind.Other, verdict.Kind);
    }

    [Fact]
    public void Classify_AnnouncementIssuingACode_StillAnAnnouncement()
    {
        var verdict = Readers.KindClassifier.Classify(null, Slice(
            "ประกาศเทศบาลตำบลนาดี\nเรื่อง ข้อกำหนดจริยธรรมพนักงานเทศบาลตำบลนาดี\n" + CodeBody), 0);

        Assert.Equal(DocumentKind.Announcement, verdict.Kind);
    }

    [Theory]
    [InlineData("ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")]
    [InlineData("บันทึกข้อความ")]
    [InlineData("ประกาศองค์การบริหารส่วนตำบลนาดี")]
    public void OpensWithInstrumentTitle_AgendaMemoOrAnnouncement_False(string firstLine)
    {
        Assert.False(DocumentKindClassifier.OpensWithInstrumentTitle([firstLine, "ระเบียบว่าด้วยการเงินการคลัง"]));
    }

    [Theory]
    [InlineData("ประมวลจริยธรรมข้าราชการพลเรือน")]
    [InlineData("กฎกระทรวง")]
    [InlineData("ระเบียบกระทรวงมหาดไทยว่าด้วยการรับเงิน พ.ศ. ๒๕๖๖")]
    public void OpensWithInstrumentTitle_InstrumentTitle_True(string firstLine)
    {
        Assert.True(DocumentKindClassifier.OpensWithInstrumentTitle([firstLine]));
    }
}
