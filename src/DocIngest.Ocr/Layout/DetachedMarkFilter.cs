using DocIngest.Core.Numerics;
using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Drops "lines" that are only Thai marks split off a real line. Tesseract sometimes segments the row of
/// upper vowels and tone marks (็ ์ ่ above เว็บไซต์) or lower vowels as a line of its own, and then reads
/// it as unrelated glyphs (๕ ด). Such a line is much shorter than the others and touches or overlaps, vertically,
/// a full line that it overlaps horizontally. A real line of only low letters (ชอบ) is short too, but it stands
/// a normal line gap away from its neighbours, so it is kept.
/// </summary>
public static class DetachedMarkFilter
{
    /// <summary>Lines lower than this share of the median line height are candidates.</summary>
    public const double MaxHeightRatio = 0.5;

    /// <summary>Largest vertical gap, as a share of the median line height, at which a mark row still counts as touching its line.</summary>
    public const double MaxTouchGapRatio = 0.05;

    /// <summary>The lines of one recognition call, minus detached mark rows, in their original order.</summary>
    public static IReadOnlyList<RecognizedLine> Remove(IReadOnlyList<RecognizedLine> lines)
    {
        if (lines.Count < 2) return lines;
        double median = OrderStatistics.UpperMedian(lines.Select(l => l.Box.Height));
        return lines.Where(line => !IsDetachedMarks(line, lines, median)).ToList();
    }

    private static bool IsDetachedMarks(RecognizedLine line, IReadOnlyList<RecognizedLine> lines, double median)
    {
        if (line.Box.Height >= MaxHeightRatio * median) return false;
        double reach = MaxTouchGapRatio * median;
        foreach (var other in lines)
        {
            if (ReferenceEquals(other, line) || other.Box.Height < MaxHeightRatio * median) continue;
            if (!other.Box.OverlapsHorizontally(line.Box)) continue;
            int gapAbove = other.Box.Y - line.Box.Bottom;  // marks above the full line
            int gapBelow = line.Box.Y - other.Box.Bottom;  // marks below it
            if ((gapAbove <= reach && gapAbove >= -line.Box.Height - other.Box.Height) || (gapBelow <= reach && gapBelow >= -line.Box.Height - other.Box.Height))
                return true;
        }
        return false;
    }
}
