using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Announced measures whose list lead the layout put a few lines above item 1 (item 1's wrapped lines printed between,
/// as a hanging indent may come out) and whose มาตรการ OCR read with a stray mark (texts written for these tests).
/// </summary>
public class DisplacedLeadMeasureTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_LeadAboveItemOnesWrappedLines_ItemsWithTheirTitles()
    {
        var page = Page(1, TextLines(
            "องค์การบริหารส่วนตำบลโพนทองจึงกำหนดมาตรการป้องกันการรับสินบน",
            "เพื่อให้บุคลากรถือปฏิบัติ ดังต่อไปนี้",
            "ทุกระดับ และรายงานผลต่อนายกภายในสามสิบวัน",
            "๑. ให้ผู้บังคับบัญชากำกับดูแลบุคลากรในสังกัด",
            "๒. ห้ามบุคลากรเรียกรับเงินหรือประโยชน์อื่นใด",
            "๓. ให้เปิดเผยผลการจัดซื้อจัดจ้างบนเว็บไซต์",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("ให้ผู้บังคับบัญชากำกับดูแลบุคลากรในสังกัดทุกระดับ และรายงานผลต่อนายกภายในสามสิบวัน", measures[0].Title);
        Assert.Equal("ห้ามบุคลากรเรียกรับเงินหรือประโยชน์อื่นใด", measures[1].Title);
    }

    [Theory]
    [InlineData("มาตรุการป้องกันการรับสินบน")]   // a mark added
    [InlineData("มาตรการป้องกันการรับสินบน")]
    public void Parse_MeasureWordWithAStrayMarkAndLeadDisplaced_Items(string measureWords)
    {
        var page = Page(1, TextLines(
            "องค์การบริหารส่วนตำบลโพนทองจึงได้กำหนด",
            measureWords + "ของบุคลากร",
            "ขึ้น เพื่อให้ผู้ปฏิบัติได้ถือปฏิบัติอย่างเคร่งครัด ดังต่อไปนี้",
            "ทุกระดับ และรายงานผลต่อนายก",
            "ภายในสามสิบวัน",
            "๑. ให้ผู้บังคับบัญชากำกับดูแลบุคลากรในสังกัด",
            "๒. ห้ามบุคลากรเรียกรับเงินหรือประโยชน์อื่นใด",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.EndsWith("ภายในสามสิบวัน", measures[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LeadTooFarAboveItemOne_NoList()
    {
        // Four lines of prose between the lead and item 1 are more than an item's displaced lines: no list is announced.
        var page = Page(1, TextLines(
            "เทศบาลจึงกำหนดมาตรการ ดังต่อไปนี้",
            "ในการนี้ เทศบาลได้แจ้งเวียนให้ส่วนราชการในสังกัด",
            "ทราบและถือปฏิบัติ พร้อมทั้งรายงานผลการดำเนินงาน",
            "ให้นายกเทศมนตรีทราบทุกไตรมาส",
            "อนึ่ง การดำเนินการให้เป็นไปตามระเบียบ",
            "๑. ให้ผู้บังคับบัญชากำกับดูแลบุคลากรในสังกัด",
            "๒. ห้ามบุคลากรเรียกรับเงินหรือประโยชน์อื่นใด",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        Assert.Empty(TextMeasureParser.Parse([page], 2567, warnings));
    }

    [Fact]
    public void Parse_LeadOnThePageBefore_LinesBetweenNotItemOnes()
    {
        // The lead closes page 1; page 2 opens with its running head before item 1: those lines are no part of item 1.
        var pages = new[]
        {
            Page(1, TextLines("เทศบาลจึงกำหนดมาตรการป้องกันการทุจริต ดังต่อไปนี้")),
            Page(2, TextLines("- ๒ -", "๑. ให้ผู้บังคับบัญชากำกับดูแลบุคลากรในสังกัด", "๒. ห้ามบุคลากรเรียกรับเงินหรือประโยชน์อื่นใด",
                "๓. ให้เปิดเผยผลการจัดซื้อจัดจ้างบนเว็บไซต์", "จึงประกาศให้ทราบโดยทั่วกัน")),
        };

        var measures = TextMeasureParser.Parse(pages, 2567, warnings);

        Assert.DoesNotContain(measures, m => m.Title.Contains("๒ -", StringComparison.Ordinal));
    }
}
