using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Tests.Parsing.Measures;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>Header layouts of real memos that the samples lack, and labels or values OCR damaged (texts written for these tests).</summary>
public class HeaderLayoutTests
{

    private static MemoHeader Memo(params string[] lines) => new HeaderParser().ParseMemo(lines, new List<string>()).Header!;

    [Fact]
    public void ParseMemo_LabelColumnValuesOnTheNextLineOverLeaders_EveryField()
    {
        var h = Memo(
            "บันทึกข้อความ",
            "ส่วนราชการ",
            "กองคลัง เทศบาลตำบลหนองแค โทร. ๐ ๓๖๓๗ ๑๒๓๔",
            "ที่",
            "สบ ๕๒๓๐๑/๑๒๓",
            "วันที่",
            "๒ มีนาคม ๒๕๖๗",
            "เรื่อง",
            "ขออนุมัติจัดซื้อวัสดุสำนักงาน",
            "เรียน นายกเทศมนตรีตำบลหนองแค",
            "ตามที่กองคลังได้รับจัดสรรงบประมาณ นั้น");

        Assert.Equal("กองคลัง เทศบาลตำบลหนองแค", h.Agency);
        Assert.Equal("0 3637 1234", h.Phone);
        Assert.Equal("สบ 52301/123", h.Reference);
        Assert.Equal("2024-03-02", h.Date);
        Assert.Equal("ขออนุมัติจัดซื้อวัสดุสำนักงาน", h.Subject);
        Assert.Equal("นายกเทศมนตรีตำบลหนองแค", h.Addressee);
    }

    [Theory]
    [InlineData("ที่.ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒")]
    [InlineData("ที่ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒")]
    [InlineData("ที่ ชบ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒")]
    [InlineData("ที่ ชบ ๐๘๓๒.๑/๕๐ วันที่๑๓ พฤศจิกายน ๒๕๖๒")]
    [InlineData("ที่ ชบ ๐๘๓๒.๑/๕๐ วันท ๑๓ พฤศจิกายน ๒๕๖๒")]
    [InlineData("ที ชบ ๐๘๓๒.๑/๕๐ วนที่ ๑๓ พฤศจิกายน ๒๕๖๒")]
    public void ParseMemo_ReferenceAndDateOnOneLineLabelsRunIn_Both(string line)
    {
        var h = Memo("บันทึกข้อความ", "ส่วนราชการ สำนักงานสาธารณสุขอำเภอบ่อทอง", line, "เรื่อง ขอส่งรายงาน", "เรียน สาธารณสุขอำเภอบ่อทอง");

        Assert.Equal("ชบ 0832.1/50", h.Reference);
        Assert.Equal("2019-11-13", h.Date);
        Assert.Equal("ขอส่งรายงาน", h.Subject);
    }

    [Fact]
    public void ParseMemo_AgencyWrappedInsideItsParenthesis_Joined()
    {
        var h = Memo(
            "บันทึกข้อความ",
            "ส่วนราชการ สำนักงานสาธารณสุขอำเภอบ่อทอง จังหวัดชลบุรี (งาน",
            "บริหารทั่วไป) โทร. ๐ ๓๘๒๑ ๙๒๓๒",
            "ที่ ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒",
            "เรื่อง ขอส่งรายงาน",
            "เรียน สาธารณสุขอำเภอบ่อทอง");

        Assert.Equal("สำนักงานสาธารณสุขอำเภอบ่อทอง จังหวัดชลบุรี (งานบริหารทั่วไป)", h.Agency);
        Assert.Equal("0 3821 9232", h.Phone);
        Assert.Equal("ชบ 0832.1/50", h.Reference);
    }

    [Theory]
    [InlineData("ส่วนราชการ โรงพยาบาลบ่อทอง โทร. ๐ ๓๘๒๑ ๙๒๓๒ ต่อ ๑๓๑")]
    [InlineData("ส่วนราชการ โรงพยาบาลบ่อทอง โทร ๐ ๓๘๒๑ ๙๒๓๒ ต่อ ๑๓๑")]
    [InlineData("ส่วนราชการ โรงพยาบาลบ่อทอง โทรศัพท์ ๐ ๓๘๒๑ ๙๒๓๒ ต่อ. ๑๓๑")]
    [InlineData("ส่วนราชการ โรงพยาบาลบ่อทอง โทร. ๐ ๓๘๒๑ ๙๒๓๒ ตอ ๑๓๑")]
    public void ParseMemo_PhoneWithExtension_NumberWithoutTheExtension(string line)
    {
        var h = Memo("บันทึกข้อความ", line, "ที่ ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒", "เรื่อง ขอส่งรายงาน", "เรียน ผู้อำนวยการโรงพยาบาลบ่อทอง");

        Assert.Equal("โรงพยาบาลบ่อทอง", h.Agency);
        Assert.Equal("0 3821 9232", h.Phone);
    }

