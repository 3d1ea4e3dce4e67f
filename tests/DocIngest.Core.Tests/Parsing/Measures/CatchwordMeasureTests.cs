using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// The catchword at the foot of a page: the next page's first words typed again at the bottom right (a Thai typing custom),
/// as OCR reads it, its dots garbled (texts written for these tests).
/// </summary>
public class CatchwordMeasureTests
{
    private readonly List<string> warnings = [];

    private static IReadOnlyList<Measure> ParseTwoPages(string footLine, string nextPageFirstLine) => TextMeasureParser.Parse(
    [
        Page(1, TextLines(
            "เพื่อให้การจัดซื้อจัดจ้างของหน่วยงานโปร่งใส จึงกำหนดมาตรการ ดังต่อไปนี้",
            "๑. จัดทำแผนการจัดซื้อจัดจ้างประจำปีและเผยแพร่ให้ทราบโดยทั่วกัน",
            "๒. มีการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปีงบประมาณ และนำผลมาใช้ในการปรับปรุง",
            "การจัดซื้อจัดจ้าง",
            footLine)),
        Page(2, TextLines(
            "-๒-",
            nextPageFirstLine,
            "ป้องกันการทุจริตในกระบวนการจัดซื้อจัดจ้าง",
            "จึงประกาศให้ทราบโดยทั่วกัน")),
    ], null, []);

    [Theory]
    [InlineData("/๓.ให้ทำรายงาน..:.")]       // the ellipsis read with a colon among its dots
    [InlineData("/๓.ให้ทำรายงาน")]           // the ellipsis lost
    [InlineData("…๓. ให้ทำรายงาน ,")]
    public void Parse_CatchwordRepeatingTheNextPageStart_DroppedFromTheItemAbove(string footLine)
    {
        var measures = ParseTwoPages(footLine, "๓. ให้ทำรายงานเกี่ยวกับการจัดซื้อจัดจ้างอย่างน้อยปีละหนึ่งครั้ง เพื่อเป็นการวางระบบ");

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มีการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปีงบประมาณ และนำผลมาใช้ในการปรับปรุงการจัดซื้อจัดจ้าง", measures[1].Title);
    }

    [Fact]
    public void Parse_CatchwordBeforeANextPageNumberReadAsLetters_Dropped()
    {
        // The next page's item number garbled ("oon" for ๓.): the catchword's words still open the line.
        var measures = ParseTwoPages("/๓.ให้ทำรายงาน..:.", "oon ให้ทำรายงานเกี่ยวกับการจัดซื้อจัดจ้างอย่างน้อยปีละหนึ่งครั้ง");

        Assert.DoesNotContain(measures, m => m.Title.Contains("ให้ทำรายงาน..", StringComparison.Ordinal));
        Assert.Contains("ในการปรับปรุงการจัดซื้อจัดจ้าง", measures[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SlashLineThatTheNextPageDoesNotRepeat_Kept()
    {
        // A line opening with a slash whose words the next page does not open with is text of the item.
        var measures = ParseTwoPages("/ให้ทำรายงาน", "๓. ดำเนินการทางวินัยกับผู้ไม่ปฏิบัติตามกฎหมาย หรือปฏิบัติหน้าที่โดยทุจริต");

        Assert.EndsWith("/ให้ทำรายงาน", measures[1].Title, StringComparison.Ordinal);
    }
}
