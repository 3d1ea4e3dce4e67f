using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Walks a document's tables in reading order and collects measure rows, carrying a table's layout and its last
/// measure over page breaks: a headerless table (or one repeating the header) with the same columns continues the
/// previous measure table, and a leading row without a number or title continues the measure above it. Lines OCR made
/// out of an empty cell's specks are no text; a group row (๑ ด้าน…) over measures numbered ๑.๑ / ๑.๒, or spanning the
/// table, is no measure; a responsible unit or period merged over several measures belongs to each of them.
/// </summary>
internal sealed partial class MeasureRowCollector(ICollection<string> warnings)
{
    private readonly List<MeasureDraft> drafts = [];
    private MeasureTableLayout? active;
    private MeasureDraft? current;

    /// <summary>The measures collected so far, in order.</summary>
    public IReadOnlyList<MeasureDraft> Drafts => drafts.Where(d => !IsGroupHeading(d)).ToList();

    /// <summary>
    /// A row that only names a group of the measures under it: a title and nothing else, spanning the other columns
    /// or followed by measures numbered under its number (๑ ด้านการเปิดเผยข้อมูล, then ๑.๑, ๑.๒).
    /// </summary>
    private bool IsGroupHeading(MeasureDraft draft)
    {
        if (draft.MarkedMonths.Count > 0) return false;
        if (draft.HasLines(ColumnRole.Steps) || draft.HasLines(ColumnRole.Responsible) || draft.HasLines(ColumnRole.Period) ||
            draft.HasLines(ColumnRole.Progress) || draft.HasLines(ColumnRole.FollowUp)) return false;
        if (draft.TitleSpansColumns) return true;
        int next = drafts.IndexOf(draft) + 1;
        return next < drafts.Count && draft.GroupNumber is { } group && drafts[next].SubNumberedUnder == group;
    }

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
        // A chart whose header, repeated on the next page, lost its year to OCR counts from the year of the chart it
        // goes on from, when it has the same columns.
        if (continues && layout.Timeline is { FiscalYear: null } timeline && active?.Timeline is { FiscalYear: { } year } previous &&
            timeline.Months.OrderBy(p => p.Key).Select(p => p.Value).SequenceEqual(previous.Months.OrderBy(p => p.Key).Select(p => p.Value)))
            layout = layout with { Timeline = timeline with { FiscalYear = year } };
        SawMeasureTable = true;
        active = layout;
        if (!continues) current = null;
        bool paragraphs = page.Method == PageMethod.Docx;
        bool firstDataRow = true;
        for (int r = layout.HeaderRows; r < table.RowCount; r++)
        {
            if (MeasureTableLayoutDetector.IsHeaderRow(table, r)) continue; // a header repeated inside the grid
            if (RepeatsHeader(table, r, layout)) continue;
            var cellLines = ReadRow(table, r, layout);
            var marked = layout.Timeline?.MarkedMonths(table, r) ?? [];
            if (cellLines.Count > 0)
            {
                AddRow(cellLines, page.Number, paragraphs, continuationCandidate: continues && firstDataRow, table, r, layout);
                firstDataRow = false;
            }
            // A Gantt row's marks belong to the measure the row was added to (or, in a row of marks alone, the one above).
            if (marked.Count > 0 && current is not null) current.AddMarkedMonths(marked, layout.Timeline!.FiscalYear);
        }
    }

    private (MeasureTableLayout? Layout, bool Continues) LayoutFor(Table table, int page)
    {
        if (MeasureTableLayoutDetector.IsGoalsTable(table)) return (null, false);
        var own = MeasureTableLayoutDetector.FromHeader(table);
        if (own is not null)
        {
            // Any measure table right after another may carry its last row on; the grid may differ when OCR found
            // the columns differently on the next page, and rows are merged by role, not by column.
            if (own.IsMeasureTable) return (own, active is not null);
            // The header repeated over a page that holds only the rest of the last row (a unit cell run over the break)
            // leaves no title text to find the title column by: the columns are the previous table's.
            if (active is not null && SameColumnsBesideTitle(own, active)) return (active with { HeaderRows = own.HeaderRows }, true);
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

    /// <summary>
    /// True when <paramref name="own"/> gives every column the role <paramref name="active"/> gives it, except the title
    /// column it could not find (its cells blank below the header), and names at least one role besides.
    /// </summary>
    private static bool SameColumnsBesideTitle(MeasureTableLayout own, MeasureTableLayout active) =>
        own.ColumnCount == active.ColumnCount && own.Roles.Any(r => r is not (ColumnRole.Unknown or ColumnRole.Timeline)) &&
        own.Roles.Zip(active.Roles).All(p => p.First == p.Second || (p.First == ColumnRole.Unknown && p.Second == ColumnRole.Measure));

    private void AddRow(Dictionary<ColumnRole, List<string>> cells, int page, bool paragraphs, bool continuationCandidate,
        Table table, int row, MeasureTableLayout layout)
    {
        int? expected = drafts.LastOrDefault(d => d.Number is not null)?.Number + 1;
        int? number = cells.TryGetValue(ColumnRole.Number, out var numberLines)
            ? MeasureNumberReader.FromNumberCell(string.Join(' ', numberLines), expected)
            : null;
        // ๑.๑ / 2.3 in the number cell: a measure numbered under a group; the group's number is what ties them.
        int? subNumberedUnder = numberLines is not null && SubNumber().Match(ThaiDigits.ToArabic(string.Join(' ', numberLines).Trim())) is { Success: true } sub
            ? int.Parse(sub.Groups["group"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
        bool hasTitle = cells.ContainsKey(ColumnRole.Measure);
        var titlePrefixNumber = hasTitle ? MeasureNumberReader.SplitTitle(cells[ColumnRole.Measure][0], expected).Number : null;
        bool numbered = number is not null || titlePrefixNumber is not null || subNumberedUnder is not null;

        // A row with neither number nor title continues the measure above (a merged cell, or the part of a row
        // that ran over the page break). At the top of a continuation page, a title without a number continues
        // a numbered measure whose title was cut by the break.
        // A number cell holding ink that reads as no number ("|" for ๗) is a number misread, not an empty cell: that row
        // opens a measure of its own.
        bool numberCellInked = numberLines is not null && numberLines.Any(l => l.Trim().Length > 0);
        // A row whose steps go on with the current measure's numbering (๒) after ๑)) and that carries no number of its
        // own is the rest of that measure, whatever OCR made of its empty number and title cells.
        if (current is not null && number is null && subNumberedUnder is null && titlePrefixNumber is null &&
            cells.TryGetValue(ColumnRole.Steps, out var stepLines) && ContinuesSteps(current, stepLines[0]))
        {
            // The title was printed on the measure's first row; what OCR read in this row's number and title cells is specks.
            foreach (var (role, lines) in cells)
                if (role is not (ColumnRole.Number or ColumnRole.Measure)) current.Add(role, lines);
            return;
        }
        // A "- …" line alone in the title column under a numbered measure, in a table with no steps column, is one of
        // that measure's steps printed as a sub-row (its own Gantt marks beside it); its merged cells are the measure's.
        if (current is not null && IsNumbered(current) && !numbered && hasTitle && !layout.Has(ColumnRole.Steps) &&
            CellItemSplitter.OpensWithBullet(cells[ColumnRole.Measure][0]))
        {
            foreach (var (role, lines) in cells) current.Add(role == ColumnRole.Measure ? ColumnRole.Steps : role, lines);
            return;
        }
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
        current = new MeasureDraft(page, number ?? titlePrefixNumber, paragraphs)
        {
            SubNumberedUnder = subNumberedUnder,
            GroupNumber = number,
            TitleSpansColumns = TitleSpans(table, row, layout),
        };
        foreach (var (role, lines) in cells) current.Add(role, lines);
        // A unit or period cell merged down from a row above serves this measure too (one unit for ๑.๑ and ๑.๒).
        foreach (var role in SharedRoles)
            if (!current.HasLines(role) && MergedFromAbove(table, row, layout, role) is { Count: > 0 } shared)
                current.Add(role, shared);
        drafts.Add(current);
    }

    private static readonly ColumnRole[] SharedRoles = [ColumnRole.Responsible, ColumnRole.Period];

    /// <summary>True when the line opens with the step number after the last one the measure's steps hold.</summary>
    private static bool ContinuesSteps(MeasureDraft draft, string firstLine)
    {
        if (StepNumber(firstLine) is not { } next || next < 2) return false;
        var last = draft.LinesOf(ColumnRole.Steps).Select(StepNumber).LastOrDefault(n => n is not null);
        return last == next - 1;
    }

    private static int? StepNumber(string line) =>
        StepMarker().Match(ThaiDigits.ToArabic(line.TrimStart())) is { Success: true } m
            ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>
    /// True for a row that repeats the table's header on a later page while OCR garbled part of it: at least two of
    /// its cells are titles of their own column's role, and no cell holds anything else but specks.
    /// </summary>
    private static bool RepeatsHeader(Table table, int row, MeasureTableLayout layout)
    {
        int titles = 0, others = 0;
        foreach (var cell in table.Row(row))
        {
            var text = string.Join(' ', CleanLines(cell.Lines));
            if (text.Length == 0 || cell.Column >= layout.ColumnCount) continue;
            var role = layout.Roles[cell.Column];
            if (role != ColumnRole.Unknown && ColumnHeaderScorer.IsTitleOf(text, role)) titles++;
            else if (ParsingText.HasWord(text) && !ColumnHeaderScorer.IsTitleLike(text)) others++;
        }
        return titles >= 2 && titles > others;
    }

    // ๒) / (๒) / ๒. (not ๒.๑) opening a step.
    [GeneratedRegex(@"^\(?\s*(?<n>\d{1,2})\s*(?:\)|\.(?!\d))")]
    private static partial Regex StepMarker();

    /// <summary>The lines of a cell of the role's column that starts on an earlier row and spans down over this one.</summary>
    private static List<string>? MergedFromAbove(Table table, int row, MeasureTableLayout layout, ColumnRole role)
    {
        for (int c = 0; c < layout.ColumnCount && c < table.ColumnCount; c++)
        {
            if (layout.Roles[c] != role) continue;
            if (table.CellAt(row, c) is { } cell && cell.Row < row)
                return CleanLines(cell.Lines).ToList();
        }
        return null;
    }

    /// <summary>True when the row's title cell also covers the columns of other roles (a group row across the table).</summary>
    private static bool TitleSpans(Table table, int row, MeasureTableLayout layout) =>
        table.Row(row).Any(cell => cell.ColumnSpan > 1 &&
            Enumerable.Range(cell.Column, cell.ColumnSpan).Where(c => c < layout.ColumnCount).Select(c => layout.Roles[c]) is var roles &&
            roles.Contains(ColumnRole.Measure) && roles.Any(r => r is not (ColumnRole.Measure or ColumnRole.Number or ColumnRole.Unknown)));

    /// <summary>
    /// A cell's lines without continuation markers and without lines OCR made out of specks in an empty cell: a line of
    /// several pieces that is noise. A short piece (the wrapped "การ" of ฝ่ายอำนวยการ, "ม.ค.-", a number ๑.๑) is never
    /// taken for specks here.
    /// </summary>
    private static IEnumerable<string> CleanLines(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !ContinuationMarker().IsMatch(l) && !IsSpeckLine(l));

    private static bool IsSpeckLine(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumSpeckPieces && line.Any(char.IsLetter) && ParsingText.IsJunkLine(line);

    /// <summary>Pieces a line needs before it may be judged specks: OCR makes an empty cell's specks into many fragments.</summary>
    private const int MinimumSpeckPieces = 4;

    [GeneratedRegex(@"^\(?\s*(?<group>\d{1,2})\s*\.\s*\d{1,2}\s*[.)]?$")]
    private static partial Regex SubNumber();

    private static bool IsNumbered(MeasureDraft draft) => draft.Number is not null;

    /// <summary>The non-empty lines of each role's cell in a row; continuation markers ("/ มาตรการ...") and speck lines dropped.</summary>
    private static Dictionary<ColumnRole, List<string>> ReadRow(Table table, int row, MeasureTableLayout layout)
    {
        var result = new Dictionary<ColumnRole, List<string>>();
        foreach (var cell in table.Row(row))
        {
            // A cell spanning several columns belongs to the first role among them.
            var role = Enumerable.Range(cell.Column, cell.ColumnSpan).Where(c => c < layout.ColumnCount)
                .Select(c => layout.Roles[c]).FirstOrDefault(r => r != ColumnRole.Unknown);
            if (role is ColumnRole.Unknown or ColumnRole.Timeline) continue;
            var lines = CleanLines(cell.Lines).ToList();
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
