using System.Text.RegularExpressions;
using DocIngest.Core.Numerics;
using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Reads the lines Tesseract's page layout dropped. With automatic segmentation a short bold line between two
/// paragraphs (a heading such as "๒. ข้อเท็จจริง") can vanish: no line box covers its ink, and its text is lost
/// although the letters are clean. So the page's ink is labelled, the letter-sized components no recognised line
/// covers (and letters the threshold broke into pieces on a fill) are grouped into rows, cut at wide gaps, and each row
/// is read on its own as one line; a reading is kept only when it is confident and holds letters or is a number standing
/// alone (a chart's label; stamps, signatures and emblems give neither). Left-over ink in the row of a line that was read
/// means that line was cut short (its last words lost): the line and the ink are read again as one
/// line, and the reading replaces the cut line when it is as long and as confident, instead of standing beside it as a
/// second, overlapping line that repeats its text. Rows too low to hold letters (<see cref="MissedLineOptions.MinRowShare"/>)
/// are not read. The thresholds are <see cref="MissedLineOptions"/>.
/// </summary>
public static partial class MissedLineReader
{
    /// <summary>As <see cref="Apply(IReadOnlyList{RecognizedLine}, GrayImage, PageInk, ITextRecognizer)"/>, labelling <paramref name="binary"/>'s ink first.</summary>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, GrayImage binary, ITextRecognizer recognizer) =>
        Apply(lines, image, PageInk.Of(binary), recognizer);

    /// <inheritdoc cref="Apply(IReadOnlyList{RecognizedLine}, GrayImage, PageInk, ITextRecognizer, MissedLineOptions)"/>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, PageInk ink, ITextRecognizer recognizer) =>
        Apply(lines, image, ink, recognizer, Defaults);

    /// <summary>The lines with the rows of ink they left out read and inserted (or cut lines replaced), top to bottom.</summary>
    /// <param name="lines">The page's lines as the engine's layout found them.</param>
    /// <param name="image">The page the engine reads.</param>
    /// <param name="ink">The components of the page's cleaned binary image.</param>
    /// <param name="recognizer">Reads each row as one line.</param>
    /// <param name="options">The pass's thresholds.</param>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, PageInk ink, ITextRecognizer recognizer, MissedLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(ink);
        ArgumentNullException.ThrowIfNull(options);
        if (lines.Count == 0) return lines;
        int medianHeight = OrderStatistics.UpperMedian(lines.Select(l => l.Box.Height));
        int minLetter = ink.MinLetterHeight;

        var uncovered = ink.Components
            .Where(c => c.Height >= minLetter && c.Height <= 2 * medianHeight && c.Width <= 4 * medianHeight)
            .Where(c => !lines.Any(l => l.Box.ContainsCentreOf(c)))
            .Concat(BrokenLetters(ink, lines, minLetter, medianHeight))
            .OrderBy(c => c.Y + c.Height / 2).ToList();
        if (uncovered.Count < options.MinComponents) return lines;

        var result = lines.ToList();
        var found = new List<RecognizedLine>();
        foreach (var row in Rows(uncovered, medianHeight).SelectMany(r => Pieces(r, options.MaxGapLineHeights * medianHeight)))
        {
            if (row.Count < options.MinComponents) continue;
            var box = row.Aggregate((a, b) => a.Union(b));
            if (box.Height > 2 * medianHeight || box.Height < options.MinRowShare * medianHeight) continue;
            // Ink left over at the end (or start) of a line Tesseract did read means the line was cut short, not that a
            // line is missing: the row is read again together with that line, and the longer reading replaces it.
            var cut = result.Where(l => l.Box.SharesCentreRowWith(box) && l.Box.HorizontalOverlap(box) >= -3 * medianHeight).ToList();
            if (cut.Count > 0)
            {
                var whole = cut.Aggregate(box, (a, l) => a.Union(l.Box));
                if (whole.Height > 2 * medianHeight || Read(whole) is not [var longer]) continue;
                // The cut reading may already hold a guess at the lost words, so the re-read of all the ink need not be
                // longer; it must not lose letters or confidence.
                if (Letters(longer.Text) < 0.9 * cut.Sum(l => Letters(l.Text)) || longer.Confidence < cut.Min(l => l.Confidence) - options.ConfidenceTolerance) continue;
                result.RemoveAll(cut.Contains);
                result.Add(longer);
                continue;
            }
            found.AddRange(Read(box));
        }
        return found.Count == 0 && result.Count == lines.Count && result.SequenceEqual(lines)
            ? lines
            : result.Concat(found).OrderBy(l => l.Box.Y).ThenBy(l => l.Box.X).ToList();

