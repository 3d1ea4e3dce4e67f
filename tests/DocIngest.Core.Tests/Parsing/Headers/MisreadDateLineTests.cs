using DocIngest.Core.Parsing.Headers;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>A memo's ที่ … วันที่ … line whose date label and month OCR both misread (texts written for these tests).</summary>
public class MisreadDateLineTests
{
    private readonly HeaderParser _parser = new();

    [Theory]
    [InlineData("ขก ๗๔๓๐๒/๒๑๘ วงนท ๒๐ ผฤศจิกายน ๒๕๖๗", "ขก ๗๔๓๐๒/๒๑๘", "๒๐ พฤศจิกายน ๒๕๖๗")]
    [InlineData("นม 0033.312/478 วนท 5 ดุลาคม 2566", "นม 0033.312/478", "5 ตุลาคม 2566")]
    public void SplitReferenceAndDate_LabelAndMonthMisread_DateSplitOffWithItsMonth(string value, string reference, string date)
    {
        var split = HeaderFields.SplitReferenceAndDate(value);

        Assert.Equal(reference, split.Reference);
        Assert.Equal(date, split.Date);
    }

    [Fact]
    public void SplitReferenceAndDate_WordTwoLettersOffAMonth_NoDate()
    {
        var split = HeaderFields.SplitReferenceAndDate("ขก ๗๔๓๐๒/๒๑๘ วงนท ๒๐ ผฤศจกาบน ๒๕๖๗");

        Assert.Null(split.Date);
    }

    [Fact]
    public void ParseMemo_ReferenceLineWithDateLabelAndMonthMisread_ReferenceAndDate()
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ โรงพยาบาลนาดี อำเภอนาดี จังหวัดขอนแก่น",
            "ที่ ขก ๐๐๓๓.๒๑๕/๓๐๗ วงนท ๘ ถันวาคม ๒๕๖๖",
            "เรื่อง รายงานผลการเผยแพร่ข้อมูล",
            "เรียน ผู้อำนวยการโรงพยาบาลนาดี",
        ], new List<string>());

        Assert.Equal("ขก 0033.215/307", result.Header?.Reference);
        Assert.Equal("2023-12-08", result.Header?.Date);
        Assert.Equal("๘ ธันวาคม ๒๕๖๖", result.Header?.DateText);
    }
}
