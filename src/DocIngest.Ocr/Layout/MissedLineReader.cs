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
/// covers are grouped into rows, and each row is read on its own as one line; a reading is kept only when it is
/// confident and holds letters (stamps, signatures and emblems give neither). Left-over ink in the row of a line
/// that was read means that line was cut short (its last words lost): the line and the ink are read again as one
/// line, and the reading replaces the cut line when it is as long and as confident, instead of standing beside it as a
/// second, overlapping line that repeats its text. Rows too low to hold letters (<see cref="MissedLineOptions.MinRowShare"/>)
/// are not read. The thresholds are <see cref="MissedLineOptions"/>.
/// </summary>
public static class MissedLineReader
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
            .OrderBy(c => c.Y + c.Height / 2).ToList();
        if (uncovered.Count < options.MinComponents) return lines;

        var result = lines.ToList();
        var found = new List<RecognizedLine>();
        foreach (var row in Rows(uncovered, medianHeight))
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
                .Where(r => r.Confidence >= options.MinConfidence && Letters(r.Text) >= 2).ToList();
        }
    }

    private static readonly MissedLineOptions Defaults = new();

    private static int Letters(string text) => text.Count(char.IsLetter);

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
