using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// A labelled period whose first month and year fill its line and whose range end wraps onto the next ("ระยะเวลา ตุลาคม
/// ๒๕๖๗" / "- พฤษภาคม ๒๕๖๘"); texts written for these tests.
/// </summary>
public class WrappedRangeEndTests
{
    private readonly List<string> warnings = [];

    private static DocIngest.Core.Content.PageContent Announcement(string periodLine, string nextLine) => Page(1, TextLines(
        "โรงพยาบาลจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน ดังนี้",
        "1. มาตรการไม่รับของขวัญและประโยชน์อื่นใดจากการปฏิบัติหน้าที่",
        "ก. ประชุมชี้แจงแนวทางปฏิบัติแก่ผู้เกี่ยวข้อง",
        periodLine,
        nextLine,
        "2. มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือนบนเว็บไซต์",
        "ผู้รับผิดชอบ งานพัสดุ ระยะเวลา มีนาคม - เมษายน ๒๕๖๘",
        "จึงประกาศให้ทราบโดยทั่วกัน"));

    [Theory]
    [InlineData("- พฤษภาคม ๒๕๖๘")]
    [InlineData("ถึงเดือนพฤษภาคม ๒๕๖๘")]
    public void Parse_RangeEndWrappedUnderWholeMonth_OnePeriod(string wrapped)
    {
        var measures = TextMeasureParser.Parse([Announcement("ผู้รับผิดชอบ กลุ่มงานยุทธศาสตร์ ระยะเวลา ตุลาคม ๒๕๖๗", wrapped)], 2568, warnings);

        Assert.Equal(("2024-10-01", "2025-05-31"), (measures[0].Period!.Start, measures[0].Period!.End));
    }

    [Fact]
    public void Parse_RangeAlreadyWhole_NextDashLineIsNoPartOfIt()
    {
        var measures = TextMeasureParser.Parse([Announcement("ผู้รับผิดชอบ กลุ่มงานยุทธศาสตร์ ระยะเวลา ตุลาคม - ธันวาคม ๒๕๖๗", "- พฤษภาคม ๒๕๖๘")], 2568, warnings);

        Assert.Equal(("2024-10-01", "2024-12-31"), (measures[0].Period!.Start, measures[0].Period!.End));
    }
}
