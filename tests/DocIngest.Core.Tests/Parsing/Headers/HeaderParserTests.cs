using DocIngest.Core.Parsing.Headers;

namespace DocIngest.Core.Tests.Parsing.Headers;

public class HeaderParserTests
{
    private readonly HeaderParser _parser = new();

    [Fact]
    public void ParseMemo_OneFieldPerLine_ReadsEveryField()
    {
        var warnings = new List<string>();
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ กองคลัง องค์การบริหารส่วนตำบลหนองบัว โทร. ๐๔๒ - ๓๑๒๓๔๕",
            "ที่ ขก ๗๓๒๐๑/ ๔๕๖",
            "วันที่ ๓ มีนาคม ๒๕๖๖",
            "เรื่อง ขออนุมัติจัดซื้อวัสดุสำนักงาน",
            "เรียน นายกองค์การบริหารส่วนตำบลหนองบัว",
            "ตามที่ได้รับอนุมัติ นั้น",
        ], warnings);

        var h = result.Header!;
        Assert.Equal("กองคลัง องค์การบริหารส่วนตำบลหนองบัว", h.Agency);
        Assert.Equal("042-312345", h.Phone);
        Assert.Equal("ขก 73201/456", h.Reference);
        Assert.Equal("2023-03-03", h.Date);
        Assert.Equal("๓ มีนาคม ๒๕๖๖", h.DateText);
        Assert.Equal("ขออนุมัติจัดซื้อวัสดุสำนักงาน", h.Subject);
        Assert.Equal("นายกองค์การบริหารส่วนตำบลหนองบัว", h.Addressee);
        Assert.Equal(6, result.BodyStart);
        Assert.Empty(warnings);
    }

    [Fact]
    public void ParseMemo_PhoneWrappedToNextLine_JoinsDigits()
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ กองคลัง องค์การบริหารส่วนตำบลหนองแวง โทร. ๐",
            "๔๓๒๖ ๑๕๔๗",
            "ที่ ขก ๗๔๓๐๒/๒๑๘ วันที่ ๒๐ พฤศจิกายน ๒๕๖๗",
            "เรื่อง ขอความเห็นชอบ",
            "เรียน นายกองค์การบริหารส่วนตำบลหนองแวง",
        ], new List<string>());

        Assert.Equal("0 4326 1547", result.Header!.Phone);
        Assert.Equal("ขก 74302/218", result.Header.Reference);
    }

    [Fact]
    public void ParseMemo_WrappedPhoneLineWithSpeck_JoinsDigits()
    {
        var slice = new DocIngest.Core.Parsing.Segmentation.DocumentSlice(DocIngest.Core.Parsing.Segmentation.ContentUnit.Flatten(
            DocIngest.Core.Tests.TestSupport.Readers.Pages("บันทึกข้อความ\nส่วนราชการ กองคลัง องค์การบริหารส่วนตำบลหนองแวง โทร. ๐\n๔๓๒๖ ๑๕๔๗ oy\nที่ ขก ๗๔๓๐๒/๒๑๘ วันที่ ๒๐ พฤศจิกายน ๒๕๖๗\nเรื่อง ขอความเห็นชอบ")));

        var result = _parser.ParseMemo(slice.TextLines, new List<string>());

        Assert.Equal("0 4326 1547", result.Header!.Phone);
    }

    [Fact]
    public void ParseMemo_ReferenceAndDateOnOneLineWithArabicDigits_SplitsThem()
    {
        var result = _parser.ParseMemo(["บันทึกข้อความ", "ส่วนราชการ สำนักปลัด", "ที่ ศธ 04002/ 123 วันที่ 15 ก.ย. 2565", "เรื่อง ทดสอบ", "เรียน ผู้อำนวยการ"], new List<string>());

        Assert.Equal("ศธ 04002/123", result.Header!.Reference);
        Assert.Equal("2022-09-15", result.Header.Date);
        Assert.Equal("15 ก.ย. 2565", result.Header.DateText);
    }

    [Fact]
    public void ParseMemo_LabelsWithLostToneMarksAndLeaders_StillFound()
    {
        var result = _parser.ParseMemo(
            ["บนทึกขอความ", "ส่วนราชการ สำนักปลัดเทศบาล", "ที อด ๕๔๐๐๑ / ๘๘", "วันที ๒๘ ธันวาคม ๒๕๖๗", "เรือง ขอเชิญประชุม", "เรียน ปลัดเทศบาล"],
            new List<string>());

        Assert.Equal("อด 54001/88", result.Header!.Reference);
        Assert.Equal("2024-12-28", result.Header.Date);
        Assert.Equal("ขอเชิญประชุม", result.Header.Subject);
        Assert.Equal("ปลัดเทศบาล", result.Header.Addressee);
    }

    [Fact]
    public void ParseMemo_SubjectOverTwoLines_JoinsThem()
    {
        var result = _parser.ParseMemo(["ส่วนราชการ กองช่าง", "ที่ -", "วันที่ 1 ต.ค. 66", "เรื่อง รายงานผลการดำเนินงาน", "ประจำปีงบประมาณ 2566", "เรียน นายก"], new List<string>());

        Assert.Equal("รายงานผลการดำเนินงาน ประจำปีงบประมาณ 2566", result.Header!.Subject);
        Assert.Null(result.Header.Reference);
        Assert.Equal("2023-10-01", result.Header.Date);
    }

    [Fact]
    public void ParseMemo_NoHeader_WarnsInsteadOfInventing()
    {
        var warnings = new List<string>();
        var result = _parser.ParseMemo(["ข้อความทั่วไปที่ไม่มีหัวบันทึก"], warnings);

        Assert.Null(result.Header);
        Assert.Contains(warnings, w => w.StartsWith("header:"));
    }

    [Fact]
    public void ParseMemo_SpeckReadAsColonBeforeTheSubjectLabel_StillFindsTheSubject()
    {
        var lines = new[]
        {
            "บันทึกข้อความ",
            "ส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองใหญ่ กลุ่มงานบริหารทั่วไป",
            "ที่ ชบ ๐๘๓๒.๑/๕๒ วันที่ ๑๘ พฤศจิกายน ๒๕๖๒",
            ": เรื่อง ขออนุญาตนำประกาศเผยแพร่บนเว็บไซต์ของหน่วยงาน",
            "เรียน สาธารณสุขอำเภอหนองใหญ่",
        };

        var result = _parser.ParseMemo(lines, new List<string>());

        Assert.Equal("ขออนุญาตนำประกาศเผยแพร่บนเว็บไซต์ของหน่วยงาน", result.Header?.Subject);
    }

    [Fact]
    public void ParseOrder_ShortBodyLineInTheNextBlock_IsNotTheSubject()
    {
        // An announcement's centred subject, then after the gap the body's first line, short enough to pass for a wrap.
        var lines = new[]
        {
            new DocIngest.Core.Parsing.Sections.BodyLine("ประกาศสำนักงานสาธารณสุขอำเภอหนองใหญ่", 1),
            new DocIngest.Core.Parsing.Sections.BodyLine("เรื่อง มาตรการป้องกันการทุจริตและประพฤติมิชอบในการจัดซื้อจัดจ้าง", 2),
            new DocIngest.Core.Parsing.Sections.BodyLine("ตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ.๒๕๖๐ มีผลบังคับใช้", 3),
            new DocIngest.Core.Parsing.Sections.BodyLine("ไปแล้วนั้น เพื่อให้การดำเนินงานเกี่ยวกับการจัดซื้อจัดจ้าง", 3),
        };

        var result = _parser.ParseOrder(lines, new List<string>());

        Assert.Equal("มาตรการป้องกันการทุจริตและประพฤติมิชอบในการจัดซื้อจัดจ้าง", result.Header?.Subject);
        Assert.Equal(2, result.BodyStart);
    }

    [Fact]
    public void ParseOrder_SubjectWrapSetApartAsAOneLineBlock_IsJoined()
    {
        var lines = new[]
        {
            new DocIngest.Core.Parsing.Sections.BodyLine("คำสั่งองค์การบริหารส่วนตำบลโนนสะอาด", 1),
            new DocIngest.Core.Parsing.Sections.BodyLine("เรื่อง แต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต", 2),
            new DocIngest.Core.Parsing.Sections.BodyLine("ประจำปีงบประมาณ ๒๕๖๗", 3),
            new DocIngest.Core.Parsing.Sections.BodyLine("ด้วยองค์การบริหารส่วนตำบลโนนสะอาด", 4),
            new DocIngest.Core.Parsing.Sections.BodyLine("ได้ดำเนินการ", 4),
        };

        var result = _parser.ParseOrder(lines, new List<string>());

        Assert.Equal("แต่งตั้งคณะกรรมการจัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ๒๕๖๗", result.Header?.Subject);
    }

    [Fact]
    public void ParseOrder_OrderLines_ReadsNumberSubjectAndIssueDate()
    {
        var warnings = new List<string>();
        var result = _parser.ParseOrder(
        [
            "คำสั่งเทศบาลตำบลนาดี",
            "ที่ ๑๒/๒๕๖๖",
            "เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
            "******************",
            "ตามที่เทศบาลตำบลนาดีได้จัดซื้อวัสดุ นั้น",
            "สั่ง ณ วันที่ ๕ เดือน มกราคม พ.ศ. ๒๕๖๖",
        ], warnings);

        Assert.Equal("12/2566", result.Header!.Reference);
        Assert.Equal("แต่งตั้งคณะกรรมการตรวจรับพัสดุ", result.Header.Subject);
        Assert.Equal("2023-01-05", result.Header.Date);
        Assert.Equal(4, result.BodyStart);
        Assert.Empty(warnings);
    }
}

