using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Numbered measures in announcements as the measures sweep (tools/sweep) showed them failing on its sweep-tune fonts;
/// texts written for these tests after the OCR of the sweep's pages, not copied from them.
/// </summary>
public class SweepMeasureDamageTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_KhoMarkerBrokenByOcr_ItemKeepsItsPlaceAndTheListGoesOn()
    {
        var page = Page(1, TextLines(
            "เทศบาลตำบลจึงกำหนดมาตรการป้องกันการทุจริต ดังนี้",
            "ข้อ 1 มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี",
            "ข้อ 2 มาตรการเปิดเผยขั้นตอนการให้บริการประชาชน",
            "อ3 มาตรการประเมินความเสี่ยงการทุจริตทุกปี",
            "ซ้อ ๔ มาตรการรับเรื่องร้องเรียนทางเว็บไซต์",
            "ข้อ 5 มาตรการอบรมบุคลากรเรื่องประมวลจริยธรรม",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3, 4, 5], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการประเมินความเสี่ยงการทุจริตทุกปี", measures[2].Title);
        Assert.Equal("มาตรการรับเรื่องร้องเรียนทางเว็บไซต์", measures[3].Title);
    }

    [Fact]
    public void Parse_KhoBrokenWithAnotherNumber_NotTakenAsTheNextItem()
    {
        // A line that looks like a broken ข้อ but carries a number out of sequence is no item.
        var page = Page(1, TextLines(
            "เทศบาลตำบลจึงกำหนดมาตรการป้องกันการทุจริต ดังนี้",
            "ข้อ 1 มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี",
            "ข้อ 2 มาตรการเปิดเผยขั้นตอนการให้บริการประชาชน",
            "อ9 วันนับแต่วันที่ได้รับเรื่องร้องเรียนทุกเรื่อง",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.EndsWith("ทุกเรื่อง", measures[1].Title);
    }

    [Fact]
    public void Parse_TitleWrappedWithDoiAndStepLines_DoiStaysInTheTitle()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการส่งเสริมคุณธรรม ดังนี้",
            "๑. มาตรการกำกับการใช้รถราชการและน้ำมันเชื้อเพลิง โดยยึดหลักความโปร่งใส",
            "ความคุ้มค่า และความรับผิดชอบต่อผลการดำเนินงาน",
            "- จัดทำทะเบียนควบคุมการใช้รถ",
            "- รายงานผลต่อผู้บริหารทุกไตรมาส",
            "ผู้รับผิดชอบ งานพัสดุ ระยะเวลา ตุลาคม - ธันวาคม ๒๕๖๗",
            "๒. มาตรการรับเรื่องร้องเรียนการทุจริต",
            "- เปิดช่องทางร้องเรียนทางเว็บไซต์",
            "ผู้รับผิดชอบ งานนิติการ ระยะเวลา มกราคม - มีนาคม ๒๕๖๘",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal("มาตรการกำกับการใช้รถราชการและน้ำมันเชื้อเพลิง โดยยึดหลักความโปร่งใสความคุ้มค่า และความรับผิดชอบต่อผลการดำเนินงาน",
            measures[0].Title);
        Assert.Equal(["จัดทำทะเบียนควบคุมการใช้รถ", "รายงานผลต่อผู้บริหารทุกไตรมาส"], measures[0].Steps);
    }

    [Fact]
    public void Parse_FullStopsReadAsColons_ItemsStillNumbered()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน ดังนี้",
            "1: มาตรการอบรมบุคลากรเรื่องประมวลจริยธรรม",
            "ก. แต่งตั้งคณะทำงานตรวจสอบข้อเท็จจริง",
            "ผู้รับผิดชอบ กลุ่มงานทรัพยากรบุคคล",
            "2: มาตรการเปิดเผยหลักเกณฑ์การคัดเลือกบุคลากร",
            "ก. เผยแพร่ผลบนเว็บไซต์ของหน่วยงาน",
            "3. มาตรการส่งเสริมการมีส่วนร่วมของประชาชน",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการอบรมบุคลากรเรื่องประมวลจริยธรรม", measures[0].Title);
    }

    [Fact]
    public void Parse_TimeWithColonInAList_NoItem()
    {
        // "10:30 น." is a time, not item 10: a colon counts as a marker only before Thai words.
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการ ดังนี้",
            "1. มาตรการประชุมชี้แจงบุคลากรทุกเดือน",
            "10:30 น. ณ ห้องประชุมโรงพยาบาล",
            "2. มาตรการรายงานผลต่อผู้บริหารทุกไตรมาส",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
    }

    [Fact]
    public void Parse_InlineStepsWrappedOntoLinesOpeningWithMarkers_StepsUnitAndPeriodRead()
    {
        var page = Page(1, TextLines(
            "เทศบาลตำบลจึงกำหนดมาตรการส่งเสริมคุณธรรม ดังนี้",
            "๑. มาตรการตรวจสอบการเบิกจ่ายค่าตอบแทนการปฏิบัติงานนอกเวลา",
            "ราชการ ให้ดำเนินการ (๑) เปิดช่องทางรับฟังความคิดเห็นจากผู้รับบริการ",
            "(๒) ติดตามและประเมินผลเมื่อสิ้นปีงบประมาณ โดยให้กลุ่มงานบริหาร",
            "ทั่วไปเป็นผู้รับผิดชอบ ตั้งแต่เดือนตุลาคม ๒๕๖๖ ถึงเดือนมกราคม ๒๕๖๗",
            "๒. มาตรการตรวจติดตามการใช้จ่ายงบประมาณรายไตรมาส ให้ดำเนินการ",
            "(๑) จัดทำแบบรายงานและทะเบียนควบคุม ๒) รายงานผลต่อผู้บริหารทุก",
            "ไตรมาส โดยให้งานนิติการเป็นผู้รับผิดชอบ ตั้งแต่เดือนพฤศจิกายน ๒๕๖๖",
            "ถึงเดือนสิงหาคม ๒๕๖๗",
            "๓, มาตรการประเมินความเสี่ยงการทุจริตในกระบวนการอนุมัติอนุญาต",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการตรวจสอบการเบิกจ่ายค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ", measures[0].Title.Replace(" ", ""));
        Assert.Equal(2, measures[0].Steps.Count);
        Assert.Equal(["กลุ่มงานบริหารทั่วไป"], measures[0].Responsible);
        Assert.Equal("2024-01-31", measures[0].Period!.End);
        Assert.Equal("มาตรการตรวจติดตามการใช้จ่ายงบประมาณรายไตรมาส", measures[1].Title);
        Assert.Equal(2, measures[1].Steps.Count);
        Assert.Equal(["งานนิติการ"], measures[1].Responsible);
    }

    [Fact]
    public void Parse_StepLinesAfterALeadIn_StayStepLines()
    {
        // Marker 1 after ดังนี้ on a line that is a plain step (no next marker, unit or period in it): a list of lines.
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการ ดังนี้",
            "๑. มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง ให้ดำเนินการ",
            "(๑) รวบรวมสรุปผลการจัดซื้อจัดจ้างของทุกกลุ่มงาน",
            "(๒) เผยแพร่บนเว็บไซต์ของโรงพยาบาลทุกเดือน",
            "ผู้รับผิดชอบ กลุ่มงานบริหารทั่วไป",
            "๒. มาตรการรับเรื่องร้องเรียนการทุจริต",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal(["รวบรวมสรุปผลการจัดซื้อจัดจ้างของทุกกลุ่มงาน", "เผยแพร่บนเว็บไซต์ของโรงพยาบาลทุกเดือน"], measures[0].Steps);
        Assert.Equal(["กลุ่มงานบริหารทั่วไป"], measures[0].Responsible);
    }

    [Fact]
    public void Parse_MeasureItemsWithNumbersMisread_TakenInTheirOrder()
    {
        var page = Page(1, TextLines(
            "สำนักงานจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน ดังนี้",
            "๑. มาตรการไม่รับของขวัญและประโยชน์อื่นใด",
            "๒. มาตรการป้องกันการใช้ทรัพย์สินของราชการ",
            "๓๑. มาตรการอบรมบุคลากรเรื่องประมวลจริยธรรม",
            "“9. มาตรการประเมินความเสี่ยงการทุจริต",
            "of, มาตรการกำกับการใช้รถราชการและน้ำมันเชื้อเพลิง",
            "๖. มาตรการรับเรื่องร้องเรียนการทุจริต",
            "๖.๑ มาตรการย่อยเปิดช่องทางร้องเรียนทางเว็บไซต์",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3, 4, 5, 6], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการอบรมบุคลากรเรื่องประมวลจริยธรรม", measures[2].Title);
        Assert.Equal("มาตรการกำกับการใช้รถราชการและน้ำมันเชื้อเพลิง", measures[4].Title);
    }

    [Fact]
    public void Parse_StepMarkersDamagedAndPeriodWrapped_StepsApartAndPeriodWhole()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน ดังนี้",
            "๑. มาตรการอบรมบุคลากรเรื่องประมวลจริยธรรม",
            "Nn. แต่งตั้งคณะทำงานตรวจสอบข้อเท็จจริง",
            "ข. .จัดทำแบบรายงานและทะเบียนควบคุม",
            "ค. . ติดตามและประเมินผลเมื่อสิ้นปีงบประมาณ",
            "ผู้รับผิดชอบ กลุ่มงานทรัพยากรบุคคล ระยะเวลา พฤศจิกายน ๒๕๖๗ -",
            "สิงหาคม ๒๕๖๘",
            "๒. มาตรการเปิดเผยหลักเกณฑ์การคัดเลือกบุคลากร",
            "ก. เผยแพร่ผลบนเว็บไซต์ของหน่วยงาน",
            "ผู้รับผิดชอบ งานนิติการ ระยะเวลา มีนาคม - เมษายน",
            "๒๕๖๘",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal("มาตรการอบรมบุคลากรเรื่องประมวลจริยธรรม", measures[0].Title);
        Assert.Equal(["แต่งตั้งคณะทำงานตรวจสอบข้อเท็จจริง", "จัดทำแบบรายงานและทะเบียนควบคุม", "ติดตามและประเมินผลเมื่อสิ้นปีงบประมาณ"],
            measures[0].Steps);
        Assert.Equal(("2024-11-01", "2025-08-31"), (measures[0].Period!.Start, measures[0].Period!.End));
        Assert.Equal(("2025-03-01", "2025-04-30"), (measures[1].Period!.Start, measures[1].Period!.End));
    }

    [Fact]
    public void Parse_ProseAfterAOneLinePeriod_EndsTheItem()
    {
        // A full period (its year read) ends the item: the next line is no part of it.
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการ ดังนี้",
            "๑. มาตรการเปิดเผยหลักเกณฑ์การคัดเลือกบุคลากร",
            "ก. เผยแพร่ผลบนเว็บไซต์ของหน่วยงาน",
            "ระยะเวลา มีนาคม - เมษายน ๒๕๖๘",
            "มกราคมของทุกปีให้รายงานผลต่อผู้บริหาร",
            "๒. มาตรการรับเรื่องร้องเรียนการทุจริต",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal("มีนาคม - เมษายน ๒๕๖๘", measures[0].Period!.Text);
    }
}
