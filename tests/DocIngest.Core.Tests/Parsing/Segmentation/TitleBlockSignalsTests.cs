using DocIngest.Core.Parsing.Segmentation;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

public class TitleBlockSignalsTests
{
    [Theory]
    [InlineData("บันทึกข้อความ")]
    [InlineData("บพทกขอความ")]
    [InlineData("บนทกขอควจวาม")]
    [InlineData("บันทึก ข้อความ")]
    public void IsMemoTitle_TitleReadWithLettersWrong_True(string line) => Assert.True(TitleBlockSignals.IsMemoTitle(line));

    [Theory]
    [InlineData("บันทึกการประชุม")]
    [InlineData("ขอความร่วมมือ")]
    [InlineData("บันทึกข้อความนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงานตามมาตรการ")]
    public void IsMemoTitle_OtherLines_False(string line) => Assert.False(TitleBlockSignals.IsMemoTitle(line));

    [Fact]
    public void MemoHeaderLabelNames_MemoHeaderWithTwoFieldsOnALine_AllFive()
    {
        var labels = TitleBlockSignals.MemoHeaderLabelNames(
            ["ส่วนราชการ โรงพยาบาลบ่อทอง", "ที่.ชบ ๐๐๓๒/๗ วันที่ ๑๐ มกราคม ๒๕๖๗", "เรื่อง รายงานผล", "เรียน ผู้อำนวยการ"]);

        Assert.Equal(["addressee", "agency", "date", "reference", "subject"], labels.Order());
    }

    [Fact]
    public void MemoHeaderLabelNames_MeetingAndBodyLines_None() =>
        Assert.Empty(TitleBlockSignals.MemoHeaderLabelNames(["ที่ประชุมรับทราบ", "เรื่องที่ประธานแจ้ง", "เรียนเชิญผู้บริหาร"]));

    [Theory]
    [InlineData(new[] { "ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา" }, true)]
    [InlineData(new[] { "ตัวชี้วัด", "คะแนน" }, true)]
    [InlineData(new[] { "๑", "จัดทำคู่มือการยืมครุภัณฑ์", "งานพัสดุ", "ม.ค. ๖๗" }, false)]
    [InlineData(new[] { "มาตรการป้องกันการรับสินบนที่หน่วยงานกำหนดให้บุคลากรทุกคนถือปฏิบัติ", "ผู้รับผิดชอบ" }, false)]
    public void IsTableHeaderRow_Cells_HeaderOnlyWhenLabelWords(string[] cells, bool expected) =>
        Assert.Equal(expected, TitleBlockSignals.IsTableHeaderRow(cells));

    [Theory]
    [InlineData("(นายประสิทธิ์ วงศ์ใหญ่)", true)]
    [InlineData("( นางสาวมาลัย ศรีสุข )", true)]
    [InlineData("(ปลูก/ปลุกจิตสำนึก ป้องกัน ปราบปราม)", false)]
    [InlineData("นายประสิทธิ์ วงศ์ใหญ่", false)]
    public void IsSignerLine_Lines_OnlyNameInParentheses(string line, bool expected) =>
        Assert.Equal(expected, TitleBlockSignals.IsSignerLine(line));
}
