using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Numbered measures in prose whose item markers OCR damaged, found by the sequence of the numbers that were read
/// (texts written for these tests after the OCR of the scan- tuning announcements).
/// </summary>
public class AnnouncedMeasureSequenceTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_MarkerReadAsLetterAndColon_ItemFillsTheGap()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการป้องกันการรับสินบน ดังนี้",
            "๑. ห้ามบุคลากรเรียกรับเงินหรือประโยชน์อื่นใด",
            "๒. ห้ามบุคลากรรับของขวัญที่มีมูลค่าเกินสามพันบาท",
            "a: ให้เปิดเผยผลการจัดซื้อจัดจ้างทุกรายการบนเว็บไซต์",
            "ของโรงพยาบาลภายในสิบห้าวัน",
            "๔. ให้คณะทำงานพิจารณาเรื่องร้องเรียนภายในสามสิบวัน",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3, 4], measures.Select(m => m.Number!.Value));
        Assert.Equal("ให้เปิดเผยผลการจัดซื้อจัดจ้างทุกรายการบนเว็บไซต์ของโรงพยาบาลภายในสิบห้าวัน", measures[2].Title);
    }

    [Fact]
    public void Parse_TwoMarkersDamagedInARow_BothItemsFillTheGap()
    {
        var page = Page(1, TextLines(
            "เทศบาลจึงกำหนดมาตรการ ดังต่อไปนี้",
            "๑. ให้เผยแพร่แผนการจัดซื้อจัดจ้างประจำปี",
            "ด. ให้เปิดเผยขั้นตอนการให้บริการทุกงาน",
            "๓ ให้ประชาชนมีส่วนร่วมตรวจสอบโครงการ",
            "๔. ให้ประเมินความเสี่ยงการทุจริตทุกปี",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3, 4], measures.Select(m => m.Number!.Value));
        Assert.Equal("ให้เปิดเผยขั้นตอนการให้บริการทุกงาน", measures[1].Title);
        Assert.Equal("ให้ประชาชนมีส่วนร่วมตรวจสอบโครงการ", measures[2].Title);
    }

    [Fact]
    public void Parse_FirstMarkerReadAsAnotherNumber_ItemOne()
    {
        var page = Page(1, TextLines(
            "เทศบาลตำบลจึงกำหนดมาตรการส่งเสริมความโปร่งใส ดังต่อไปนี้",
            "2 มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี",
            "และรายงานผลทุกเดือน",
            "๒. มาตรการเปิดเผยขั้นตอนการให้บริการประชาชน",
            "๓. มาตรการประเมินความเสี่ยงการทุจริต",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปีและรายงานผลทุกเดือน", measures[0].Title);
    }

    [Fact]
    public void Parse_ContinuationLinesInAGap_GapLeftUnexplained()
    {
        // Two lines with marker-like openings where one item is missing, neither garbled in an item's shape: which one
        // is the item is not known, so none is taken; the items read stay as read.
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการ ดังนี้",
            "๑. ห้ามบุคลากรเรียกรับเงินหรือประโยชน์อื่นใด",
            "' ให้คณะทำงานรายงานผลทุกเดือนต่อผู้อำนวยการ",
            "๑๕ วันนับแต่วันที่ได้รับเรื่องร้องเรียน",
            "๓. ให้จัดอบรมบุคลากรใหม่ทุกคน",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.DoesNotContain(measures, m => m.Number == 2);
    }

    /// <summary>Lines as a scan places them: (left edge, text), one line height (40) apart.</summary>
    private static TextBlock PlacedLines(params (int Left, string Text)[] lines) =>
        new(lines.Select((l, k) => new TextLine(l.Text, new BoundingBox(l.Left, 400 + 50 * k, 1400 - l.Left, 40), 0.9)).ToList());

    [Fact]
    public void Parse_ItemsSetApartByIndentation_MarkersReadWrongNumberedInOrder()
    {
        // Items open 160 px right of their wrapped lines; ๓. was read "ต", ๔. as "๒" and ๕. as "๓." (a number already used).
        var page = Page(1, PlacedLines(
            (200, "โรงพยาบาลจึงกำหนดมาตรการป้องกันการเรียกรับสินบน ลังนี้"),
            (360, "9. ห้ามเจ้าหน้าที่เรียกรับเงินหรือสิ่งของจากผู้ป่วย"),
            (360, "๒. ให้ติดป้ายประกาศงดรับของขวัญทุกจุดบริการ"),
            (360, "ต ให้เปิดเผยอัตราค่าบริการทุกรายการไว้ที่จุดชำระเงิน"),
            (360, "๒ ให้ออกใบเสร็จรับเงินทุกครั้งที่มีการรับชำระ"),
            (200, "ค่าบริการ"),
            (360, "๓. ให้จัดทำทะเบียนคุมการยืมครุภัณฑ์การแพทย์"),
            (360, "๖. ให้รายงานผลตามมาตรการนี้ต่อผู้อำนวยการทุกไตรมาส"),
            (200, ":'จึงประกาศมาเพื่อทราบและถือปฏิบัติ")));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3, 4, 5, 6], measures.Select(m => m.Number!.Value));
        Assert.Equal("ให้เปิดเผยอัตราค่าบริการทุกรายการไว้ที่จุดชำระเงิน", measures[2].Title);
        Assert.Equal("ให้ออกใบเสร็จรับเงินทุกครั้งที่มีการรับชำระค่าบริการ", measures[3].Title);
        Assert.Equal("ให้รายงานผลตามมาตรการนี้ต่อผู้อำนวยการทุกไตรมาส", measures[5].Title);
    }

    [Fact]
    public void Parse_ItemsNotIndentedBeyondTheirWrappedLines_IndentationNotUsed()
    {
        // A list indented as a whole: items and wrapped lines start at the same place, so a line is no item for its place.
        var page = Page(1, PlacedLines(
            (200, "เทศบาลจึงกำหนดมาตรการ ดังต่อไปนี้"),
            (360, "๑. มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี"),
            (360, "และรายงานผลการจัดซื้อจัดจ้างทุกเดือน"),
            (360, "๒. มาตรการเปิดเผยขั้นตอนการให้บริการประชาชน"),
            (360, "จึงประกาศให้ทราบโดยทั่วกัน")));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปีและรายงานผลการจัดซื้อจัดจ้างทุกเดือน", measures[0].Title);
    }
}
