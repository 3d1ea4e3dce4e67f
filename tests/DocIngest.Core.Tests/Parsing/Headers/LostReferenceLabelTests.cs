using DocIngest.Core.Parsing.Headers;

namespace DocIngest.Core.Tests.Parsing.Headers;

/// <summary>A memo's ที่ line whose label OCR lost, alone on its line (texts written for these tests).</summary>
public class LostReferenceLabelTests
{
    private readonly HeaderParser _parser = new();

    [Fact]
    public void ParseMemo_ReferenceLineWithLabelLostAndMarkOnTheCode_Reference()
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ สำนักงานสาธารณสุขอำเภอโนนแดง จังหวัดนครราชสีมา",
            "n นมุ ๐๐๓๓.๓๑๒/๔๗๘",
            "วันที่ ๒๑ มกราคม ๒๕๖๘",
            "เรื่อง รายงานผลการเผยแพร่ข้อมูล",
            "เรียน สาธารณสุขอำเภอโนนแดง",
            "ตามที่สำนักงานสาธารณสุขจังหวัดได้แจ้งให้รายงานผล นั้น",
        ], new List<string>());

        Assert.Equal("นม 0033.312/478", result.Header?.Reference);
        Assert.Equal("2025-01-21", result.Header?.Date);
        Assert.Equal("รายงานผลการเผยแพร่ข้อมูล", result.Header?.Subject);
    }

    [Fact]
    public void ParseMemo_FractionInTheBodyAfterTheHeader_NoReference()
    {
        var result = _parser.ParseMemo(
        [
            "บันทึกข้อความ",
            "ส่วนราชการ สำนักงานสาธารณสุขอำเภอโนนแดง",
            "วันที่ ๒๑ มกราคม ๒๕๖๘",
            "เรื่อง รายงานผล",
            "เรียน สาธารณสุขอำเภอโนนแดง",
            "ตามที่ ศธ ๐๔๑๔/๑๒๓",
        ], new List<string>());

        Assert.Null(result.Header?.Reference);
    }
}
