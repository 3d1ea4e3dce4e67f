using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// A plan's project tables as multi-year plans print them (texts written for these tests): the title column headed by a
/// word naming no role, a Gantt chart over several fiscal years whose quarters are titled ๑-๔ only, budget, target and
/// indicator columns, and a project's steps as "-" sub-rows of the title column.
/// </summary>
public class PlanProjectTableTests
{
    private readonly MeasureTableParser parser = new();
    private readonly List<string> warnings = [];

    private static readonly string[] Quarters = ["๑", "๒", "๓", "๔"];

    /// <summary>A three-year chart (๒๕๖๗-๒๕๖๙) under รายการ, with budget, target and indicator columns; rows give 12 chart cells each.</summary>
    private static Table ThreeYearTable(params string[][] dataRows)
    {
        string[][] header =
        [
            ["รายการ", "ระยะเวลาดำเนินการ", .. Enumerable.Repeat("<", 11), "หน่วยงานรับผิดชอบ", "งบประมาณ", "<", "เป้าหมาย", "ตัวชี้วัด"],
            ["^", "๒๕๖๗", "<", "<", "<", "๒๕๖๘", "<", "<", "<", "๒๕๖๙", "<", "<", "<", "^", "ล้านบาท", "แหล่งเงิน", "^", "^"],
            ["^", .. Quarters, .. Quarters, .. Quarters, "^", "^", "^", "^", "^"],
        ];
        return Grid([.. header, .. dataRows]);
    }

    private static string[] ProjectRow(string title, string marks, string unit, string budget, string target, string indicator) =>
        [title, .. marks.Select(c => c == 'x' ? "✓" : ""), unit, budget, "งบจังหวัด", target, indicator];

