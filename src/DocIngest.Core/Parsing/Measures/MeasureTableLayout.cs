namespace DocIngest.Core.Parsing.Measures;

/// <summary>How a measure table's columns map to roles, and how many of its first rows are header rows.</summary>
/// <param name="Roles">One role per grid column.</param>
/// <param name="HeaderRows">Leading rows holding column titles (0 when the table has none, e.g. a continuation).</param>
public sealed record MeasureTableLayout(IReadOnlyList<ColumnRole> Roles, int HeaderRows)
{
    /// <summary>The Gantt chart whose columns are <see cref="ColumnRole.Timeline"/>, when the table prints its period as one.</summary>
    public GanttTimeline? Timeline { get; init; }

    public int ColumnCount => Roles.Count;

    /// <summary>The column holding a role, or -1.</summary>
    public int ColumnOf(ColumnRole role)
    {
        for (int c = 0; c < Roles.Count; c++) if (Roles[c] == role) return c;
        return -1;
    }

    public bool Has(ColumnRole role) => ColumnOf(role) >= 0;

    /// <summary>
    /// A measure table needs a title column and at least two more roles; a 2-column indicator table or a
    /// signature grid does not qualify.
    /// </summary>
    public bool IsMeasureTable => Has(ColumnRole.Measure) && Roles.Count(r => r != ColumnRole.Unknown) >= 3;
}
