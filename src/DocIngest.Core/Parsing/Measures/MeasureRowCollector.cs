using System.Text.RegularExpressions;
using DocIngest.Core.Content;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Walks a document's tables in reading order and collects measure rows, carrying a table's layout and its last
/// measure over page breaks: a headerless table (or one repeating the header) with the same columns continues the
/// previous measure table, and a leading row without a number or title continues the measure above it.
/// </summary>
internal sealed partial class MeasureRowCollector(ICollection<string> warnings)
{
    private readonly List<MeasureDraft> drafts = [];
    private MeasureTableLayout? active;
    private MeasureDraft? current;

    /// <summary>The measures collected so far, in order.</summary>
    public IReadOnlyList<MeasureDraft> Drafts => drafts;

    /// <summary>True once any measure table was seen.</summary>
    public bool SawMeasureTable { get; private set; }

    public void AddTable(Table table, PageContent page)
    {
        var (layout, continues) = LayoutFor(table, page.Number);
        if (layout is null)
        {
            active = null;
            current = null;
            return;
        }
        SawMeasureTable = true;
        active = layout;
        if (!continues) current = null;
        bool paragraphs = page.Method == PageMethod.Docx;
        bool firstDataRow = true;
        for (int r = layout.HeaderRows; r < table.RowCount; r++)
        {
            if (MeasureTableLayoutDetector.IsHeaderRow(table, r)) continue; // a header repeated inside the grid
            var cellLines = ReadRow(table, r, layout);
            if (cellLines.Count == 0) continue;
            AddRow(cellLines, page.Number, paragraphs, continuationCandidate: continues && firstDataRow);
            firstDataRow = false;
        }
    }

    private (MeasureTableLayout? Layout, bool Continues) LayoutFor(Table table, int page)
    {
        var own = MeasureTableLayoutDetector.FromHeader(table);
        if (own is not null)
        {
            // Any measure table right after another may carry its last row on; the grid may differ when OCR found
            // the columns differently on the next page, and rows are merged by role, not by column.
            if (own.IsMeasureTable) return (own, active is not null);
            if (MeasureTableLayoutDetector.MentionsMeasures(table))
                warnings.Add($"page {page}: a {table.ColumnCount}-column table titled like a measure table, but its columns could not be mapped ({HeaderSummary(table)})");
            return (null, false);
        }
        if (active is not null && table.ColumnCount == active.ColumnCount) return (active with { HeaderRows = 0 }, true);
        var guessed = MeasureTableLayoutDetector.FromContent(table);
        if (guessed is not null)
            warnings.Add($"page {page}: a {table.ColumnCount}-column table without a header was read as measures by its content");
        else if (MeasureTableLayoutDetector.MentionsMeasures(table))
            warnings.Add($"page {page}: a {table.ColumnCount}-column table titled like a measure table, but its columns could not be mapped ({HeaderSummary(table)})");
        return (guessed, false);
    }

    private void AddRow(Dictionary<ColumnRole, List<string>> cells, int page, bool paragraphs, bool continuationCandidate)
    {
        int? expected = drafts.LastOrDefault(d => d.Number is not null)?.Number + 1;
        int? number = cells.TryGetValue(ColumnRole.Number, out var numberLines)
            ? MeasureNumberReader.FromNumberCell(string.Join(' ', numberLines), expected)
            : null;
        bool hasTitle = cells.ContainsKey(ColumnRole.Measure);
        var titlePrefixNumber = hasTitle ? MeasureNumberReader.SplitTitle(cells[ColumnRole.Measure][0], expected).Number : null;
        bool numbered = number is not null || titlePrefixNumber is not null;

        // A row with neither number nor title continues the measure above (a merged cell, or the part of a row
        // that ran over the page break). At the top of a continuation page, a title without a number continues
        // a numbered measure whose title was cut by the break.
        // A number cell holding ink that reads as no number ("|" for ๗) is a number misread, not an empty cell: that row
        // opens a measure of its own.
        bool numberCellInked = numberLines is not null && numberLines.Any(l => l.Trim().Length > 0);
        bool continuesAbove = current is not null && !numbered && (!hasTitle || (continuationCandidate && IsNumbered(current) && !numberCellInked));
        if (continuesAbove)
        {
            foreach (var (role, lines) in cells) current!.Add(role, lines);
            return;
        }
        if (!hasTitle && current is null)
        {
            warnings.Add($"page {page}: a measure table row without a title and no measure above it; skipped");
            return;
        }
        current = new MeasureDraft(page, number ?? titlePrefixNumber, paragraphs);
        foreach (var (role, lines) in cells) current.Add(role, lines);
        drafts.Add(current);
    }

    private static bool IsNumbered(MeasureDraft draft) => draft.Number is not null;

    /// <summary>The non-empty lines of each role's cell in a row; continuation markers ("/ มาตรการ...") dropped.</summary>
    private static Dictionary<ColumnRole, List<string>> ReadRow(Table table, int row, MeasureTableLayout layout)
    {
        var result = new Dictionary<ColumnRole, List<string>>();
        foreach (var cell in table.Row(row))
        {
            // A cell spanning several columns belongs to the first role among them.
            var role = Enumerable.Range(cell.Column, cell.ColumnSpan).Where(c => c < layout.ColumnCount)
                .Select(c => layout.Roles[c]).FirstOrDefault(r => r != ColumnRole.Unknown);
            if (role == ColumnRole.Unknown) continue;
            var lines = cell.Lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !ContinuationMarker().IsMatch(l)).ToList();
            if (lines.Count == 0) continue;
            if (!result.TryGetValue(role, out var list)) result[role] = list = [];
            list.AddRange(lines);
        }
        return result;
    }

    private static string HeaderSummary(Table table) =>
        string.Join(" | ", table.Row(0).Select(c => c.Text.Replace('\n', ' ').Trim()));

    /// <summary>The "/ มาตรการ..." a page ends with to announce the next page's first words.</summary>
    [GeneratedRegex(@"^/\s*\S{1,40}\s*(?:\.{2,}|…)$")]
    public static partial Regex ContinuationMarker();
}
