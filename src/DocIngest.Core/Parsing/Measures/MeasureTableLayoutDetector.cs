using DocIngest.Core.Content;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Works out a table's column roles: from its header row(s) by fuzzy wording, then from the columns' content
/// (numbers only → ลำดับ, dates → ระยะเวลา, unit names → ผู้รับผิดชอบ, remaining text columns left to right →
/// มาตรการ, ขั้นตอน, ผลการดำเนินงาน) for columns no header names.
/// </summary>
public static class MeasureTableLayoutDetector
{
    /// <summary>Tables narrower or wider than this are not measure tables (a Gantt chart's month columns not counted).</summary>
    public const int MinColumns = 3, MaxColumns = 8;

    private const int MaxHeaderRows = 2;

    /// <summary>The table's layout read from its own header rows; null when its first row is no header.</summary>
    public static MeasureTableLayout? FromHeader(Table table)
    {
        if (table.ColumnCount < MinColumns) return null;
        // A period printed as a Gantt chart: its quarter or month columns titled in a row of their own under the year.
        var timeline = GanttTimeline.Detect(table);
        if (table.ColumnCount - (timeline?.Months.Count ?? 0) > MaxColumns) return null;
        int headerRows = 0;
        int maxHeaderRows = timeline is null ? MaxHeaderRows : MaxHeaderRows + 1;
        // A chart titled with bare quarter numbers takes every row down to those numbers into the header (the years,
        // the budget's ล้านบาท | แหล่งเงิน beside them), once the first row reads as titles.
        while (headerRows < Math.Min(maxHeaderRows, table.RowCount) &&
               (IsHeaderRow(table, headerRows, timeline) || (timeline is not null && (GanttTimeline.IsTitleRow(table, headerRows) ||
                   (headerRows > 0 && headerRows <= timeline.QuarterNumbersRow))))) headerRows++;
        if (headerRows == 0) return null;
        if (timeline is not null) timeline = GanttTimeline.Detect(table, headerRows);

        // The chart's titles (ปีงบประมาณ, ไตรมาส) name a period, but its cells hold marks, not a period's text.
        var texts = Enumerable.Range(0, table.ColumnCount)
            .Select(c => timeline?.Contains(c) == true ? ""
                : string.Join(' ', Enumerable.Range(0, headerRows).Select(r => table.CellAt(r, c)?.Text ?? "").Distinct()))
            .ToList();
        var roles = AssignByHeader(texts);
        if (timeline is not null)
            foreach (var column in timeline.Months.Keys) roles[column] = ColumnRole.Timeline;
        ShareSpanningTitles(table, roles);
        // Only a column whose title is blank or unreadable may get a text role from content; a titled column that
        // names nothing we know (ตัวชี้วัด, หมายเหตุ) stays unknown.
        FillByContent(table, headerRows, roles, c => FuzzyText.Key(texts[c]).Length < 3);
        if (!roles.Contains(ColumnRole.Measure) &&
            (timeline is not null || (roles.Contains(ColumnRole.Responsible) && texts.Any(ColumnHeaderScorer.IsOtherColumnTitle))))
            TitleFromRowStub(table, headerRows, roles, texts);
        return new MeasureTableLayout(roles, headerRows) { Timeline = timeline };
    }

    /// <summary>A layout guessed from content alone, for a headerless table that continues nothing; null when it does not look like measures.</summary>
    public static MeasureTableLayout? FromContent(Table table)
    {
        if (table.ColumnCount is < MinColumns or > MaxColumns) return null;
        var roles = Enumerable.Repeat(ColumnRole.Unknown, table.ColumnCount).ToArray();
        FillByContent(table, 0, roles, _ => true);
        var layout = new MeasureTableLayout(roles, 0);
        // Without a header, demand the columns that text tables rarely have: a period or unit column besides the title.
        bool distinctive = layout.Has(ColumnRole.Period) || layout.Has(ColumnRole.Responsible);
        return layout.IsMeasureTable && distinctive ? layout : null;
    }

    /// <summary>
    /// True when the table's first row titles a plan's goals and indicators (เป้าหมาย | ตัวชี้วัด | ค่าเป้าหมาย): such a
    /// table states targets, not measures, and neither continues a measure table above it nor opens one. A measure
    /// table with indicator and target columns (มาตรการ | ตัวชี้วัด | เป้าหมาย) titles its measure column too, or prints a
    /// unit column or a Gantt chart beside them.
    /// </summary>
    public static bool IsGoalsTable(Table table) =>
        table.RowCount > 0 && table.Row(0).Count(c => IsGoalsTitle(c.Text)) >= 2 && !MentionsMeasures(table) && !NamesUnitsOrChart(table);

