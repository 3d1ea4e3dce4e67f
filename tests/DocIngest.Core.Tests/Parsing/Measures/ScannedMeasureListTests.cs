using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Numbered measures of announcements and memos as heavy scan damage leaves them: item numbers lost or behind specks,
/// ข้อ ๑ markers, sub-item numbers garbled, labels split, years split (texts written for these tests).
/// </summary>
public class ScannedMeasureListTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_ItemNumbersLostBehindSpecks_ItemsInTheirOrder()
    {
        var page = Page(1, TextLines(
            "เทศบาลตำบลหนองบัวได้ทบทวนผลการประเมินแล้ว จึงกำหนดมาตรการเพื่อพัฒนา ดังต่อไปนี้ as",
            ": มาตรการ ลดขั้นตอนการขอใบอนุญาตประกอบกิจการ โดยรับคำขอทางไปรษณีย์อิเล็กทรอนิกส์",
            "มอบหมายให้กองสาธารณสุขเป็นผู้รับผิดชอบ ระยะเวลา มกราคม - มีนาคม ๒๕ ๖๘",
            ".มาตรการเปิดเผยรายชื่อผู้ได้รับเงินอุดหนุน โดยปิดประกาศที่ศาลากลางหมู่บ้าน",
            "มอบหมายให้กองสวัสดิการเป็นผู้รับผิดชอบ ระยะเวลา เมษายน - มิถุนายน ๒๕๖๘",
            "ทั้งนี่ ตั้งแต่บัดนี่เป็นต้นไป"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการ ลดขั้นตอนการขอใบอนุญาตประกอบกิจการ", measures[0].Title);
        Assert.Equal(["รับคำขอทางไปรษณีย์อิเล็กทรอนิกส์"], measures[0].Steps);
        Assert.Equal(["กองสาธารณสุข"], measures[0].Responsible);
        Assert.Equal(("2025-01-01", "2025-03-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal("มาตรการเปิดเผยรายชื่อผู้ได้รับเงินอุดหนุน", measures[1].Title);
        Assert.Equal(["ปิดประกาศที่ศาลากลางหมู่บ้าน"], measures[1].Steps);
    }

    [Fact]
    public void Parse_LinesOpeningWithMeasureWithoutAnAnnouncingIntroduction_NoList()
    {
        var page = Page(1, TextLines(
            "ที่ประชุมได้หารือเรื่องการประเมินคุณธรรมและความโปร่งใส",
            "มาตรการเดิมของหน่วยงานยังไม่ได้เผยแพร่บนเว็บไซต์",
            "มาตรการใหม่จะจัดทำในการประชุมครั้งต่อไป"));

        Assert.Empty(TextMeasureParser.Parse([page], 2568, warnings));
    }

    [Theory]
    [InlineData("ข้อ ๑", "ข้อ ๒", "ข้อ ๓")]
    [InlineData("ข้อ ๑.", "ขอ ๒.", "ข้อ ๓.")]
    public void Parse_ItemsMarkedKho_MeasuresWithUnitsFromProse(string first, string second, string third)
    {
        var page = Page(1, TextLines(
            "คณะทำงานจึงเห็นควรกำหนดมาตรการป้องกันการทุจริต ดังนี่",
            first + " มาตรการตรวจสอบใบสำคัญการเบิกจ่ายเงินยืม โดยให้งานการเงินเป็นผู้รับผิดชอบ ระยะเวลา ตุลาคม - ธันวาคม ๒๕๖๗",
            second + " มาตรการสุ่มตรวจการใช้รถราชการ โดยให้งานยานพาหนะเป็นผู้รับผิดชอบ ระยะเวลา มกราคม - มีนาคม ๒๕๖๘",
            third + " มาตรการอบรมจริยธรรมเจ้าหน้าที่ใหม่ โดยให้งานบุคคลเป็นผู้รับผิดชอบ ระยะเวลา เมษายน - มิถุนายน ๒๕๖๘",
            "จึงเรียนมาเพื่อโปรดพิจารณา"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal(["มาตรการตรวจสอบใบสำคัญการเบิกจ่ายเงินยืม", "มาตรการสุ่มตรวจการใช้รถราชการ", "มาตรการอบรมจริยธรรมเจ้าหน้าที่ใหม่"],
            measures.Select(m => m.Title));
        // "โดยให้ X เป็นผู้รับผิดชอบ" assigns the unit; it is no step.
        Assert.All(measures, m => Assert.Empty(m.Steps));
        Assert.Equal(["งานการเงิน", "งานยานพาหนะ", "งานบุคคล"], measures.Select(m => m.Responsible.Single()));
        Assert.Equal("2025-01-01", measures[1].Period?.Start);
    }

    [Fact]
    public void Parse_MarkersBehindSpecksAndOneLost_EveryItemWithItsSteps()
    {
        var page = Page(1, TextLines(
            "สำนักงานจึงกำหนดมาตรการ ดังต่อไปนี้",
            "1) มาตรการตรวจสอบคุณสมบัติผู้รับจ้าง",
            "oe -.ตรวจรายชื่อผู้ทิ้งงานทุกครั้ง",
            "' - ให้กรรมการลงนามรับรองความไม่มีส่วนได้เสีย",
            "ผู้รับผิดชอบ งานพัสดุ ระ ะยะเวลา ตุลาคม - ธันวาคม: 2567 -",
            "vee มาตรการเผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน",
            "- ประกาศผลทางเว็บไซต์ของสำนักงาน",
            "ผู้รับผิดชอบ งานบริหารทั่วไป ระ ยะเวลา มกราคม - มีนาคม 2568",
            "ee 3) มาตรการสุ่มตรวจการตรวจรับพัสดุ",
            "+ สุ่มตรวจไตรมาสละหนึ่งครั้ง",
            "ผู้รับผิดชอบ งานการเงิน ระยะเวลา เมษายน - กันยายน 2568"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการเผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน", measures[1].Title);
        Assert.Equal(2, measures[0].Steps.Count);
        Assert.Equal(["งานพัสดุ"], measures[0].Responsible);
        Assert.Equal(("2024-10-01", "2024-12-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["งานบริหารทั่วไป"], measures[1].Responsible);
        Assert.Equal("2025-01-01", measures[1].Period?.Start);
        Assert.Equal(["สุ่มตรวจไตรมาสละหนึ่งครั้ง"], measures[2].Steps);
    }

    [Fact]
    public void Parse_SubItemNumbersGarbledInBrackets_StepsApartFromTheTitle()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการ ดังนี้",
            "๑. มาตรการส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้องและการขอ",
            "อนุญาตยืมพัสดุ",
            "[๑] 5 จัดทำแบบขออนุญาตยืมทรัพย์สินของราชการ",
            "(lo) ตรวจนับพัสดุคงเหลือทุกหกเดือน",
            "ผู้รับผิดชอบ : งานพัสดุ",
            "๒. มาตรการรับเรื่องร้องเรียนทางเว็บไซต์",
            "(๑) เปิดช่องทางร้องเรียนออนไลน์",
            "ผู้รับผิดชอบ : งานประชาสัมพันธ์"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal("มาตรการส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้องและการขออนุญาตยืมพัสดุ", measures[0].Title);
        Assert.Equal(["จัดทำแบบขออนุญาตยืมทรัพย์สินของราชการ", "ตรวจนับพัสดุคงเหลือทุกหกเดือน"], measures[0].Steps);
    }

    [Theory]
    [InlineData("มกราคม - มีนาคม ๒๕ ๖๘", "2025-01-01", "2025-03-31")]
    [InlineData("ตุลาคม - ธันวาคม: 2567 -", "2024-10-01", "2024-12-31")]
    public void PeriodParser_YearSplitOrSpecksAfterAMonth_DatesRead(string printed, string start, string end)
    {
        var period = PeriodParser.Parse(printed, 2568);

        Assert.Equal((start, end), (period?.Start, period?.End));
        Assert.Equal(printed, period?.Text);
    }
}

/// <summary>Item markers of announced measure lists as OCR damages them (texts written for these tests).</summary>
public class DamagedItemMarkerTests
{
    private readonly List<string> warnings = [];

    private static string[] Intro => ["สำนักงานเทศบาลจึงกำหนดมาตรการป้องกันการทุจริต ดังนี้"];

    [Theory]
    [InlineData("๑ มาตรการตรวจสอบราคากลางทุกโครงการ", "๒. มาตรการเปิดเผยผลการจัดซื้อรายเดือน")]
    [InlineData("@. มาตรการตรวจสอบราคากลางทุกโครงการ", "๒. มาตรการเปิดเผยผลการจัดซื้อรายเดือน")]
    [InlineData("o.มาตรการตรวจสอบราคากลางทุกโครงการ", "๒. มาตรการเปิดเผยผลการจัดซื้อรายเดือน")]
    [InlineData("๑. มาตรกรตรวจสอบราคากลางทุกโครงการ", "๒ มาตรการเปิดเผยผลการจัดซื้อรายเดือน")]
    public void Parse_FirstOrSecondMarkerDamaged_BothItems(string first, string second)
    {
        var page = Page(1, TextLines([.. Intro, first, "ผู้รับผิดชอบ งานพัสดุ", second, "ผู้รับผิดชอบ งานบริหารทั่วไป"]));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.EndsWith("ตรวจสอบราคากลางทุกโครงการ", measures[0].Title);
        Assert.Equal(["งานบริหารทั่วไป"], measures[1].Responsible);
    }

    [Fact]
    public void Parse_MarkerOnALineOfItsOwn_JoinedToItsWords()
    {
        var page = Page(1, TextLines([.. Intro, "๑.", "มาตรการตรวจสอบราคากลางทุกโครงการ", "ผู้รับผิดชอบ งานพัสดุ",
            "๒.", "มาตรการเปิดเผยผลการจัดซื้อรายเดือน", "ผู้รับผิดชอบ งานบริหารทั่วไป"]));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(["มาตรการตรวจสอบราคากลางทุกโครงการ", "มาตรการเปิดเผยผลการจัดซื้อรายเดือน"], measures.Select(m => m.Title));
    }

    [Fact]
    public void Parse_DotlessNumberBeforeADate_NoItem()
    {
        var page = Page(1, TextLines([.. Intro, "๑ ตุลาคม ๒๕๖๗ ประชุมคณะทำงาน", "๒ พฤศจิกายน ๒๕๖๗ ประกาศผล"]));

        Assert.Empty(TextMeasureParser.Parse([page], 2568, warnings));
    }

    [Theory]
    [InlineData("มาตรการ", true)]
    [InlineData("มาตรกรตรวจสอบ", true)]
    [InlineData("มาตรภารเปิดเผย", true)]
    [InlineData("มาตรฐานการบริการ", false)]
    [InlineData("มอบหมายให้", false)]
    public void OpensWithMeasureWord_Words_TrueForTheWordWithOneLetterWrong(string words, bool expected) =>
        Assert.Equal(expected, TextMeasureParser.OpensWithMeasureWord(words));
}
