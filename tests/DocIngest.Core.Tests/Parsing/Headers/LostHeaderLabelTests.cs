using DocIngest.Core.Parsing.Headers;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>Header lines whose labels or era OCR garbled (texts written for these tests).</summary>
public class LostHeaderLabelTests
{
    private readonly HeaderParser _parser = new();

    [Theory]
    [InlineData("Nau ๐๐๓๓.๔๐๒/๕๕๑ FUN ๓ มีนาคม ๒๕๖๖", "0033.402/551")]
    [InlineData("ที่ ชย ๐๐๓๓.๔๐๒/๕๕๑ วนท ๓ มีนาคม ๒๕๖๖", "ชย 0033.402/551")]
    [InlineData("ชย ๐๐๓๓.๔๐๒/๕๕๑ ๓ มีนาคม ๒๕๖๖", "ชย 0033.402/551")]
    [InlineData("N VU ๐๐๓๓.๔๐๒/๕๕๑ วนท ๓ มีนาคม ๒๕๖๖", "0033.402/551")] // label and code read as Latin: the number at least
    public void ParseMemo_ReferenceLineWithLabelsLost_ReferenceAndDate(string line, string reference)
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ กลุ่มงานบริหารทั่วไป โรงพยาบาลหนองบัวแดง",
            line,
            "เรื่อง ขอส่งรายงานผลการดำเนินงาน",
            "เรียน ผู้อำนวยการโรงพยาบาลหนองบัวแดง",
            "ตามที่โรงพยาบาลได้ดำเนินงานตามแผน นั้น",
        ], new List<string>());

        Assert.Equal(reference, result.Header!.Reference);
        Assert.Equal("2023-03-03", result.Header.Date);
        Assert.Equal("กลุ่มงานบริหารทั่วไป โรงพยาบาลหนองบัวแดง", result.Header.Agency);
    }

    [Theory]
    [InlineData("ประกาศ ณ วันที่ ๙ มกราคม WA. ๒๕๖๗")]
    [InlineData("ประกาศ ณ วันที่ ๙ มกราคม w.ศ. ๒๕๖๗")]
    [InlineData("ประกาศ ณ วันที่ ๙ มกราคม พ.ศ. ๒๕๖๗")]
    public void ParseOrder_IssueDateWithGarbledEra_Date(string issued)
    {
        var result = _parser.ParseOrder(["ประกาศโรงพยาบาลหนองบัวแดง", "เรื่อง มาตรการป้องกันการรับสินบน", "เพื่อให้การปฏิบัติงานโปร่งใส", issued], new List<string>());

        Assert.Equal("2024-01-09", result.Header!.Date);
        Assert.Equal("๙ มกราคม พ.ศ. ๒๕๖๗", result.Header.DateText);
    }

    [Theory] // the bold เรื่อง under an announcement's title read as digits or Latin letters
    [InlineData("309 มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง")]
    [InlineData("tous มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง")]
    [InlineData("เรื่อง มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง")]
    public void ParseOrder_SubjectLabelLostUnderTheTitle_Subject(string subjectLine)
    {
        var result = _parser.ParseOrder(
        [
            "ประกาศโรงพยาบาลบ่อทอง",
            subjectLine,
            "ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มีผลบังคับใช้",
            "ประกาศ ณ วันที่ ๙ มกราคม พ.ศ. ๒๕๖๗",
        ], new List<string>());

        Assert.Equal("มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง", result.Header!.Subject);
        Assert.Equal(2, result.BodyStart);
    }

    [Theory]
    [InlineData("ประกาศโรงพยาบาลบ่อทอง", "ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐")] // the body right under the title
    [InlineData("ประกาศโรงพยาบาลบ่อทอง", "อำเภอบ่อทอง จังหวัดชลบุรี")]  // the title's second line: no label's remains before it
    [InlineData("รายงานการประชุม", "309 มาตรการป้องกันการทุจริตในการจัดซื้อจัดจ้าง")] // not under an announcement's or order's title
    public void ParseOrder_NoLostSubjectLabel_NoSubject(string title, string second)
    {
        var result = _parser.ParseOrder([title, second, "ประกาศ ณ วันที่ ๙ มกราคม พ.ศ. ๒๕๖๗"], new List<string>());

        Assert.Null(result.Header?.Subject);
    }

    [Fact]
    public void WithEraRepaired_DateWithoutEra_Unchanged() =>
        Assert.Equal("๙ มกราคม ๒๕๖๗", HeaderFields.WithEraRepaired("๙ มกราคม ๒๕๖๗"));
}
