using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Headers;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>
/// Header labels and dates with the specks and misreads OCR left on the tuning documents' scans (texts written for these
/// tests, in the damage seen there).
/// </summary>
public class HeaderSpeckTests
{
    private readonly HeaderParser _parser = new();

    [Fact]
    public void ParseOrder_ParenthesisSpeckBeforeTheSubjectLabel_SubjectRead()
    {
        var header = _parser.ParseOrder(
        [
            "ประกาศองค์การบริหารส่วนตำบลโนนทอง",
            ") เรื่อง มาตรการป้องกันการทุจริตและส่งเสริมความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            "เพื่อให้การบริหารงานขององค์การบริหารส่วนตำบลโนนทองเป็นไปด้วยความโปร่งใส",
        ], new List<string>()).Header;

        Assert.Equal("มาตรการป้องกันการทุจริตและส่งเสริมความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", header?.Subject);
    }

    [Fact]
    public void ParseOrder_EraGarbledAtTheSubjectsEndAndYearAmongSpecksBelow_EraAndYearJoined()
    {
        var header = _parser.ParseOrder(
        [
            "ประกาศองค์การบริหารส่วนตำบลโนนทอง",
            "เรื่อง มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พเต.",
            "' u ๒๕๖๘ |",
            "เพื่อให้การบริหารงานขององค์การบริหารส่วนตำบลโนนทองเป็นไปด้วยความโปร่งใส",
        ], new List<string>()).Header;

        Assert.Equal("มาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", header?.Subject);
    }

    [Fact]
    public void ParseOrder_QuoteSpeckBeforeTheLabelAndEraReadAsThreePieces_SubjectWithItsYear()
    {
        var header = _parser.ParseOrder(
        [
            "ประกาศสำนักงานสาธารณสุขอำเภอบ้านลาด",
            "“ เรื่อง มาตรการป้องกันการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ ห พ. a.",
            "' :, ๒๕๖๘ ' Pe ae",
            "เพื่อให้การปฏิบัติราชการของสำนักงานสาธารณสุขอำเภอบ้านลาดเป็นไปด้วยความโปร่งใส",
        ], new List<string>()).Header;

        Assert.Equal("มาตรการป้องกันการทุจริตและประพฤติมิชอบ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", header?.Subject);
    }

    private const string Agency = "โรงเรียนบ้านหนองแวง สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต ๓";

