namespace DocIngest.Core.Numerics;

/// <summary>
/// Order statistics that scale tolerances to a page: the median line height, a typical glyph size, a run's pitch.
/// One place for what had become a private Median in every stage that needed one.
/// </summary>
public static class OrderStatistics
{
    /// <summary>
    /// The value at <paramref name="share"/> (0–1) of the sorted values: the ⌊share·n⌋-th smallest, the largest for
    /// share 1; default (0) when there are no values.
    /// </summary>
    public static T At<T>(IEnumerable<T> values, double share) where T : IComparable<T>
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? default! : sorted[Math.Min(sorted.Count - 1, (int)(share * sorted.Count))];
    }

    /// <summary>
    /// The ⌊n/2⌋-th smallest value: for an even count the upper of the two middle ones, so the result is a value that
    /// occurs (a real line's height); default (0) when there are no values.
    /// </summary>
    public static T UpperMedian<T>(IEnumerable<T> values) where T : IComparable<T> => At(values, 0.5);

    /// <summary>The median: for an even count, the mean of the two middle values. Needs at least one value.</summary>
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) throw new ArgumentException("no values", nameof(values));
        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