    // A plan's project table prints its targets and indicators beside a unit column or a Gantt chart; a goals table has neither.
    private static bool NamesUnitsOrChart(Table table) =>
        table.Row(0).Any(c => ColumnHeaderScorer.IsTitleOf(c.Text, ColumnRole.Responsible)) || GanttTimeline.Detect(table) is not null;

    // A title is the wording alone or nearly so: a data cell (เป้าหมายที่ ๑ ประชากรมี…) only opens with it.
    private static bool IsGoalsTitle(string text)
    {
        var key = FuzzyText.Key(text);
        return key.Length > 0 && GoalsTitleKeys.Any(w => key.StartsWith(w, StringComparison.Ordinal) && key.Length <= w.Length + 4);
    }

    private static readonly string[] GoalsTitleKeys =
        new[] { "เป้าหมาย", "ตัวชี้วัด", "ค่าเป้าหมาย", "ค่าเป้าหมายรวม" }.Select(FuzzyText.Key).ToArray();

    /// <summary>
    /// True when the row reads as column titles: at least two cells, and most of its cells, are titles naming a role or a
    /// plan's budget, indicator or target column (one at least naming a role).
    /// Cells over a Gantt chart's columns (the year, its halves and quarters as OCR split them) are left out of the count.
    /// </summary>
    public static bool IsHeaderRow(Table table, int row, GanttTimeline? timeline = null)
    {
        var cells = table.Row(row).Where(c => c.Text.Trim().Length > 0 &&
            (timeline is null || !Enumerable.Range(c.Column, c.ColumnSpan).All(timeline.Contains))).ToList();
        if (cells.Count == 0) return false;
        int roleTitles = cells.Count(c => ColumnHeaderScorer.IsTitleLike(c.Text));
        // A plan's budget, indicator and target columns are titles too, beside at least one role's.
        int titles = roleTitles + cells.Count(c => !ColumnHeaderScorer.IsTitleLike(c.Text) && ColumnHeaderScorer.IsOtherColumnTitle(c.Text));
        return roleTitles >= 1 && titles >= 2 && titles * 2 >= cells.Count;
    }

    /// <summary>True when a first-row cell is titled like a measure column, so a failed mapping is worth a warning.</summary>
    public static bool MentionsMeasures(Table table) =>
        table.RowCount > 0 && table.Row(0).Any(c => ColumnHeaderScorer.IsTitleOf(c.Text, ColumnRole.Measure));

    /// <summary>
    /// Sub-columns under one spanning title (ระยะเวลา over เริ่มต้น | สิ้นสุด) share that title's role, so both
    /// halves of the period are read.
    /// </summary>
    private static void ShareSpanningTitles(Table table, ColumnRole[] roles)
    {
        for (int c = 0; c < roles.Length; c++)
        {
            if (roles[c] != ColumnRole.Unknown || table.CellAt(0, c) is not { ColumnSpan: > 1 } top) continue;
            roles[c] = Enumerable.Range(top.Column, top.ColumnSpan).Where(x => x < roles.Length)
                .Select(x => roles[x]).FirstOrDefault(r => r != ColumnRole.Unknown);
        }
    }

    /// <summary>
    /// A plan's table (a Gantt chart, or a unit column beside budget, indicator or target columns) whose title column is
    /// headed by a word naming no role (ประเด็น…, รายการ, ภารกิจ): its row stub, the first column left of every other
    /// role's that holds text, is what each row is about, so it is the measure column. A column titled as a budget,
    /// an indicator or a target is never the stub.
    /// </summary>
    private static void TitleFromRowStub(Table table, int headerRows, ColumnRole[] roles, IReadOnlyList<string> headerTexts)
    {
        for (int c = 0; c < roles.Length; c++)
        {
            if (roles[c] == ColumnRole.Number) continue;
            if (roles[c] != ColumnRole.Unknown || ColumnHeaderScorer.IsOtherColumnTitle(headerTexts[c])) return;
            var cells = Enumerable.Range(headerRows, Math.Max(0, table.RowCount - headerRows))
                .Select(r => table.Cells.FirstOrDefault(x => x.Row == r && x.Column == c)?.Text.Trim() ?? "")
                .Where(t => t.Length > 0).ToList();
            if (cells.Count == 0) continue;
            if (Share(cells, t => t.Length >= 8 && MeasureNumberReader.FromNumberCell(t) is null) >= 0.5) roles[c] = ColumnRole.Measure;
            return;
        }
    }

