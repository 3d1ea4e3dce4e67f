using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>Numbered measures whose steps are sub-items 1.1 / 1.2 or ก. / ข. (texts written for these tests).</summary>
public class SubItemMeasureTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_DecimalStepsWithTheirPointSpacedOrLostAndLabelledLines_StepsUnitAndFiscalYearPeriod()
    {
        var page = Page(1, TextLines(
            "เทศบาลตำบลโนนแดงจึงกำหนดมาตรการป้องกันการทุจริต ดังต่อไปนี้",
            "1. มาตรการเปิดเผยขั้นตอนการขออนุญาตประกอบกิจการ",
            "1.1 ติดประกาศขั้นตอนไว้ที่จุดบริการ",
            "1 2 เผยแพร่แบบคำขอบนเว็บไซต์",
            "ผู้รับผิดชอบ กองสาธารณสุขและสิ่งแวดล้อม",
            "ระยะเวลา ตลอดปีงบประมาณ พ.ศ. 2568",
            "2. มาตรการสุ่มตรวจการออกใบอนุญาต",
            "2.1 สุ่มตรวจใบอนุญาตเดือนละครั้ง",
            "2. 2 รายงานผลต่อนายกเทศมนตรี",
            "ผู้รับผิดชอบ สำนักปลัด",
            "ระยะเวลา มกราคม - มีนาคม 2568",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal(["ติดประกาศขั้นตอนไว้ที่จุดบริการ", "เผยแพร่แบบคำขอบนเว็บไซต์"], measures[0].Steps);
        Assert.Equal(["กองสาธารณสุขและสิ่งแวดล้อม"], measures[0].Responsible);
        Assert.Equal(("2024-10-01", "2025-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["สุ่มตรวจใบอนุญาตเดือนละครั้ง", "รายงานผลต่อนายกเทศมนตรี"], measures[1].Steps);
    }

    [Fact]
    public void Parse_ThaiLetterStepsAfterAProseUnitAndPeriod_StepsKeptApartFromTheTitle()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลโนนแดงจึงกำหนดมาตรการ ดังนี้",
            "๑. มาตรการตรวจสอบการเบิกจ่ายค่าตอบแทน โดยมีงานการเงินเป็นผู้รับผิดชอบ ดำเนินการระหว่างเดือนมกราคม - มีนาคม ๒๕๖๘",
            "ก. ตรวจสอบหลักฐานการปฏิบัติงานก่อนเบิกจ่าย",
            "ข. รายงานผลการตรวจสอบต่อผู้อำนวยการ",
            "๒. มาตรการเผยแพร่ผลการจัดซื้อจัดจ้าง",
            "ก. เผยแพร่สรุปผลทุกเดือน",
            "หน่วยงานรับผิดชอบ : งานพัสดุ",
            "ระยะเวลาดำเนินการ : ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal("มาตรการตรวจสอบการเบิกจ่ายค่าตอบแทน", measures[0].Title);
        Assert.Equal(["ตรวจสอบหลักฐานการปฏิบัติงานก่อนเบิกจ่าย", "รายงานผลการตรวจสอบต่อผู้อำนวยการ"], measures[0].Steps);
        Assert.Equal(["งานการเงิน"], measures[0].Responsible);
        Assert.Equal(("2025-01-01", "2025-03-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["เผยแพร่สรุปผลทุกเดือน"], measures[1].Steps);
        Assert.Equal(["งานพัสดุ"], measures[1].Responsible);
    }

    [Fact]
    public void Parse_StepsNumberedFromOneInTheItemsOwnForm_StepsOfThatItem()
    {
        var page = Page(1, TextLines(
            "สำนักงานเขตโนนแดงจึงกำหนดมาตรการ ดังนี้",
            "๑. มาตรการเผยแพร่แผนการใช้จ่ายงบประมาณ",
            "1. จัดทำแผนการใช้จ่ายงบประมาณประจำปี",
            "ข. รายงานผลการใช้จ่ายทุกไตรมาส",
            "ผู้รับผิดชอบ งานการเงิน",
            "๒. มาตรการรับเรื่องร้องเรียน",
            "ก. เปิดช่องทางร้องเรียนออนไลน์",
            "ผู้รับผิดชอบ งานบริหารทั่วไป",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal(["จัดทำแผนการใช้จ่ายงบประมาณประจำปี", "รายงานผลการใช้จ่ายทุกไตรมาส"], measures[0].Steps);
        Assert.Equal(["งานการเงิน"], measures[0].Responsible);
    }

    [Theory]
    [InlineData("๑๓.๓๐ น. ประชุมคณะกรรมการ")]
    [InlineData("ก.พ. ๒๕๖๘ ประชุม")]
    public void Split_TimeOrAbbreviationAtALineStart_NoNewItem(string line)
    {
        var items = CellItemSplitter.Split(["๑. ประชุมชี้แจงบุคลากรทุกกลุ่มงาน", line], linesAreParagraphs: false, WrapJoin.ThaiAware);

        Assert.Single(items);
    }
}
