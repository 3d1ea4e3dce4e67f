namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// A measure being collected: its lines per role, gathered from one table row or from several rows and pages
/// that continue it, before they are split into items and normalised.
/// </summary>
internal sealed class MeasureDraft(int page, int? number, bool linesAreParagraphs)
{
    // Each role's text as chunks: one chunk per table cell (or text field) it came from, so that two rows'
    // cells never run together into one item.
    private readonly Dictionary<ColumnRole, List<IReadOnlyList<string>>> chunks = [];

    /// <summary>The page the measure starts on.</summary>
    public int Page { get; } = page;

    public int? Number { get; set; } = number;

    /// <summary>The group number when the row was numbered under a group (๑.๒ → 1), else null.</summary>
    public int? SubNumberedUnder { get; init; }

    /// <summary>The plain number of the row's number cell (๑), which a group row carries; null otherwise.</summary>
    public int? GroupNumber { get; init; }

    /// <summary>True when the title cell spans the columns of other roles, as a group row across the table does.</summary>
    public bool TitleSpansColumns { get; init; }

    /// <summary>True when the source's lines are paragraphs (DOCX) rather than visual lines.</summary>
    public bool LinesAreParagraphs { get; } = linesAreParagraphs;

    /// <summary>All lines of a role, chunks concatenated.</summary>
    public IReadOnlyList<string> LinesOf(ColumnRole role) => ChunksOf(role).SelectMany(c => c).ToList();

    /// <summary>A role's chunks in the order they were added.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ChunksOf(ColumnRole role) => chunks.TryGetValue(role, out var c) ? c : [];

    public bool HasLines(ColumnRole role) => ChunksOf(role).Count > 0;

    private readonly SortedSet<int> markedMonths = [];

    /// <summary>The fiscal months (0 = ตุลาคม) a Gantt chart marks for the measure, in order.</summary>
    public IReadOnlyCollection<int> MarkedMonths => markedMonths;

    /// <summary>The fiscal year the Gantt chart's headers print, when they print one.</summary>
    public int? TimelineFiscalYear { get; private set; }

    /// <summary>Adds the fiscal months a Gantt row marks for this measure.</summary>
    public void AddMarkedMonths(IEnumerable<int> months, int? fiscalYear)
    {
        markedMonths.UnionWith(months);
        TimelineFiscalYear ??= fiscalYear;
    }

    /// <summary>Adds one cell's (or field's) lines to a role; blank lines are dropped, an empty chunk is not kept.</summary>
    public void Add(ColumnRole role, IEnumerable<string> lines)
    {
        var chunk = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (chunk.Count == 0) return;
        if (!chunks.TryGetValue(role, out var list)) chunks[role] = list = [];
        list.Add(chunk);
    }
}
