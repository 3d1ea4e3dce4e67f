namespace DocIngest.Core.Numerics;

/// <summary>Half-open integer intervals [Start, End), such as the columns a row of ink covers.</summary>
public static class Intervals
{
    /// <summary>The intervals' union as disjoint intervals, left to right; intervals that overlap or touch become one.</summary>
    public static List<(int Start, int End)> Union(IEnumerable<(int Start, int End)> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var union = new List<(int Start, int End)>();
        foreach (var (start, end) in intervals.OrderBy(i => i.Start))
        {
            if (union.Count > 0 && start <= union[^1].End) union[^1] = (union[^1].Start, Math.Max(union[^1].End, end));
            else union.Add((start, end));
        }
        return union;
    }
}