public class HeaderParserLayoutTests
{
    private readonly HeaderParser _parser = new();

    [Fact]
    public void ParseMemo_LabelsAloneOnTheirLines_ValuesFromNextLines()
    {
        var result = _parser.ParseMemo(["บันทึกข้อความ", "ส่วนราชการ", "กองสาธารณสุขฯ เทศบาลเมืองชัยภูมิ", "ที่ ชย ๕๒๐๐๑/๗", "วันที่ ๒ ธ.ค. ๒๕๖๕", "เรื่อง", "ขอรายงานผลการฉีดวัคซีน", "เรียน ปลัดเทศบาล"], new List<string>());

        Assert.Equal("กองสาธารณสุขฯ เทศบาลเมืองชัยภูมิ", result.Header!.Agency);
        Assert.Equal("ขอรายงานผลการฉีดวัคซีน", result.Header.Subject);
        Assert.Equal("2022-12-02", result.Header.Date);
    }

    [Fact]
    public void ParseMemo_AddresseeLineLost_BodyNotSwallowedIntoSubjectAndWarned()
    {
        var warnings = new List<string>();
        var result = _parser.ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ กองคลัง", "ที่ -  วันที่ 4 เมษายน 2566", "เรื่อง ขออนุมัติเบิกเงิน", "ตามที่ได้รับอนุมัติให้จัดซื้อ นั้น", "บัดนี้ ผู้ขายได้ส่งของครบแล้ว"],
            warnings);