    [Fact]
    public void Parse_TitleColumnNamingNoRoleBesideQuarterNumbersOverYears_RowsAreMeasuresWithTheirYearsQuarters()
    {
        var table = ThreeYearTable(
            ProjectRow("๑. พัฒนาระบบรับแจ้งเบาะแส\nการทุจริตผ่านช่องทางออนไลน์", "xxxx........", "- กลุ่มงานนิติการ", "๐.๒", "มีช่องทางรับแจ้งเบาะแส", "ร้อยละ ๑๐๐ ของเรื่องที่แจ้ง"),
            ProjectRow("๒. อบรมผู้นำด้านคุณธรรมจริยธรรม\nทุกระดับ", "....xxxxxxxx", "- โรงพยาบาลทั่วไป", "๑.๕", "ผู้บริหารทุกระดับ", "ผู้เข้าอบรมไม่น้อยกว่า ๒๐๐ คน"),
            ProjectRow("๓. ยกย่องบุคลากรต้นแบบ", "...x...x...x", "- กลุ่มงานบริหารทรัพยากรบุคคล", "๐.๑", "ปีละ ๕ คน", "จำนวนบุคลากรที่ได้รับการยกย่อง"));

        var measures = parser.Parse([Page(1, Block(table))], null, warnings);

        Assert.Equal(["พัฒนาระบบรับแจ้งเบาะแสการทุจริตผ่านช่องทางออนไลน์", "อบรมผู้นำด้านคุณธรรมจริยธรรมทุกระดับ", "ยกย่องบุคลากรต้นแบบ"],
            measures.Select(m => m.Title));
        Assert.Equal([1, 2, 3], measures.Select(m => m.Number ?? 0));
        // ๒๕๖๗ ไตรมาส ๑ opens in ตุลาคม ๒๕๖๖; the third year's fourth quarter ends in กันยายน ๒๕๖๙.
        Assert.Equal(("2023-10-01", "2024-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(("2024-10-01", "2026-09-30"), (measures[1].Period?.Start, measures[1].Period?.End));
        Assert.Equal(("2024-07-01", "2026-09-30"), (measures[2].Period?.Start, measures[2].Period?.End));
        Assert.Equal(["โรงพยาบาลทั่วไป"], measures[1].Responsible);
        // Budget, target and indicator are no measure field: nothing of them becomes a step.
        Assert.All(measures, m => Assert.Empty(m.Steps));
    }

    [Fact]
    public void Parse_DashSubRowsOfTheTitleColumn_AreTheProjectsStepsAndTheirMarksItsPeriod()
    {
        var table = ThreeYearTable(
            ProjectRow("๑. จัดทำคู่มือการปฏิบัติงาน\nด้านจริยธรรม", "............", "- กลุ่มงานบริหารทรัพยากรบุคคล", "-", "มีคู่มือ ๑ ฉบับ", "บุคลากรได้รับคู่มือ"),
            ["- ยกร่างคู่มือ", "", "✓", "✓", .. Enumerable.Repeat("", 9), "^", "^", "^", "^", "^"],
            ["- รับฟังความคิดเห็น\nและเผยแพร่", "", "", "", "✓", "✓", .. Enumerable.Repeat("", 7), "^", "^", "^", "^", "^"],
            ProjectRow("๒. ประเมินความเสี่ยงการทุจริต", "x...x...x...", "- กลุ่มงานบริหารทั่วไป", "-", "ทุกกระบวนงาน", "รายงานปีละครั้ง"));
        // (The sub-rows' unit, budget, target and indicator cells are the project row's, merged down.)

        var measures = parser.Parse([Page(1, Block(table))], null, warnings);

        Assert.Equal(["จัดทำคู่มือการปฏิบัติงานด้านจริยธรรม", "ประเมินความเสี่ยงการทุจริต"], measures.Select(m => m.Title));
        Assert.Equal(["ยกร่างคู่มือ", "รับฟังความคิดเห็นและเผยแพร่"], measures[0].Steps);
        Assert.Equal(("2024-01-01", "2024-12-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["กลุ่มงานบริหารทรัพยากรบุคคล"], measures[0].Responsible);
        Assert.Equal(("2023-10-01", "2025-12-31"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    [Fact]
    public void Parse_ProjectNumberReadAsThaiLetter_StillNumberedAndKeepsItsDashSubRowsAsSteps()
    {
        // ๒. read as ฒ. (Tesseract's reading of ๔, ๗ and ๙ on bilevel plan scans): the row is still project ๒, so its
        // "-" sub-rows are its steps, not projects of their own.
        var table = ThreeYearTable(
            ProjectRow("๑. ประเมินความเสี่ยงการทุจริต", "x...x...x...", "- กลุ่มงานบริหารทั่วไป", "-", "ทุกกระบวนงาน", "รายงานปีละครั้ง"),
            ProjectRow("ฒ.ระบบรับเรื่องร้องเรียนออนไลน์", "............", "- กลุ่มงานสุขภาพดิจิทัล", "-", "มีระบบ", "สำเร็จ/ไม่สำเร็จ"),
            ["- ออกแบบ", "✓", "✓", .. Enumerable.Repeat("", 10), "^", "^", "^", "^", "^"],
            ["- พัฒนาระบบ\nและฐานข้อมูล", "", "", "✓", "✓", .. Enumerable.Repeat("", 8), "^", "^", "^", "^", "^"]);

        var measures = parser.Parse([Page(1, Block(table))], null, warnings);

        Assert.Equal(["ประเมินความเสี่ยงการทุจริต", "ระบบรับเรื่องร้องเรียนออนไลน์"], measures.Select(m => m.Title));
        Assert.Equal([1, 2], measures.Select(m => m.Number ?? 0));
        Assert.Equal(["ออกแบบ", "พัฒนาระบบและฐานข้อมูล"], measures[1].Steps);
        Assert.Equal(("2023-10-01", "2024-09-30"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    /// <summary>A two-year chart whose first two quarter columns the grid merged over a lost rule (titled "๑|๒"), one project per row.</summary>
    private static Table MergedQuartersTable(params string[][] dataRows) => Grid(
    [
        ["รายการ", "ระยะเวลาดำเนินการ", "<", "<", "<", "<", "<", "<", "หน่วยงานรับผิดชอบ", "ตัวชี้วัด"],
        ["^", "๒๕๖๗", "<", "<", "๒๕๖๘", "<", "<", "<", "^", "^"],
        ["^", "๑|๒", "๓", "๔", "๑", "๒", "๓", "๔", "^", "^"],
        .. dataRows,
    ]);

    private static string[] MergedQuartersRow(string title, string marks) =>
        [title, .. marks.Select(c => c == 'x' ? "✓" : ""), "- กลุ่มงานบริหารทั่วไป", "รายงานปีละครั้ง"];

    /// <summary>The table with the cell at (row, column) shaded over the given part of its width, as the page image showed it.</summary>
    private static Table Shaded(Table table, int row, int column, WidthShare across) => table with
    {
        Cells = table.Cells.Select(c => c.Row == row && c.Column == column ? c with { Marked = true, MarkedAcross = across } : c).ToList(),
    };

    [Fact]
    public void Parse_CellOverTwoQuartersShadedOverOne_MarksThatQuarterOnly()
    {
        var table = MergedQuartersTable(
            MergedQuartersRow("๑. จัดทำคู่มือการปฏิบัติงาน", "......."),
            MergedQuartersRow("๒. ประเมินความเสี่ยงการทุจริต", "......."),
            MergedQuartersRow("๓. เผยแพร่ข้อมูลการใช้จ่ายงบประมาณ", "x......"));
        // Row ๑: the merged cell shaded over its right half (quarter ๒) and quarter ๓ beside it; row ๒: shaded whole.
        table = Shaded(Shaded(table, 3, 1, new WidthShare(0.52, 1.0)), 3, 2, new WidthShare(0.05, 0.95));
        table = Shaded(table, 4, 1, new WidthShare(0.03, 0.97));

        var measures = parser.Parse([Page(1, Block(table))], null, warnings);

        Assert.Equal(3, measures.Count);
        Assert.Equal(("2024-01-01", "2024-06-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(("2023-10-01", "2024-03-31"), (measures[1].Period?.Start, measures[1].Period?.End));
        // A tick in the merged cell has no width to place it by: it marks both quarters, as before.
        Assert.Equal(("2023-10-01", "2024-03-31"), (measures[2].Period?.Start, measures[2].Period?.End));
    }

    [Fact]
    public void Parse_QuarterNumbersUnderAYearRange_SpreadOverTheRangesYears()
    {
        // The last group ๒๕๖๙-๒๕๗๐ prints one set of four quarters for two years: each stands for half a year.
        var table = Grid(
            ["ภารกิจ", "กรอบเวลา", "<", "<", "<", "<", "<", "<", "<", "ผู้รับผิดชอบ", "วงเงิน", "ตัวชี้วัด"],
            ["^", "๒๕๖๘", "<", "<", "<", "๒๕๖๙-๒๕๗๐", "<", "<", "<", "^", "^", "^"],
            ["^", .. Quarters, .. Quarters, "^", "^", "^"],
            ["๑. พัฒนาหลักสูตรผู้นำจริยธรรม", "", "", "", "", "", "", "✓", "✓", "- สำนักงาน ก.พ.", "-", "ผู้นำองค์กรเข้าใจจริยธรรม"],
            ["๒. จัดทำแบบรายงานประจำปี", "✓", "✓", "", "", "✓", "", "", "", "- สำนักงาน ก.พ.", "-", "มีแบบรายงานประจำปี"]);

        var measures = parser.Parse([Page(1, Block(table))], null, warnings);

        Assert.Equal(2, measures.Count);
        // Its third and fourth quarters are the fiscal year ๒๕๗๐; its first, the first half of ๒๕๖๙.
        Assert.Equal(("2026-10-01", "2027-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(("2024-10-01", "2026-03-31"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    [Fact]
    public void Parse_TitleColumnNamingNoRoleBesideUnitBudgetAndIndicator_RowStubIsTheTitle()
    {
        // No chart: the unit column beside budget and indicator columns marks the plan's table; the period is written.
        var page = Page(1, Block(
            Row("ภารกิจ", "ตัวชี้วัด", "งบประมาณ (บาท)", "ระยะเวลา", "หน่วยงานรับผิดชอบ"),
            Row("๑. ปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริต", "จำนวนช่องทางที่ปรับปรุง", "๑๐,๐๐๐", "ต.ค. ๖๗ - ธ.ค. ๖๗", "กองยุทธศาสตร์และงบประมาณ"),
            Row("๒. เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน", "ร้อยละของรายการที่เผยแพร่", "-", "ตลอดปีงบประมาณ", "กองคลัง")));

        var measures = parser.Parse([page], 2568, warnings);

        Assert.Equal(["ปรับปรุงช่องทางรับเรื่องร้องเรียนการทุจริต", "เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน"], measures.Select(m => m.Title));
        Assert.Equal(["กองคลัง"], measures[1].Responsible);
        Assert.Equal(("2024-10-01", "2024-12-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.All(measures, m => Assert.Empty(m.Steps));
    }

    [Fact]
    public void Parse_UnitColumnBesideTextColumnsWithoutBudgetIndicatorOrChart_IsNoMeasureTable()
    {
        // A list of duties and who does them is no plan: its first column names no role and nothing marks a plan's table.
        var page = Page(1, Block(
            Row("ลำดับ", "งาน", "ผู้รับผิดชอบ"),
            Row("๑", "ดูแลระบบสารบรรณอิเล็กทรอนิกส์ของสำนักงาน", "นางสาวสมศรี ใจดี"),
            Row("๒", "จัดทำรายงานการประชุมประจำเดือน", "นายสมชาย รักงาน")));

        Assert.Empty(parser.Parse([page], 2568, warnings));
    }

    [Fact]
    public void Detect_RowOfColumnNumbersUnderPlainTitles_IsNoChart()
    {
        // Tables number their columns (๑ | ๒ | ๓ | ๔) under titles that group nothing: no year or period spans them.
        var table = Grid(
            Row("มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("๑", "๒", "๓", "๔"),
            Row("มาตรการเปิดเผยข้อมูล", "เผยแพร่บนเว็บไซต์", "กองคลัง", "ตุลาคม ๒๕๖๗"));

        Assert.Null(GanttTimeline.Detect(table));
    }

    [Fact]
    public void Parse_QuarterNumberMisreadAsAnotherDigit_TakesItsPlace()
    {
        // A bilevel copy's ๓ read as a confident Arabic "6": the quarter between ๒ and ๔ is the third all the same.
        var table = Grid(
            ["ภารกิจ", "ระยะเวลา", "<", "<", "<", "<", "<", "<", "<", "ผู้รับผิดชอบ", "ตัวชี้วัด"],
            ["^", "๒๕๖๘", "<", "<", "<", "๒๕๖๙", "<", "<", "<", "^", "^"],
            ["^", "๑", "๒", "6", "๔", "๑", "๒", "6", "๔", "^", "^"],
            ["๑. ปรับปรุงคู่มือการรับเรื่องร้องเรียน", "", "", "✓", "✓", "", "", "", "", "- กองกฎหมาย", "มีคู่มือฉบับปรับปรุง"],
            ["๒. ประเมินความพึงพอใจของผู้รับบริการ", "", "", "", "", "", "", "✓", "", "- กองยุทธศาสตร์", "ร้อยละความพึงพอใจ"]);

        var measures = parser.Parse([Page(1, Block(table))], null, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal(("2025-04-01", "2025-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(("2026-04-01", "2026-06-30"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    [Fact]
    public void Detect_RatingScaleNumberedUnderItsTitle_IsNoChart()
    {
        // A survey's rating columns ๑-๕ under the year it was asked: numbered like quarters and grouped, but up to five.
        var table = Grid(
            Row("ประเด็น", "ระดับความพึงพอใจ ปี ๒๕๖๗", "<", "<", "<", "<", "ผู้รับผิดชอบ"),
            Row("^", "๑", "๒", "๓", "๔", "๕", "^"),
            Row("ความโปร่งใสในการจัดซื้อจัดจ้าง", "", "", "✓", "", "", "กองคลัง"));

        Assert.Null(GanttTimeline.Detect(table));
    }

    [Fact]
    public void Detect_QuarterNumbersUnderGroupingTitleWithoutYear_IsNoChart()
    {
        // Four numbered columns under a title naming neither a year nor a period (เกณฑ์การให้คะแนน) are no quarters.
        var table = Grid(
            Row("ตัวชี้วัด", "เกณฑ์การให้คะแนน", "<", "<", "<", "หน่วยงาน"),
            Row("^", "๑", "๒", "๓", "๔", "^"),
            Row("ร้อยละของเรื่องร้องเรียนที่ตอบ", "ร้อยละ ๖๐", "ร้อยละ ๗๐", "ร้อยละ ๘๐", "ร้อยละ ๙๐", "กองคลัง"));

        Assert.Null(GanttTimeline.Detect(table));
    }

    [Theory]
    [InlineData("งบประมาณ (บาท)")]
    [InlineData("วงเงิน")]
    [InlineData("ตัวชี้วัด")]
    [InlineData("เป้าหมาย")]
    [InlineData("แหล่งเงิน")]
    public void IsOtherColumnTitle_PlansBudgetIndicatorOrTargetTitle_True(string header) =>
        Assert.True(ColumnHeaderScorer.IsOtherColumnTitle(header));

    [Theory]
    [InlineData("มีช่องทางรับแจ้งเบาะแสออนไลน์ตามเป้าหมายของหน่วยงาน")]
    [InlineData("รายการ")]
    [InlineData("ผู้รับผิดชอบ")]
    public void IsOtherColumnTitle_DataCellOrOtherTitle_False(string text) =>
        Assert.False(ColumnHeaderScorer.IsOtherColumnTitle(text));
    [Fact]
    public void Parse_RepeatedHeaderOverOnlyTheRestOfAUnitCell_UnitContinuesAcrossThePage()
    {
        // The title column is found from its cells' text (รายการ names no role); on the last page the rows under the
        // repeated header hold only the wrapped end of the last project's unit cell, so that page gives no title text.
        var first = ThreeYearTable(
            ProjectRow("๑. อบรมผู้นำด้านคุณธรรม\nจริยธรรมทุกระดับ", "xxxx........", "- กลุ่มงานนิติการ\n- องค์กร\nเครือข่าย\nด้าน", "๐.๒", "ผู้บริหารทุกระดับ", "ผู้เข้าอบรม ๒๐๐ คน"));
        var last = ThreeYearTable(
            ["", .. Enumerable.Repeat("", 12), "คุณธรรม\nจริยธรรม", "", "", "", ""]);

        var measures = parser.Parse([Page(1, Block(first)), Page(2, Block(last))], null, warnings);

        var measure = Assert.Single(measures);
        Assert.Equal(["กลุ่มงานนิติการ", "องค์กรเครือข่ายด้านคุณธรรมจริยธรรม"], measure.Responsible.Select(u => u.Replace(" ", "")));
        Assert.Equal(("2023-10-01", "2024-09-30"), (measure.Period?.Start, measure.Period?.End));
    }
}
