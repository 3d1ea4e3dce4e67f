using DocIngest.Core.Numerics;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Re-reads lines the page layout gave a box far taller than the page's lines. Such a box takes in the marks of the
/// lines above and below, and the page read sees them as the line's own: measures-khokkhon's "พ.ศ. ๒๕๖๕ นำมาสู่…" got a
/// 169 px box among 80–100 px lines and came out "พ.ศ, ๒๕๒๕ บ้ามาตู่…". Read again alone as one line (a crop of that box), the
/// engine keeps to the middle row of ink. The re-read replaces the line only when more of its letters make dictionary
/// words and it is about as long, so a tall line that was read right (a heading in a larger font) keeps its reading.
/// </summary>
public static class TallLineRereader
{
    /// <summary>A line whose box is at least this many times the median line height is re-read.</summary>
    public const double MinHeightRatio = 1.5;

    /// <summary>Lines shorter than this (characters) neither set the median nor are re-read: marks and page numbers.</summary>
    public const int MinLength = 10;

    /// <summary>The re-read may be this much shorter than the first reading (characters without spaces, as a share).</summary>
    public const double MaxShrink = 0.1;

    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(recognizer);
        var heights = lines.Where(l => l.Text.Length >= MinLength).Select(l => l.Box.Height).ToList();
        if (heights.Count < 3) return lines;
        double median = OrderStatistics.UpperMedian(heights);
        List<RecognizedLine>? result = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Text.Length < MinLength || line.Box.Height < MinHeightRatio * median) continue;
            var region = TableMask.Clip(line.Box, image);
            if (region.Width < 4 || region.Height < 4) continue;
            // A crop, not a rectangle of the page: with a rectangle the engine binarises and segments as on the page
            // and gives the same reading back.
            var reread = recognizer.Recognize(image.Crop(region), null, SegmentationMode.SingleLine)
                .Select(l => l.Offset(region.X, region.Y)).ToList();
            if (reread.Count != 1 || !IsBetter(line.Text, reread[0].Text)) continue;
            result ??= lines.ToList();
            result[i] = reread[0] with { Box = CoreBox(line.Box, lines, median) };
        }
        return result ?? lines;
    }

    /// <summary>
    /// The line's box without the parts its neighbours' boxes take (the rows between the line above and the line below,
    /// which hold its own letters). A re-read crop gives back the tall box, and its symbols span it too; kept, the box
    /// would still overlap the lines above and below so much that blocks took it for a line beside them and read it
    /// out of order. The tall box stays when too little would be left.
    /// </summary>
    private static BoundingBox CoreBox(BoundingBox box, IReadOnlyList<RecognizedLine> lines, double medianHeight)
    {
        double middle = box.Y + box.Height / 2.0;
        int top = box.Y, bottom = box.Bottom;
        foreach (var other in lines.Select(l => l.Box))
        {
            if (other == box || !other.OverlapsHorizontally(box)) continue;
            if (other.Y + other.Height / 2.0 < middle && other.Bottom > top) top = Math.Min(other.Bottom, bottom);
            else if (other.Y + other.Height / 2.0 >= middle && other.Y < bottom) bottom = Math.Max(other.Y, top);
        }
        return bottom - top >= 0.3 * medianHeight ? box with { Y = top, Height = bottom - top } : box;
    }

    /// <summary>Whether <paramref name="reread"/> makes more dictionary words of its letters and is about as long as <paramref name="first"/>.</summary>
    public static bool IsBetter(string first, string reread)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(reread);
        int firstLength = first.Count(c => !char.IsWhiteSpace(c)), rereadLength = reread.Count(c => !char.IsWhiteSpace(c));
        if (rereadLength < (1 - MaxShrink) * firstLength) return false;
        var segmenter = ThaiWordSegmenter.Default;
        return NoiseLineFilter.WordShare(ThaiText.Normalize(reread), segmenter) > NoiseLineFilter.WordShare(ThaiText.Normalize(first), segmenter);
    }
}
