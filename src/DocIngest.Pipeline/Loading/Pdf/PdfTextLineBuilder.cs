using DocIngest.Core.Numerics;
using System.Globalization;
using System.Text;
using DocIngest.Core.Thai;
using UglyToad.PdfPig.Core;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>A line assembled from PDF letters: its text and its extent in PDF points.</summary>
public sealed record PdfTextLine(string Text, PdfRectangle Bounds, double FontSize);

/// <summary>
/// Groups PDF letters into lines by baseline and into words by the gaps between glyphs.
/// Thai has no spaces between words, so spaces come from geometry, not from space glyphs.
/// </summary>
public static class PdfTextLineBuilder
{
    /// <summary>Baselines closer than this share of the font size belong to one line (marks above and below share their base's baseline).</summary>
    private const double BaselineTolerance = 0.35;

    /// <summary>A horizontal gap wider than this share of the font size is a space between words.</summary>
    private const double WordGap = 0.22;

    /// <summary>Lines top to bottom, each left to right.</summary>
    public static IReadOnlyList<PdfTextLine> Build(IEnumerable<PdfGlyph> letters)
    {
        // Space glyphs are dropped (spaces come from gaps); empty glyphs stay: they are the later glyphs of an ActualText cluster and carry its width.
        var visible = letters.Where(l => l.Value.Length == 0 || !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var lines = new List<PdfTextLine>();
        foreach (var lineLetters in GroupByBaseline(visible))
        {
            var line = BuildLine(lineLetters);
            if (line is not null) lines.Add(line);
        }
        return lines;
    }

    /// <summary>Letters whose baselines are within tolerance, top line first; stream order is kept inside a group.</summary>
    private static IEnumerable<List<PdfGlyph>> GroupByBaseline(List<PdfGlyph> letters)
    {
        var groups = new List<(double Baseline, double Size, List<PdfGlyph> Letters)>();
        foreach (var letter in letters)
        {
            double baseline = letter.Baseline;
            double size = letter.FontSize;
            int index = groups.FindIndex(g => Math.Abs(g.Baseline - baseline) <= BaselineTolerance * Math.Max(g.Size, size));
            if (index < 0) groups.Add((baseline, size, [letter]));
            else groups[index].Letters.Add(letter);
        }
        return groups.OrderByDescending(g => g.Baseline).Select(g => g.Letters);
    }

    private static PdfTextLine? BuildLine(List<PdfGlyph> letters)
    {
        var clusters = ToClusters(letters).OrderBy(c => c.Left).ToList();
        if (clusters.Count == 0) return null;
        double fontSize = Median(letters.Select(l => l.FontSize));
        var text = new StringBuilder();
        double previousRight = double.NegativeInfinity;
        foreach (var cluster in clusters)
        {
            if (text.Length > 0 && cluster.Left - previousRight > WordGap * fontSize) text.Append(' ');
            text.Append(cluster.Text);
            previousRight = Math.Max(previousRight, cluster.Right);
        }
        var bounds = letters.Select(l => l.Bounds).Aggregate(Union);
        var normalized = ThaiText.Normalize(text.ToString());
        return normalized.Length == 0 ? null : new PdfTextLine(normalized, bounds, fontSize);
    }

    /// <summary>A base glyph with the marks that follow it in the stream: sorting by x must never move a mark off its consonant.</summary>
    private sealed record Cluster(string Text, double Left, double Right);

    private static IEnumerable<Cluster> ToClusters(List<PdfGlyph> letters)
    {
        StringBuilder? text = null;
        double left = 0, right = 0;
        foreach (var letter in letters)
        {
            if (text is null && letter.Value.Length == 0) continue;
            if (text is not null && (letter.Value.Length == 0 || IsMarkOnly(letter.Value)))
            {
                text.Append(letter.Value);
                right = Math.Max(right, letter.EndX);
                continue;
            }
            if (text is not null) yield return new Cluster(OrderMarks(text.ToString()), left, right);
            text = new StringBuilder(letter.Value);
            left = Math.Min(letter.StartX, letter.EndX);
            right = Math.Max(letter.StartX, letter.EndX);
        }
        if (text is not null) yield return new Cluster(OrderMarks(text.ToString()), left, right);
    }

    /// <summary>
    /// Fonts draw a cluster's marks in any order (ธ + ์ + ุ), and Unicode normalisation does not reorder Thai tone and
    /// thanthakhat marks (combining class 0); Thai spelling stores vowel marks first, then tones, then ์ ํ ๎.
    /// </summary>
    public static string OrderMarks(string cluster)
    {
        var chars = cluster.ToCharArray();
        for (int start = 0; start < chars.Length;)
        {
            int end = start;
            while (end < chars.Length && TextLayerQuality.IsThaiMark(chars[end])) end++;
            if (end - start >= 2)
            {
                // Each run of consecutive marks is sorted on its own; OrderBy is stable, so same-rank marks keep their order.
                var run = chars[start..end].OrderBy(MarkRank).ToArray();
                run.CopyTo(chars, start);
            }
            start = Math.Max(end, start + 1);
        }
        return new string(chars);
    }

    private static int MarkRank(char c) => c switch
    {
        >= '\u0E48' and <= '\u0E4B' => 1, // tone marks
        >= '\u0E4C' and <= '\u0E4E' => 2, // thanthakhat, nikhahit, yamakkan
        _ => 0, // above and below vowels
    };

    private static bool IsMarkOnly(string value) =>
        value.All(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);

    private static double Median(IEnumerable<double> values) => OrderStatistics.UpperMedian(values);

    private static PdfRectangle Union(PdfRectangle a, PdfRectangle b) => new(
        Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));
}
