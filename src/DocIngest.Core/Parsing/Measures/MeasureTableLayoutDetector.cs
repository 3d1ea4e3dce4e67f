using DocIngest.Core.Content;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Works out a table's column roles: from its header row(s) by fuzzy wording, then from the columns' content
/// (numbers only → ลำดับ, dates → ระยะเวลา, unit names → ผู้รับผิดชอบ, remaining text columns left to right →
/// มาตรการ, ขั้นตอน, ผลการดำเนินงาน) for columns no header names.
/// </summary>
public static class MeasureTableLayoutDetector
{
    /// <summary>Tables narrower or wider than this are not measure tables.</summary>
    public const int MinColumns = 3, MaxColumns = 8;

    private const int MaxHeaderRows = 2;

    /// <summary>The table's layout read from its own header rows; null when its first row is no header.</summary>
    public static MeasureTableLayout? FromHeader(Table table)
    {
        if (table.ColumnCount is < MinColumns or > MaxColumns) return null;
        int headerRows = 0;
        while (headerRows < Math.Min(MaxHeaderRows, table.RowCount) && IsHeaderRow(table, headerRows)) headerRows++;
        if (headerRows == 0) return null;

        var texts = Enumerable.Range(0, table.ColumnCount)
            .Select(c => string.Join(' ', Enumerable.Range(0, headerRows).Select(r => table.CellAt(r, c)?.Text ?? "").Distinct()))
            .ToList();
        var roles = AssignByHeader(texts);
        ShareSpanningTitles(table, roles);
        // Only a column whose title is blank or unreadable may get a text role from content; a titled column that
        // names nothing we know (ตัวชี้วัด, หมายเหตุ) stays unknown.
        FillByContent(table, headerRows, roles, c => FuzzyText.Key(texts[c]).Length < 3);
        return new MeasureTableLayout(roles, headerRows);
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

    /// <summary>True when the row reads as column titles: at least two cells, and most of its cells, are titles naming a role.</summary>
    public static bool IsHeaderRow(Table table, int row)
    {
        var cells = table.Row(row).Where(c => c.Text.Trim().Length > 0).ToList();
        if (cells.Count == 0) return false;
        int titles = cells.Count(c => ColumnHeaderScorer.IsTitleLike(c.Text));
        return titles >= 2 && titles * 2 >= cells.Count;
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
        return roles;
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
