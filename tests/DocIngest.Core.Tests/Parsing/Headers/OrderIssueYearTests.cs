using DocIngest.Core.Parsing.Headers;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>An order's issue line whose year OCR garbled (texts written for these tests).</summary>
public class OrderIssueYearTests
{
    private readonly HeaderParser _parser = new();

    [Fact]
    public void ParseOrder_IssueLineReadAsLatinAndYearGarbled_YearFromTheOrderNumber()
    {
        var warnings = new List<string>();
        var result = _parser.ParseOrder(
        [
            "คำสั่งโรงพยาบาลโนนแดง", "ที่ ๔๒/๒๕๖๘", "เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
            "เพื่อให้การตรวจรับพัสดุเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ ดังนี้",
            "๑. นายสมชาย ดีงาม นักวิชาการพัสดุ ประธานกรรมการ",
            "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป",
            "do tu Sun ๑๕ มกราคม พ.ศ. OEDCU",
            "(นายเกียรติ ศักดิ์ดี)", "ผู้อำนวยการโรงพยาบาลโนนแดง",
        ], warnings);

        Assert.Equal("2025-01-15", result.Header?.Date);
        Assert.Equal("๑๕ มกราคม พ.ศ. ๒๕๖๘", result.Header?.DateText);
        Assert.Contains(warnings, w => w.Contains("order number", StringComparison.Ordinal));
    }

    [Fact]
    public void ParseOrder_IssueYearOutsideTheDocumentsYearsAndNoNumber_PrintedTextKeptWithoutADate()
    {
        var result = _parser.ParseOrder(
        [
            "ประกาศโรงพยาบาลโนนแดง", "เรื่อง มาตรการป้องกันการรับสินบน",
            "เพื่อให้การปฏิบัติงานโปร่งใส จึงกำหนดมาตรการ ดังนี้",
            "จึงประกาศให้ทราบโดยทั่วกัน",
            "ประกาศ ณ วันที่ ๒๐ ธันวาคม พ.ศ. ๒๕9๐",
        ], new List<string>());

        Assert.Null(result.Header?.Date);
        Assert.Null(result.ParsedDate);
        Assert.Equal("๒๐ ธันวาคม พ.ศ. ๒๕9๐", result.Header?.DateText);
    }

    [Fact]
    public void ParseOrder_NoOrderNumber_NoYearGuessed()
    {
        var result = _parser.ParseOrder(
        [
            "คำสั่งโรงพยาบาลโนนแดง", "เรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ",
            "เพื่อให้การตรวจรับพัสดุเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ ดังนี้",
            "สั่ง ณ วันที่ ๑๕ มกราคม พ.ศ. OEDCU",
        ], new List<string>());

        Assert.Null(result.Header?.Date);
    }
}