    /// <summary>A memo's head whose agency lines are given; the reference, date, subject and addressee lines follow.</summary>
    private MemoHeader? MemoWithAgencyLines(params string[] agencyLines) => _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            .. agencyLines,
            "ที่ ศธ ๐๔๐๘๓.๑๗๒/๒๑๕ วันที่ ๒๐ ธันวาคม ๒๕๖๖",
            "เรื่อง ขอความเห็นชอบมาตรการส่งเสริมความโปร่งใส",
            "เรียน ผู้อำนวยการโรงเรียนบ้านหนองแวง",
        ], new List<string>()).Header;

    [Fact]
    public void ParseMemo_AgencyLabelTwoLettersOff_AgencyRead() =>
        Assert.Equal(Agency, MemoWithAgencyLines("สั่วนราชภาร " + Agency)?.Agency);

    [Fact]
    public void ParseMemo_AgencyWrappedWithItsAreaNumberAndASpeck_NumberKept() =>
        Assert.Equal(Agency, MemoWithAgencyLines("ส่วนราชการ โรงเรียนบ้านหนองแวง สำนักงานเขตพื้นที่การศึกษาประถม", "ศึกษาขอนแก่น เขต ๓ |")?.Agency);

    [Fact]
    public void ParseMemo_AgencyLabelThreeLettersOffBeforeAnAgencyName_AgencyRead() =>
        // sections20-memo-garbled-heads (tuning): ส่วนราชการ read "จวนขาหการ".
        Assert.Equal(Agency, MemoWithAgencyLines("จวนขาหการ " + Agency)?.Agency);

    [Fact]
    public void ParseMemo_AgencyLabelThreeLettersOffBeforeOtherWords_NoAgency() =>
        Assert.Null(MemoWithAgencyLines("จวนขาหการ บ้านหนองแวง สำนักงานเขตพื้นที่การศึกษา")?.Agency);

    [Theory]
    // sections20-memo-plain-lamduan (tuning): a tone mark and a colon read before the label.
    [InlineData("๊: ส่วนราชการ " + Agency)]
    [InlineData("- ส่วนราชการ " + Agency)]
    [InlineData("~ . ส่วนราชการ " + Agency)]
    public void ParseMemo_MarkOrDashSpecksBeforeTheAgencyLabel_AgencyRead(string line) =>
        Assert.Equal(Agency, MemoWithAgencyLines(line)?.Agency);

    [Fact]
    public void ParseMemo_DashBeforeTheSubjectLabel_SubjectWithoutItsLabel()
    {
        // sections20-memo-garbled-heads (tuning): "- เรื่อง …" was taken with its label as a subject whose label was lost.
        var header = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ " + Agency,
            "ที่ ศธ ๐๔๐๘๓.๑๗๒/๒๑๕ วันที่ ๒๐ ธันวาคม ๒๕๖๖",
            "- เรื่อง ขอความเห็นชอบแนวทางป้องกันการใช้รถราชการเพื่อประโยชน์ส่วนตน",
            "เรียน ผู้อำนวยการโรงเรียนบ้านหนองแวง",
        ], new List<string>()).Header;

        Assert.Equal("ขอความเห็นชอบแนวทางป้องกันการใช้รถราชการเพื่อประโยชน์ส่วนตน", header?.Subject);
    }

    [Theory]
    // sections20-memo-garbled-heads (tuning): specks between the number and วันที่ read as Arabic digits.
    [InlineData("บร ๐๐๓๓.๓๐๒/๕๐๙ 523 7", "บร 0033.302/509")]
    [InlineData("บร ๐๐๓๓.๓๐๒/๕๐๙ 1", "บร 0033.302/509")]
    [InlineData("บร 0033.302/509", "บร 0033.302/509")]
    public void NormalizeReference_ArabicDigitSpecksAfterAThaiNumber_Dropped(string printed, string expected) =>
        Assert.Equal(expected, HeaderFields.NormalizeReference(printed));

    [Fact]
    public void ParseMemo_FirstWordThreeLettersOffTheAgencyLabel_NoAgency() =>
        Assert.Null(MemoWithAgencyLines("สำนักงานเขต โรงเรียนบ้านหนองแวง")?.Agency);

    [Theory]
    [InlineData("วันที่ ๒๐ 0 ธันวาคม ๒๕๖๖", "2023-12-20", "๒๐ ธันวาคม ๒๕๖๖")]
    [InlineData("๕ ' มกราคม ๒๕๖๗", "2024-01-05", "๕ มกราคม ๒๕๖๗")]
    // The speck touching the month or the day.
    [InlineData("วันที่ ๒๓ 'มีนาคม ๒๕๖๗", "2024-03-23", "๒๓ มีนาคม ๒๕๖๗")]
    [InlineData("๓‘ ตุลาคม ๒๕๖๖", "2023-10-03", "๓ ตุลาคม ๒๕๖๖")]
    [InlineData("๑๒,มิถุนายน ๒๕๖๘", "2025-06-12", "๑๒ มิถุนายน ๒๕๖๘")]
    public void FirstDate_SpeckBetweenDayAndMonth_DateRead(string text, string iso, string printed)
    {
        var date = HeaderFields.FirstDate(text);

        Assert.Equal(iso, date?.Iso);
        Assert.Equal(printed, date?.Printed);
    }

    [Fact]
    public void FirstDate_SpeckBeforeTheMonthAndYearReadWithALookAlike_BothRepaired() =>
        Assert.Equal("2024-02-08", HeaderFields.FirstDate("สั่ง ณ วันที่ ๘ ' กุมภาพันธ์ พ.ศ. ๒๔๖๗")?.Iso);

    [Fact]
    public void SplitReferenceAndDate_SpeckBetweenTheDayAndTheMonth_DayGoesWithTheDate()
    {
        var (reference, date) = HeaderFields.SplitReferenceAndDate("อว ๐๖๐๔.๐๒/๑๔๒๕ วงนท ๒๒ ' สิงหาคม ๒๕๖๗");

        Assert.Equal("อว ๐๖๐๔.๐๒/๑๔๒๕", reference);
        Assert.Equal("๒๒ ' สิงหาคม ๒๕๖๗", date);
    }

    [Fact]
    public void SplitReferenceAndDate_SpeckTouchingTheMonth_DayGoesWithTheDate()
    {
        var (reference, date) = HeaderFields.SplitReferenceAndDate("อว ๐๖๐๔.๐๒/๑๔๒๕ วงนท ๒๒ 'สิงหาคม ๒๕๖๗");

        Assert.Equal("อว ๐๖๐๔.๐๒/๑๔๒๕", reference);
        Assert.Equal("๒๒ 'สิงหาคม ๒๕๖๗", date);
    }

    [Fact]
    public void FirstDate_DigitAfterAOneDigitDay_NotTakenForASpeck() =>
        // ๒ 0 may be ๒๐ set apart: which day it is cannot be known.
        Assert.Null(HeaderFields.FirstDate("๒ 0 ธันวาคม ๒๕๖๖"));

    [Fact]
    public void ParseOrder_IssueDateLabelReadAsLatin_DateRead()
    {
        var header = _parser.ParseOrder(
        [
            "ประกาศสำนักงานสาธารณสุขอำเภอบ้านลาด",
            "เรื่อง มาตรการป้องกันการทุจริตและประพฤติมิชอบ",
            "เพื่อให้การปฏิบัติราชการเป็นไปด้วยความโปร่งใส จึงกำหนดมาตรการ ดังนี้",
            "ประกาศให้ทราบโดยทั่วกัน",
            "ประกาศ ณ yun ๒ ธันวาคม พ.ศ. , ๒๕๖๗",
            "(นายอำนาจ ใจดี)",
        ], new List<string>()).Header;

        Assert.Equal("2024-12-02", header?.Date);
        Assert.Equal("๒ ธันวาคม พ.ศ. ๒๕๖๗", header?.DateText);
    }
}
