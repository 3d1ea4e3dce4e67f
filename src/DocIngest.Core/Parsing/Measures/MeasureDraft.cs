namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// A measure being collected: its lines per role, gathered from one table row or from several rows and pages
/// that continue it, before they are split into items and normalised.
/// </summary>
internal sealed class MeasureDraft(int page, int? number, bool linesAreParagraphs)
{
    private readonly Dictionary<ColumnRole, List<string>> lines = [];

    /// <summary>The page the measure starts on.</summary>
    public int Page { get; } = page;

    public int? Number { get; set; } = number;

    /// <summary>True when the source's lines are paragraphs (DOCX) rather than visual lines.</summary>
    public bool LinesAreParagraphs { get; } = linesAreParagraphs;

    public IReadOnlyList<string> LinesOf(ColumnRole role) => lines.TryGetValue(role, out var l) ? l : [];

    public bool HasLines(ColumnRole role) => LinesOf(role).Count > 0;

    public void Add(ColumnRole role, IEnumerable<string> more)
    {
        if (!lines.TryGetValue(role, out var list)) lines[role] = list = [];
        list.AddRange(more.Where(l => !string.IsNullOrWhiteSpace(l)));
    }
}
