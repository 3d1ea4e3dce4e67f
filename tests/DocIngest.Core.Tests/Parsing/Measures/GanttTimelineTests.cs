using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Project tables whose period is a Gantt chart (texts written for these tests, in the layouts of Thai annual plans):
/// quarter or month columns under the fiscal year, the months a project runs marked by a tick, by fill (an image's
/// <see cref="TableCell.Marked"/>) or, in a text layer, by nothing the parser can see.
/// </summary>
public class GanttTimelineTests
{
    private readonly MeasureTableParser parser = new();
    private readonly List<string> warnings = [];

    private static readonly string[] Months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];

    [Fact]
    public void Parse_QuarterColumnsWithTicks_PeriodSpansTheTickedQuarters()
    {
        var page = Page(1, Block(
            Row("ที่", "โครงการ/กิจกรรม", "ปีงบประมาณ พ.ศ. ๒๕๖๘", "<", "<", "<", "หน่วยงานรับผิดชอบ"),
            Row("^", "^", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "^"),
            Row("๑", "โครงการอบรมเสริมสร้างจริยธรรมของบุคลากร", "", "✓", "✓", "", "งานบริหารทรัพยากรบุคคล"),
            Row("๒", "โครงการประเมินความเสี่ยงการทุจริตประจำปี", "✓", "", "", "", "งานนโยบายและแผน")));

        var measures = parser.Parse([page], null, warnings);

        Assert.Equal(["โครงการอบรมเสริมสร้างจริยธรรมของบุคลากร", "โครงการประเมินความเสี่ยงการทุจริตประจำปี"], measures.Select(m => m.Title));
        Assert.Equal(("2025-01-01", "2025-06-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(("2024-10-01", "2024-12-31"), (measures[1].Period?.Start, measures[1].Period?.End));
        Assert.Equal(["งานนโยบายและแผน"], measures[1].Responsible);
        Assert.Empty(measures[0].Steps);
    }

    [Fact]
    public void Parse_TwelveMonthColumnsUnderTwoCalendarYears_MonthsTakeTheirOwnYear()
    {
        var page = Page(1, Block(
            ["ลำดับ", "กิจกรรม", "พ.ศ. ๒๕๖๖", "<", "<", "พ.ศ. ๒๕๖๗", "<", "<", "<", "<", "<", "<", "<", "<", "ผู้รับผิดชอบ"],
            ["^", "^", .. Months, "^"],
            ["๑", "กิจกรรมเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี", "", "✓", "✓", "✓", "", "", "", "", "", "", "", "", "กองคลัง"],
            ["๒", "กิจกรรมสำรวจความพึงพอใจของผู้รับบริการ", "", "", "", "", "", "", "", "", "✓", "✓", "", "", "กองการศึกษา"]));

        var measures = parser.Parse([page], 2567, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal(("2023-11-01", "2024-01-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(("2024-06-01", "2024-07-31"), (measures[1].Period?.Start, measures[1].Period?.End));
        Assert.Equal(["กองการศึกษา"], measures[1].Responsible);
    }

    [Fact]
    public void Parse_ShadedCellsFlaggedMarked_AreThePeriodAndNoText()
    {
        var table = Grid(
            Row("ที่", "มาตรการ", "ขั้นตอนการดำเนินงาน", "ปีงบประมาณ ๒๕๖๙", "<", "<", "<", "ผู้รับผิดชอบ"),
            Row("^", "^", "^", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "^"),
            Row("๑", "มาตรการส่งเสริมวัฒนธรรมองค์กรสุจริต", "๑) จัดกิจกรรมยกย่องบุคลากรต้นแบบ\n๒) จัดอบรมจริยธรรมแก่บุคลากรใหม่", "", "", "", "", "กลุ่มบริหารงานบุคคล"));
        // OCR reads a shaded cell as nothing; the recogniser flags its fill (the second and third quarters here).
        var shaded = table with { Cells = table.Cells.Select(c => c.Row == 2 && c.Column is 4 or 5 ? c with { Marked = true } : c).ToList() };

        var measure = Assert.Single(parser.Parse([Page(1, Block(shaded))], null, warnings));

        Assert.Equal(("2026-01-01", "2026-06-30"), (measure.Period?.Start, measure.Period?.End));
        Assert.Equal(["จัดกิจกรรมยกย่องบุคลากรต้นแบบ", "จัดอบรมจริยธรรมแก่บุคลากรใหม่"], measure.Steps);
    }

    [Fact]
    public void Parse_ChartWithoutVisibleMarks_MeasuresKeepTheirOtherColumns()
    {
        // A text layer or DOCX carries no fill: the period is unknown, the rest is read.
        var page = DocxPage(1, Block(
            Row("ที่", "โครงการ", "ตัวชี้วัด", "งบประมาณ (บาท)", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "หน่วยงานรับผิดชอบ"),
            Row("๑", "โครงการอบรมคุณธรรมจริยธรรมสำหรับพนักงาน", "จำนวนผู้เข้ารับการอบรม", "๔๕,๐๐๐", "", "", "", "", "สำนักปลัด")));

        var measure = Assert.Single(parser.Parse([page], 2568, warnings));

        Assert.Equal("โครงการอบรมคุณธรรมจริยธรรมสำหรับพนักงาน", measure.Title);
        Assert.Equal(["สำนักปลัด"], measure.Responsible);
        Assert.Null(measure.Period);
    }

    [Fact]
    public void Parse_ChartContinuedOnTheNextPage_KeepsReadingMarks()
    {
        string[] top = ["ที่", "โครงการ", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "ผู้รับผิดชอบ"];
        var first = Page(1, Block(top, Row("๑", "โครงการจัดทำคู่มือการรับเรื่องร้องเรียน", "", "", "✓", "✓", "งานนิติการ")));
        var second = Page(2, Block(Row("๒", "โครงการรายงานผลการดำเนินงานตามแผนต่อผู้บริหาร", "", "", "", "✓", "งานนโยบายและแผน")));

        var measures = parser.Parse([first, second], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal(("2025-07-01", "2025-09-30"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    /// <summary>A page of a quarter chart under ปีงบประมาณ and the given year as OCR read it, one project per row (number, title, four marks, unit).</summary>
    private static PageContent QuarterChartPage(int number, string year, params string[][] rows) => Page(number, Block(
    [
        ["ที่", "มาตรการ", "ปีงบประมาณ\n" + year, "<", "<", "<", "ผู้รับผิดชอบ"],
        ["^", "^", "ไตรมาส ๑", "ไตรมาส ๒", "ไตรมาส ๓", "ไตรมาส ๔", "^"],
        .. rows,
    ]));

    [Fact]
    public void Parse_ChartYearWithLookalikeAndQuoteSpeck_ReadAsTheYear()
    {
        // ๒๕๖๙ read with ๖ as ว behind a speck read as a quote mark.
        var page = QuarterChartPage(1, "๒๕“ว๙",
            Row("๑", "มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ", "✓", "✓", "", "", "กลุ่มบริหารงานการเงิน"));

        var measure = Assert.Single(parser.Parse([page], null, warnings));

        Assert.Equal(("2025-10-01", "2026-03-31"), (measure.Period?.Start, measure.Period?.End));
    }

    [Fact]
    public void Parse_LastQuarterTitleGarbledInItsNumber_StillTheChartsFourthQuarter()
    {
        var page = Page(1, Block(
            ["ที่", "มาตรการ", "ปีงบประมาณ ๒๕๖๙", "<", "<", "<", "ผู้รับผิดชอบ"],
            ["^", "^", "ไตร\nมาส\n๑", "ไตร\nมาส\n๒", "ไตร\nมาส\n๓", "ไตร\nมาส\nฒ", "^"],
            Row("๑", "มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ", "", "", "✓", "✓", "กลุ่มบริหารงานการเงิน")));

        var measure = Assert.Single(parser.Parse([page], null, warnings));

        Assert.Equal(("2026-04-01", "2026-09-30"), (measure.Period?.Start, measure.Period?.End));
    }

    [Fact]
    public void Parse_HeaderRepeatedOnTheNextPageWithItsYearGarbled_CountsFromTheChartItGoesOnFrom()
    {
        var first = QuarterChartPage(1, "๒๕๖๙",
            Row("๑", "มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ", "✓", "✓", "✓", "✓", "กลุ่มบริหารงานการเงิน"));
        var second = QuarterChartPage(2, "]๒“๙",
            Row("๒", "มาตรการจัดการเรื่องร้องเรียนการทุจริต", "", "", "✓", "✓", "กลุ่มกฎหมายและคดี"));

        var measures = parser.Parse([first, second], null, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal(("2026-04-01", "2026-09-30"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    [Fact]
    public void Parse_MonthTitleGarbledBetweenReadOnes_TakesTheMonthOfItsPlace()
    {
        string[] months = ["ต.ค", "พ.ุย", "ธ.ค", "ม.ค", "ก.ุพ", "มี.ค", "เม.\nย.", "พ.ค", "มิ.ย", "A.A", "ส.ค", "ก.ย"];
        var page = Page(1, Block(
            ["ลำดับ", "กิจกรรม", "พ.ศ. ๒๕๖๖", "<", "<", "W.A. ๒๕๖๗", "<", "<", "<", "<", "<", "<", "<", "<", "ผู้รับผิดชอบ"],
            ["^", "^", .. months, "^"],
            ["๑", "กิจกรรมอบรมให้ความรู้เรื่องผลประโยชน์ทับซ้อน", "", "", "", "", "v", "/", "", "", "", "", "", "", "สำนักปลัด"]));

        var measure = Assert.Single(parser.Parse([page], null, warnings));

        Assert.Equal(("2024-02-01", "2024-03-31"), (measure.Period?.Start, measure.Period?.End));
    }

    [Theory]
    [InlineData("ไตรมาส ๒", 3, 5)]
    [InlineData("ไตรม\nาส ๓", 6, 8)]
    [InlineData("ไตรมาสที่ 4", 9, 11)]
    [InlineData("ไตรมาส ๑\nต.ค.-ธ.ค. ๖๗", 0, 2)]
    [InlineData("ต.ค.", 0, 0)]
    [InlineData("มิ.ย", 8, 8)]
    [InlineData("กันยายน", 11, 11)]
    public void PeriodOfTitle_QuarterOrMonth_FiscalMonths(string title, int first, int last) =>
        Assert.Equal((first, last), GanttTimeline.PeriodOfTitle(title));

    [Theory]
    [InlineData("ระยะเวลา")]
    [InlineData("ปีงบประมาณ ๒๕๖๘")]
    [InlineData("หน่วยงานรับผิดชอบ")]
    public void PeriodOfTitle_OtherTitles_Null(string title) => Assert.Null(GanttTimeline.PeriodOfTitle(title));
}
