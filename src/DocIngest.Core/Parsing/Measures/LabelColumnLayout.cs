using DocIngest.Core.Numerics;
using DocIngest.Core.Content;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Where a page prints field labels in a column of their own, left of their values, without ruling:
/// "(๑) กิจกรรม/โครงการ" on the left, the activity's title beside it on the right, and so on per field.
/// </summary>
/// <param name="ValueLeft">The left edge of the value column, in page pixels.</param>
/// <param name="LineHeight">The page's typical line height, the unit of every tolerance.</param>
public sealed record LabelColumnLayout(int ValueLeft, double LineHeight)
{
    /// <summary>How a line stands against the layout's columns.</summary>
    public enum Place
    {
        /// <summary>Within the label column (a label or the wrapped end of one, or a short heading line).</summary>
        Label,
        /// <summary>Starts in the value column.</summary>
        Value,
        /// <summary>Starts left of the value column and runs into it: a heading, prose, or a label with its value on one line.</summary>
        Wide,
    }

    /// <summary>Where a line stands; its box must be known.</summary>
    public Place PlaceOf(BoundingBox box)
    {
        double slack = LineHeight / 2;
        if (box.X >= ValueLeft - slack) return Place.Value;
        return box.Right <= ValueLeft + slack ? Place.Label : Place.Wide;
    }

    /// <summary>
    /// The layout of a page's lines, or null when they show none: at least two lines that are a bare label (nothing
    /// after it but a slash) of two different fields, starting at one left edge, and at least two lines starting at
    /// one left edge right of all of those labels.
    /// </summary>
    public static LabelColumnLayout? Detect(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var boxed = lines.Where(l => l.Box is not null && l.Text.Trim().Length > 0).ToList();
        if (boxed.Count < 4) return null;
        double lineHeight = Median(boxed.Select(l => (double)l.Box!.Value.Height));

        var bareLabels = boxed
            .Select(l => (Line: l, Label: MeasureFieldLabel.Find(l.Text)))
            .Where(x => x.Label is { } found && found.Remainder.Trim('/', ' ').Length == 0)
            .ToList();
        if (bareLabels.Count < 2) return null;
        int labelLeft = DensestLeft(bareLabels.Select(x => x.Line.Box!.Value.X), lineHeight).Left;
        var column = bareLabels.Where(x => Math.Abs(x.Line.Box!.Value.X - labelLeft) <= lineHeight).ToList();
        if (column.Count < 2 || column.Select(x => x.Label!.Value.Role).Distinct().Count() < 2) return null;

        int labelRight = column.Max(x => x.Line.Box!.Value.Right);
        var rightOfLabels = boxed.Select(l => l.Box!.Value.X).Where(x => x > labelRight).ToList();
        if (rightOfLabels.Count < 2) return null;
        var (valueLeft, count) = DensestLeft(rightOfLabels, lineHeight);
        return count >= 2 ? new LabelColumnLayout(valueLeft, lineHeight) : null;
    }

    /// <summary>The left edge shared by most of the given edges (within one line height), and how many share it.</summary>
    private static (int Left, int Count) DensestLeft(IEnumerable<int> lefts, double window)
    {
        var sorted = lefts.Order().ToList();
        (int Left, int Count) best = (sorted[0], 0);
        for (int i = 0; i < sorted.Count; i++)
        {
            int count = sorted.Skip(i).TakeWhile(x => x - sorted[i] <= window).Count();
            if (count > best.Count) best = (sorted[i], count);
        }
        return best;
    }

    private static double Median(IEnumerable<double> values) => OrderStatistics.Median(values);
}