        List<RecognizedLine> Read(BoundingBox box)
        {
            // Room for the marks above and the vowels below that are too small to be counted as letters.
            int pad = medianHeight / 4;
            var region = TableMask.Clip(box.Inflate(pad), image);
            if (region.Width < 4 || region.Height < 4) return [];
            return recognizer.Recognize(image, region, SegmentationMode.SingleLine)
                .Where(r => r.Confidence >= options.MinConfidence && IsText(r.Text)).ToList();
        }
    }

    private static readonly MissedLineOptions Defaults = new();

    /// <summary>
    /// Letters the binarisation broke into pieces: text printed on a grey or coloured fill (a pie chart's slice, a shaded
    /// box) keeps too little contrast after the background is evened, and the page's threshold cuts each letter into
    /// fragments smaller than a letter, so no row of letters is found there. Fragments no line covers, at least a third of
    /// a letter's height (specks are smaller), are joined while their boxes come within a quarter of a letter's least height of
    /// each other; a group of two or more whose box has a letter's size stands for one letter. The row is read from the
    /// gray page, where the engine thresholds the region by its own histogram.
    /// </summary>
    private static IEnumerable<BoundingBox> BrokenLetters(PageInk ink, IReadOnlyList<RecognizedLine> lines, int minLetter, int medianHeight)
    {
        int gap = Math.Max(2, minLetter / 4);
        var pieces = ink.Components
            .Where(c => c.Height < minLetter && Math.Max(c.Width, c.Height) >= Math.Max(3, minLetter / 3) && c.Width <= 2 * medianHeight)
            .Where(c => !lines.Any(l => l.Box.ContainsCentreOf(c)))
            .OrderBy(c => c.X).ToList();
        var groups = new List<(BoundingBox Box, int Count)>();
        var open = new List<int>();
        foreach (var piece in pieces)
        {
            // Pieces come left to right, so a group ending further left than the gap is closed; the piece joins every open
            // group it comes near (and so joins them).
            var grown = piece.Inflate(gap);
            open.RemoveAll(g => groups[g].Box.Right + gap < piece.X);
            var near = open.Where(g => Intersects(groups[g].Box, grown)).ToList();
            if (near.Count == 0)
            {
                groups.Add((piece, 1));
                open.Add(groups.Count - 1);
            }
            else
            {
                var box = near.Aggregate(piece, (a, g) => a.Union(groups[g].Box));
                int count = near.Sum(g => groups[g].Count) + 1;
                groups[near[0]] = (box, count);
                foreach (var g in near.Skip(1)) groups[g] = (default, 0);
                open.RemoveAll(g => near.Skip(1).Contains(g));
            }
        }
        return groups.Where(g => g.Count >= 2 && g.Box.Height >= minLetter && g.Box.Height <= 2 * medianHeight && g.Box.Width <= 2 * medianHeight)
            .Select(g => g.Box);
    }

    /// <summary>The boxes overlap or touch.</summary>
    private static bool Intersects(BoundingBox a, BoundingBox b) => a.X <= b.Right && b.X <= a.Right && a.Y <= b.Bottom && b.Y <= a.Bottom;

    private static int Letters(string text) => text.Count(char.IsLetter);

    /// <summary>
    /// Two letters or more, or numbers standing alone (two digits or more, at least three digits to a letter): a chart's
    /// label or a percentage on a pie slice ("๒๙.๐๔") is digits and their signs only, and Thai digits are no letters.
    /// Digits among other signs ("๑ | ๑", "-- ๑") are no number.
    /// </summary>
    private static bool IsText(string text)
    {
        if (Letters(text) >= 2) return true;
        int digits = text.Count(char.IsDigit);
        // A label read with one stray letter ("โ๒๑.๐๑") still reads as its number: the digit corrector re-reads the digits.
        return digits >= 2 && digits >= 3 * Letters(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(t => LoneNumber().IsMatch(t));
    }

    /// <summary>A number as charts and lists print it: digits with the signs between and around them (. , / : % - and brackets), a letter misread before it at most.</summary>
    [GeneratedRegex(@"^[(]?\p{L}?[0-9๐-๙]+(?:[.,/:\-][0-9๐-๙]+)*[%)]?$")]
    private static partial Regex LoneNumber();

    /// <summary>
    /// A row cut where its components leave a gap wider than <paramref name="maxGap"/>: labels side by side in a figure
    /// (percentages on the slices of one pie) are read each alone, not as one line over the picture between them.
    /// </summary>
    private static IEnumerable<List<BoundingBox>> Pieces(List<BoundingBox> row, double maxGap)
    {
        var piece = new List<BoundingBox>();
        int right = int.MinValue;
        foreach (var c in row.OrderBy(c => c.X))
        {
            if (piece.Count > 0 && c.X - right > maxGap)
            {
                yield return piece;
                piece = [];
            }
            piece.Add(c);
            right = Math.Max(right, c.Right);
        }
        if (piece.Count > 0) yield return piece;
    }

    /// <summary>Components grouped into rows: a component joins the row whose vertical centre is within half a line of its own.</summary>
    private static List<List<BoundingBox>> Rows(List<BoundingBox> components, int lineHeight)
    {
        var rows = new List<List<BoundingBox>>();
        foreach (var c in components)
        {
            int centre = c.Y + c.Height / 2;
            var row = rows.FirstOrDefault(r => Math.Abs(r.Average(b => b.Y + b.Height / 2.0) - centre) <= lineHeight / 2.0);
            if (row is null) rows.Add([c]);
            else row.Add(c);
        }
        return rows;
    }
}