    [Fact]
    public void ParseMemo_SubjectLabelReadAsJunkBetweenDateAndAddressee_SubjectKept()
    {
        var h = Memo(
            "บันทึกข้อความ",
            "ส่วนราชการ กลุ่มงานบริหารทั่วไป โรงพยาบาลบ่อทอง",
            "ที่ ชบ ๐๘๓๒.๑/๕๐",
            "วันที่ ๑๓ พฤศจิกายน ๒๕๖๒",
            "WAG โช้ง. . ขออนุมัติจัดทำมาตรการส่งเสริมคุณธรรมและความ",
            ". โปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๓",
            ". เรียน ผู้อำนวยการโรงพยาบาลบ่อทอง",
            "ตามที่โรงพยาบาลได้เข้ารับการประเมิน นั้น");

        Assert.Equal("ขออนุมัติจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๓", h.Subject);
        Assert.Equal("ผู้อำนวยการโรงพยาบาลบ่อทอง", h.Addressee);
        Assert.Equal("ชบ 0832.1/50", h.Reference);
    }

    [Fact]
    public void ParseMemo_AddresseeOnTheSubjectsLastLine_Split()
    {
        var h = Memo(
            "บันทึกข้อความ",
            "ส่วนราชการ กลุ่มงานบริหารทั่วไป โรงพยาบาลบ่อทอง",
            "ที่ ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒",
            "เรื่อง ขอส่งรายงานผลการดำเนินงาน",
            "เรียน ผู้อำนวยการโรงพยาบาลบ่อทอง",
            "ด้วยกลุ่มงานบริหารทั่วไปได้ดำเนินงาน");

        Assert.Equal("ขอส่งรายงานผลการดำเนินงาน", h.Subject);
        Assert.Equal("ผู้อำนวยการโรงพยาบาลบ่อทอง", h.Addressee);
    }

    [Theory]
    [InlineData("เรียบ ผู้อำนวยการโรงพยาบาลบ่อทอง")]
    [InlineData("เธียน ผู้อำนวยการโรงพยาบาลบ่อทอง")]
    [InlineData("เรยน ผู้อำนวยการโรงพยาบาลบ่อทอง")]
    public void ParseMemo_AddresseeLabelReadOneLetterWrong_AddresseeNotSubject(string line)
    {
        var h = Memo(
            "บันทึกข้อความ",
            "ส่วนราชการ กลุ่มงานบริหารทั่วไป โรงพยาบาลบ่อทอง",
            "ที่ ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒",
            "เรื่อง ขอส่งรายงานผลการดำเนินงาน",
            line,
            "ด้วยกลุ่มงานบริหารทั่วไปได้ดำเนินงาน");

        Assert.Equal("ขอส่งรายงานผลการดำเนินงาน", h.Subject);
        Assert.Equal("ผู้อำนวยการโรงพยาบาลบ่อทอง", h.Addressee);
    }

    [Fact]
    public void ParseMemo_SubjectWrapOpeningWithAnAddresseeWord_StaysSubject()
    {
        var h = Memo(
            "บันทึกข้อความ",
            "ส่วนราชการ กลุ่มงานบริหารทั่วไป โรงพยาบาลบ่อทอง",
            "ที่ ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒",
            "เรื่อง ขอรายงานผลการประชุมของ",
            "คณะทำงาน ผู้รับผิดชอบการประเมิน",
            "เรียน ผู้อำนวยการโรงพยาบาลบ่อทอง");

        Assert.Equal("ขอรายงานผลการประชุมของคณะทำงาน ผู้รับผิดชอบการประเมิน", h.Subject);
        Assert.Equal("ผู้อำนวยการโรงพยาบาลบ่อทอง", h.Addressee);
    }

    [Theory]
    [InlineData("วันที่ ๑๓ พฤศจิกายน ๒๕๖๒ เรื่อง ขอส่งรายงานผลการดำเนินงาน")]
    public void ParseMemo_SubjectRunIntoTheDateLine_BothFields(string line)
    {
        var h = Memo("บันทึกข้อความ", "ส่วนราชการ โรงพยาบาลบ่อทอง", "ที่ ชบ ๐๘๓๒.๑/๕๐", line, "เรียน ผู้อำนวยการโรงพยาบาลบ่อทอง");

        Assert.Equal("2019-11-13", h.Date);
        Assert.Equal("ขอส่งรายงานผลการดำเนินงาน", h.Subject);
    }

    [Fact]
    public void Read_AgencysPhoneAloneOnItsLineWithASpeck_PhoneKept()
    {
        // The memo's first lines as main's build read gap-memo-hospital-ita-2568 (tuning): the phone line, with a speck
        // read as "!" after it, was taken for OCR noise and never reached the header parser.
        var page = MeasurePages.Page(1, MeasurePages.TextLines(
            "บันทึกข้อความ",
            "ส่วนราชการ กลุ่มงานยุทธศาสตร์ โรงพยาบาลสมเด็จพระยุพราชเดชอุดม",
            "โทร. ๐ ๔๕๓๖ ๑๒๑๒ !",
            "ที่ อบ ๐๐๓๒.๓๐๑/๒๒๗ วันที่ ๘ มกราคม ๒๕๖๘",
            "เรื่อง รายงานผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ",
            "พ.ศ. ๒๕๖๗",
            "เรียน ผู้อำนวยการโรงพยาบาลสมเด็จพระยุพราชเดชอุดม",
            "ตามที่โรงพยาบาลได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"));

        var header = Assert.Single(Readers.ForPartA.Read([page])).Header!;

        Assert.Equal("0 4536 1212", header.Phone);
        Assert.Equal("กลุ่มงานยุทธศาสตร์ โรงพยาบาลสมเด็จพระยุพราชเดชอุดม", header.Agency);
        Assert.Equal("อบ 0032.301/227", header.Reference);
    }
}
