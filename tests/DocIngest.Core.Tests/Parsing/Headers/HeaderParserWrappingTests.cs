using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Parsing.Sections;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>Header fields wrapped over lines, junk under them, labels misread or lost (variations written for the rules, not taken from samples).</summary>
public class HeaderParserWrappingTests
{
    private readonly HeaderParser _parser = new();

    [Fact]
    public void ParseMemo_SubjectOverFourLinesYearAlone_WholeSubjectThenAddressee()
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ กองการศึกษา เทศบาลตำบลนาข่า โทร. ๐๔๒-๒๑๔๕๖๗",
            "ที่ อด ๕๓๓๐๑/๔๑๒ วันที่ ๕ มิถุนายน ๒๕๖๖",
            "เรื่อง ขอรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
            "และประพฤติมิชอบของสถานศึกษาในสังกัด พร้อมทั้งรายงานการติดตาม",
            "ประเมินผลการปฏิบัติงานของบุคลากร ประจำปีงบประมาณ พ.ศ.",
            "๒๕๖๖",
            "เรียน นายกเทศมนตรีตำบลนาข่า",
            "ตามที่กองการศึกษาได้จัดทำแผน นั้น",
        ], new List<string>());

        var h = result.Header!;
        Assert.Equal("ขอรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริตและประพฤติมิชอบของสถานศึกษาในสังกัด พร้อมทั้งรายงานการติดตามประเมินผลการปฏิบัติงานของบุคลากร ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", h.Subject);
        Assert.Equal("นายกเทศมนตรีตำบลนาข่า", h.Addressee);
        Assert.Equal(8, result.BodyStart);
    }

    [Fact]
    public void ParseMemo_SubjectWrappedInsideAPhraseArabicDigits_Joined()
    {
        var result = _parser.ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ สำนักปลัด", "ที่ นม 80101/55", "วันที่ 2 ต.ค. 2566", "เรื่อง ขอส่งแผนการจัดซื้อจัดจ้าง ประจำ", "ปีงบประมาณ พ.ศ. 2567", "เรียน ปลัดองค์การบริหารส่วนตำบล"],
            new List<string>());

        Assert.Equal("ขอส่งแผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567", result.Header!.Subject);
        Assert.Equal("ปลัดองค์การบริหารส่วนตำบล", result.Header.Addressee);
    }

    [Fact]
    public void ParseMemo_AddresseeLostSectionHeadingFollows_SubjectStopsThere()
    {
        var warnings = new List<string>();
        var result = _parser.ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ กองคลัง", "ที่ -", "วันที่ 4 เมษายน 2566", "เรื่อง ขออนุมัติเบิกเงิน", "ค่าวัสดุสำนักงาน", "๑. เรื่องเดิม", "กองคลังได้รับอนุมัติให้จัดซื้อ"],
            warnings);

        Assert.Equal("ขออนุมัติเบิกเงินค่าวัสดุสำนักงาน", result.Header!.Subject);
        Assert.Equal(6, result.BodyStart);
        Assert.Contains(warnings, w => w.Contains("addressee"));
    }

    [Fact]
    public void ParseMemo_SubjectThenReferenceKeyOfALetter_SubjectStops()
    {
        var result = _parser.ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ กองสาธารณสุข", "ที่ ชย 52001/7", "วันที่ 2 ธันวาคม 2565", "เรื่อง ขอรายงานผลการฉีดวัคซีน", "อ้างถึง หนังสือจังหวัด ที่ ชย 0023/ว 12", "เรียน ปลัดเทศบาล"],
            new List<string>());

        Assert.Equal("ขอรายงานผลการฉีดวัคซีน", result.Header!.Subject);
    }

    [Fact]
    public void ParseMemo_AgencyWrappedUnderItselfPhoneLabelAtRight_AgencyAndPhoneFromNextLine()
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ กองช่าง องค์การบริหารส่วน โทร.",
            "ตำบลโนนสูง : ๐ ๔๔๑๒ ๓๔๕๖",
            "ที่ นม ๘๐๑๐๑/๒๒ วันที่ ๑ มีนาคม ๒๕๖๗",
            "เรื่อง ขอซ่อมแซมถนน",
            "เรียน นายกองค์การบริหารส่วนตำบลโนนสูง",
        ], new List<string>());

        Assert.Equal("กองช่าง องค์การบริหารส่วนตำบลโนนสูง", result.Header!.Agency);
        Assert.Equal("0 4412 3456", result.Header.Phone);
        Assert.Equal("นม 80101/22", result.Header.Reference);
    }

    [Fact]
    public void ParseMemo_AgencyWrappedAfterItsPhone_Continued()
    {
        var result = _parser.ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ งานการเงิน กองคลัง เทศบาลเมือง โทร. 044-811234", "ชัยภูมิ", "ที่ ชย 52001/9", "วันที่ 9 ม.ค. 2567", "เรื่อง ขอเบิกเงิน", "เรียน ปลัดเทศบาล"],
            new List<string>());

        Assert.Equal("งานการเงิน กองคลัง เทศบาลเมืองชัยภูมิ", result.Header!.Agency);
        Assert.Equal("044-811234", result.Header.Phone);
    }

    [Fact]
    public void ParseMemo_PhoneOnItsOwnLineThenMisreadReferenceLine_AgencyNotPolluted()
    {
        var result = _parser.ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ ฝ่ายบริหารงานทั่วไป สำนักปลัดเทศบาล", "โทร. ๐๔๕ - ๖๑๒๓๔๕", "i na ๕๑๐๐๑/ ๑๓", "วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕", "เรื่อง ขอความเห็นชอบ", "เรียน นายกเทศมนตรี"],
            new List<string>());

        Assert.Equal("ฝ่ายบริหารงานทั่วไป สำนักปลัดเทศบาล", result.Header!.Agency);
        Assert.Equal("045-612345", result.Header.Phone);
        Assert.Equal("ขอความเห็นชอบ", result.Header.Subject);
    }

    [Fact]
    public void ParseMemo_BlankReferenceAndDateLabelMisread_ReferenceNullDateKept()
    {
        var result = _parser.ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ สำนักปลัด", "ที่ - วนท 10 มกราคม 2564", "เรื่อง ขอเชิญประชุม", "เรียน คณะกรรมการทุกท่าน"],
            new List<string>());

        Assert.Null(result.Header!.Reference);
        Assert.Equal("2021-01-10", result.Header.Date);
        Assert.Equal("10 มกราคม 2564", result.Header.DateText);
    }

    [Fact]
    public void ParseMemo_ReferenceWithDateLabelLost_DateSplitOff()
    {
        var result = _parser.ParseMemo(
            ["บันทึกข้อความ", "ส่วนราชการ กองคลัง", "ที่ ขก ๗๓๒๐๑/๔๕ ๒๐ พฤศจิกายน ๒๕๖๗", "เรื่อง ขออนุมัติ", "เรียน นายก"],
            new List<string>());

        Assert.Equal("ขก 73201/45", result.Header!.Reference);
        Assert.Equal("2024-11-20", result.Header.Date);
    }

    [Theory]
    [InlineData("เรียนนายอำเภอเมืองขอนแก่น", "นายอำเภอเมืองขอนแก่น")]
    [InlineData("เรยน ผู้อำนวยการโรงพยาบาล", "ผู้อำนวยการโรงพยาบาล")]
    [InlineData("เสนอ ปลัดองค์การบริหารส่วนจังหวัด", "ปลัดองค์การบริหารส่วนจังหวัด")]
    public void ParseMemo_AddresseeLabelVariants_Found(string line, string addressee)
    {
        var result = _parser.ParseMemo(["บันทึกข้อความ", "ส่วนราชการ กองช่าง", "ที่ -", "วันที่ 1 ต.ค. 66", "เรื่อง ทดสอบ", line, "ด้วยกองช่าง"], new List<string>());

        Assert.Equal(addressee, result.Header!.Addressee);
    }

    [Fact]
    public void ParseOrder_SubjectOverDecorativeRuleReadAsLetters_StopsAtTheRule()
    {
        var warnings = new List<string>();
        var result = _parser.ParseOrder(
        [
            "คำสั่งโรงเรียนบ้านหนองไผ่",
            "ที่ ๓๒/๒๕๖๕",
            "เรื่อง แต่งตั้งคณะกรรมการดำเนินงานประกันคุณภาพภายใน",
            "สถานศึกษา ปีการศึกษา ๒๕๖๕",
            "xoxoxoxoxoxoxoxoxoxoxo6xoxoxoxo",
            "เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย",
            "สั่ง ณ วันที่ ๑๒ พฤษภาคม พ.ศ. ๒๕๖๕",
        ], warnings);

        Assert.Equal("แต่งตั้งคณะกรรมการดำเนินงานประกันคุณภาพภายในสถานศึกษา ปีการศึกษา ๒๕๖๕", result.Header!.Subject);
        Assert.Equal(5, result.BodyStart);
        Assert.Equal("2022-05-12", result.Header.Date);
        Assert.Equal("๑๒ พฤษภาคม พ.ศ. ๒๕๖๕", result.Header.DateText);
        Assert.Equal("32/2565", result.Header.Reference);
    }

    [Fact]
    public void ParseOrder_NumberGluedToTitle_ReferenceIsTheOrderNumber()
    {
        var result = _parser.ParseOrder(
            ["คำสั่งที่ 17/2566", "เรื่อง มอบหมายหน้าที่", "ด้วยเทศบาลมีความจำเป็น", "สั่ง ณ วันที่ 3 เมษายน พ.ศ. 2566"],
            new List<string>());

        Assert.Equal("17/2566", result.Header!.Reference);
        Assert.Equal("3 เมษายน พ.ศ. 2566", result.Header.DateText);
    }
    [Theory] // the subject's fiscal year wrapped onto a line of its own, the era read split or specked
    [InlineData("พ. ศ. ๒๕๖๘")]
    [InlineData("พ.ุศ. ๒๕๖๘")]
    [InlineData("พ.ศ.๒๕๖๘")]
    public void ParseMemo_SubjectWrappedBeforeItsYearEraSplit_YearJoined(string yearLine)
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ สำนักงานสาธารณสุขอำเภอบ่อทอง จังหวัดชลบุรี",
            "ที่ ชบ ๐๐๓๓.๐๑๔/๓๕๒ วันที่ ๑๔ พฤศจิกายน ๒๕๖๗",
            "เรื่อง ขออนุมัติจัดทำมาตรการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ",
            yearLine,
            "เรียน สาธารณสุขอำเภอบ่อทอง",
            "๑. ความเป็นมา",
        ], new List<string>());

        Assert.Equal("ขออนุมัติจัดทำมาตรการป้องกันผลประโยชน์ทับซ้อน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", result.Header!.Subject);
        Assert.Equal("สาธารณสุขอำเภอบ่อทอง", result.Header.Addressee);
    }

    [Fact]
    public void ParseOrder_SubjectWrappedInsideItsFiscalYearIntoTheBodysBlock_YearJoined()
    {
        // The layout set the centred year line into one block with the body's first lines.
        var result = _parser.ParseOrder(
        [
            new BodyLine("ประกาศเทศบาลตำบลบ่อทอง", 0),
            new BodyLine("เรื่อง มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริต ประจำ", 1),
            new BodyLine("ปีงบประมาณ พ.ศ. ๒๕๖๘", 2),
            new BodyLine("เทศบาลตำบลบ่อทองได้วิเคราะห์ผลการประเมินคุณธรรมและ", 2),
            new BodyLine("ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐแล้ว จึงกำหนด", 2),
            new BodyLine("ประกาศ ณ วันที่ ๙ มกราคม พ.ศ. ๒๕๖๘", 3),
        ], new List<string>());

        Assert.Equal("มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", result.Header!.Subject);
        Assert.Equal(3, result.BodyStart);
    }

    [Fact]
    public void ParseOrder_SubjectEndsWithoutAFiscalPhraseYearLineBelow_NotJoined()
    {
        var result = _parser.ParseOrder(
        [
            new BodyLine("ประกาศเทศบาลตำบลบ่อทอง", 0),
            new BodyLine("เรื่อง มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริต", 1),
            new BodyLine("๒๕๖๘ เป็นปีที่เทศบาลได้รับการประเมินคุณธรรมและ", 2),
            new BodyLine("ความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐแล้ว จึงกำหนด", 2),
        ], new List<string>());

        Assert.Equal("มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริต", result.Header!.Subject);
    }
}