        Assert.Equal("ขออนุมัติเบิกเงิน", result.Header!.Subject);
        Assert.Equal(4, result.BodyStart);
        Assert.Contains(warnings, w => w.Contains("addressee"));
    }

    [Theory]
    [InlineData("วันพุธที่ ๑๕ มกราคม ๒๕๖๔ เวลา ๑๔.๐๐ น. ณ ห้องประชุม", "2021-01-15", "วันพุธที่ ๑๕ มกราคม ๒๕๖๔")]
    [InlineData("เมื่อวันที่ 5 มีนาคม 2566 ณ ห้องประชุมสภาเทศบาล", "2023-03-05", "5 มีนาคม 2566")]
    public void ParseMinutes_DateUnderTitle_MeetingDate(string dateLine, string iso, string printed)
    {
        var warnings = new List<string>();

        var result = _parser.ParseMinutes(["รายงานการประชุมคณะกรรมการพัฒนาเทศบาล", "ครั้งที่ ๑/๒๕๖๖", dateLine, "ผู้มาประชุม", "๑. นายสมชาย ใจดี"], warnings);

        Assert.Equal(iso, result.Header!.Date);
        Assert.Equal(printed, result.Header.DateText);
        Assert.Empty(warnings);
    }

    [Fact]
    public void ParseMinutes_DateOnlyInAgenda_NoHeaderAndWarning()
    {
        var warnings = new List<string>();

        var result = _parser.ParseMinutes(["รายงานการประชุมคณะกรรมการพัฒนาเทศบาล", "ผู้มาประชุม", "ระเบียบวาระที่ ๑ ประกาศเมื่อวันที่ ๒ มีนาคม ๒๕๖๖"], warnings);

        Assert.Null(result.Header);
        Assert.Single(warnings);
    }
}
