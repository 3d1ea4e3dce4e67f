using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Measure lists whose every item marker OCR damaged (issue 16, the damage sweep's marker-quote / marker-dot /
/// marker-latin kinds): no number was read to anchor a sequence on. Texts written for these tests, not copied from any
/// document.
/// </summary>
public class EveryMarkerDamagedTests
{
    private readonly List<string> warnings = [];

    /// <summary>Item lines indented (X 650) beyond their wrapped lines (X 350), as announcements print them.</summary>
    private static TextBlock Placed(params (int X, string Text)[] lines) =>
        new(lines.Select((l, i) => new TextLine(l.Text, new BoundingBox(l.X, 500 + i * 100, 1500, 80), 0.9)).ToList());

    private static readonly (int X, string Text)[] SpeckMarkers =
    [
        (350, "สำนักงานจึงกำหนดมาตรการป้องกันการรับสินบน ดังนี้"),
        (650, "'. ห้ามเจ้าหน้าที่รับเงินหรือสิ่งของจากผู้มาติดต่อราชการ"),
        (350, "ทุกกรณี"),
        (650, "'. ให้ผู้บังคับบัญชากำกับดูแลการปฏิบัติงานของเจ้าหน้าที่"),
        (650, "a: ให้เปิดเผยผลการจัดซื้อจัดจ้างบนเว็บไซต์ของสำนักงาน"),
        (350, "ภายในสิบห้าวัน"),
        (650, "'. ผู้ใดฝ่าฝืนประกาศนี้ให้ถือเป็นความผิดทางวินัย"),
        (650, "จึงประกาศให้ทราบโดยทั่วกัน"),
    ];

    [Fact]
    public void Parse_EveryMarkerDamagedAtTheItemsIndent_ItemsNumberedByPosition()
    {
        var measures = TextMeasureParser.Parse([Page(1, Placed(SpeckMarkers))], 2567, warnings);

        Assert.Equal([1, 2, 3, 4], measures.Select(m => m.Number!.Value));
        Assert.Equal("ห้ามเจ้าหน้าที่รับเงินหรือสิ่งของจากผู้มาติดต่อราชการทุกกรณี", measures[0].Title);
        Assert.Equal("ให้เปิดเผยผลการจัดซื้อจัดจ้างบนเว็บไซต์ของสำนักงานภายในสิบห้าวัน", measures[2].Title);
    }

    [Fact]
    public void Parse_EveryMarkerDamagedWithoutPositions_NoItemsInvented()
    {
        var measures = TextMeasureParser.Parse([Page(1, TextLines(SpeckMarkers.Select(l => l.Text).ToArray()))], 2567, warnings);

        Assert.Empty(measures);
    }

    [Fact]
    public void Parse_EveryMarkerDamagedWithoutWrappedLinesLeftOfThem_NoItemsInvented()
    {
        // Nothing stands left of the marked lines: their indentation sets nothing apart.
        var flush = SpeckMarkers.Select(l => (650, l.Text)).ToArray();

        var measures = TextMeasureParser.Parse([Page(1, Placed(flush))], 2567, warnings);

        Assert.Empty(measures);
    }

    [Fact]
    public void Parse_EveryMeasureNumberASpeck_MeasureWordsMakeTheItems()
    {
        var page = Page(1, TextLines(
            // No list lead: the measure word after each marker-shaped speck makes the items.
            "โรงพยาบาลได้วิเคราะห์ผลการประเมินแล้ว จึงกำหนดมาตรการ",
            "'. มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณรายเดือน",
            "ผู้รับผิดชอบ : กลุ่มงานบริหารทั่วไป",
            "'. มาตรการป้องกันการรับสินบนในการให้บริการ",
            "ผู้รับผิดชอบ : กลุ่มงานประกันสุขภาพ",
            "'. มาตรการจัดการเรื่องร้องเรียนอย่างเป็นระบบ",
            "ผู้รับผิดชอบ : กลุ่มงานการพยาบาล",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการป้องกันการรับสินบนในการให้บริการ", measures[1].Title);
        Assert.Equal(["กลุ่มงานประกันสุขภาพ"], measures[1].Responsible);
    }
}