    private static ColumnRole[] AssignByHeader(IReadOnlyList<string> headerTexts)
    {
        var roles = Enumerable.Repeat(ColumnRole.Unknown, headerTexts.Count).ToArray();
        // Greedy over all (column, role) pairs, best first: each role and each column is used once.
        var pairs = headerTexts.SelectMany((text, column) => ColumnHeaderScorer.Score(text)
                .Where(p => p.Value > 0).Select(p => (Column: column, Role: p.Key, Score: p.Value)))
            .OrderByDescending(p => p.Score).ToList();
        var usedRoles = new HashSet<ColumnRole>();
        foreach (var (column, role, _) in pairs)
        {
            if (roles[column] != ColumnRole.Unknown || usedRoles.Contains(role)) continue;
            roles[column] = role;
            usedRoles.Add(role);
        }
        StepsFromSecondMeasureTitle(headerTexts, roles);
        return roles;
    }

    /// <summary>
    /// A plan prints what is done under each measure in a column titled like measures too (แนวทางการพัฒนา | ชุดโครงการ,
    /// มาตรการ | กิจกรรม): the second such title, right of the measure column, is the measure's steps when no column
    /// names steps.
    /// </summary>
    private static void StepsFromSecondMeasureTitle(IReadOnlyList<string> headerTexts, ColumnRole[] roles)
    {
        int measure = Array.IndexOf(roles, ColumnRole.Measure);
        if (measure < 0 || roles.Contains(ColumnRole.Steps)) return;
        for (int c = measure + 1; c < roles.Length; c++)
        {
            if (roles[c] != ColumnRole.Unknown || !NamesMeasureWork(headerTexts[c])) continue;
            roles[c] = ColumnRole.Steps;
            return;
        }
    }

    // ชุดโครงการ (a set of projects) heads with ชุด, which the title test would take for another head noun.
    private static bool NamesMeasureWork(string header)
    {
        var text = header.Trim();
        return ColumnHeaderScorer.IsTitleOf(text, ColumnRole.Measure) ||
               (text.StartsWith("ชุด", StringComparison.Ordinal) && ColumnHeaderScorer.IsTitleOf(text[3..], ColumnRole.Measure));
    }

    private static void FillByContent(Table table, int firstDataRow, ColumnRole[] roles, Func<int, bool> mayGuessText)
    {
        var columns = Enumerable.Range(0, table.ColumnCount)
            .Select(c => Enumerable.Range(firstDataRow, Math.Max(0, table.RowCount - firstDataRow))
                .Select(r => table.Cells.FirstOrDefault(x => x.Row == r && x.Column == c)?.Text.Trim() ?? "")
                .Where(t => t.Length > 0).ToList())
            .ToList();

        void Assign(ColumnRole role, Func<List<string>, bool> test, bool textRole = false)
        {
            if (roles.Contains(role)) return;
            for (int c = 0; c < roles.Length; c++)
            {
                if (roles[c] != ColumnRole.Unknown || columns[c].Count == 0 || (textRole && !mayGuessText(c))) continue;
                if (test(columns[c])) { roles[c] = role; return; }
            }
        }

        Assign(ColumnRole.Number, cells => Share(cells, t => MeasureNumberReader.FromNumberCell(t) is not null) >= 0.6);
        Assign(ColumnRole.Period, cells => Share(cells, t => t.Length <= 80 && PeriodParser.Parse(t, null) is { Start: not null }) >= 0.5);
        Assign(ColumnRole.Responsible, cells => Share(cells, LooksLikeUnits) >= 0.5);
        // The remaining text columns, left to right, in the order measure tables print them.
        foreach (var role in new[] { ColumnRole.Measure, ColumnRole.Steps, ColumnRole.Progress })
            Assign(role, cells => Share(cells, t => t.Length >= 8 && MeasureNumberReader.FromNumberCell(t) is null) >= 0.5, textRole: true);
    }

    private static double Share(List<string> cells, Func<string, bool> test) => cells.Count == 0 ? 0 : (double)cells.Count(test) / cells.Count;

    private static bool LooksLikeUnits(string cell)
    {
        var items = CellItemSplitter.Split(cell.Split('\n'), linesAreParagraphs: true, WrapJoin.Space);
        return items.Count > 0 && items.All(i => i.Length <= 60 && UnitWords.Any(w => CellItemSplitter.StripMarker(i).StartsWith(w, StringComparison.Ordinal)));
    }

    private static readonly string[] UnitWords = ["สำนัก", "กอง", "ฝ่าย", "งาน", "หน่วย", "ศูนย์", "ส่วน", "สถาบัน", "กลุ่มงาน", "สป.", "กค.", "กช.", "ทุกกอง", "ทุกส่วน", "ทุกหน่วยงาน"];
}
