using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class DateLineRereaderTests
{
    [Theory] // date lines whose digits came out as Latin (written after real first readings of tuning pages)
    [InlineData("วันที่ ว70...,. 9E ธื้นงวาคม WEDD")]
    [InlineData("จันที ว70...,. 9E ธื้นงวาคม WEDD")]          // the label's ว read as จ
    [InlineData("สั่ง ณ TUN ow มกราคม WA. wes")]
    [InlineData(": ประกาศ ณ วันที่ oc ตุลาคม W.A. lobe")]
    [InlineData("วันที่ ............................ ๑๔ ธันวาคม bode")] // leaders are no length
    public void IsMisreadDateLine_LatinWhereTheDigitsStand_True(string text) =>
        Assert.True(DateLineRereader.IsMisreadDateLine(text));

    [Theory]
    [InlineData("วันที่ ๑๔ ธันวาคม ๒๕๖๖")]                                 // read right
    [InlineData("สั่ง ณ วันที่ ๑๗ มกราคม พ.ศ. ๒๕๖๖")]
    [InlineData("ตามหนังสือ ITA ลงวันที่ ๓ มีนาคม ๒๕๖๗ ที่ส่งมาพร้อมนี้ และ e-service ของหน่วยงาน")] // prose, a date read
    [InlineData("ทันทีที่ได้รับแจ้งให้รายงานผลผ่านระบบ e-GP")]                 // no date line
    [InlineData("เรื่อง ขอส่งรายงาน ITA")]
    public void IsMisreadDateLine_NoMisreadDate_False(string text) =>
        Assert.False(DateLineRereader.IsMisreadDateLine(text));
}
