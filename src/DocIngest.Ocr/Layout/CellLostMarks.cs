using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// A line of a cell whose ink shows more marks above its letters than its reading has: read again alone (PSM 7) from
/// its own band of the cell. In running text set tight, the block layout (PSM 6) gives a tone mark standing over an
/// upper vowel, or an upper vowel close under the line above, to neither line, and it is lost (สิ่งแวดล้อม read
/// สิงแวดล้อม, เพิ่ม read เพิม, ผู้อื่น read ผู้อิน): the reading is confident (0.94-0.95) and often a word, so neither
/// the confidence nor the dictionary finds these lines, but the ink does. Read alone, with only its own band, the line
/// gets its marks back. The new reading is taken only when it spells the same letters (marks aside) with more marks:
/// a mark put back or a wrong one replaced, never a letter changed. Only lines whose ink holds more mark-sized pieces
/// above the letters than the reading has upper vowels and tone marks, and that hold a Thai consonant, are read again,
/// one OCR call of one line each (about four a page on two tuning table pages, docs/ablation.md).
/// </summary>
public static class CellLostMarks
{
    /// <summary>A mark ends at most this share of the letters' core height below their tops (it may touch the letters' tops).</summary>
    private const double MarkBottomTolerance = 0.1;

    /// <summary>A mark piece is at least this share of the letters' core height tall (a tone mark is about a third), ...</summary>
    private const double MarkHeightShare = 0.2;

    /// <summary>... or at least this share wide (an upper vowel is about half); photocopy grain and a Latin i's dot are neither.</summary>
    private const double MarkWidthShare = 0.3;

    /// <summary>The band a line is read from reaches up this share of the line's height, never into the line above's box.</summary>
    private const double ReachUp = 0.5;

    /// <summary>The band reaches down this share of the line's height, never into the line below's box.</summary>
    private const double ReachDown = 0.25;

    /// <summary>The cell's lines, each that lost marks (see the class summary) read again alone and replaced when the new reading only adds or changes marks.</summary>
    /// <param name="lines">The cell's reading, in the coordinates of <paramref name="image"/>.</param>
    /// <param name="image">The padded cell crop that was read.</param>
    /// <param name="binary">Its binarised twin (0 = ink), same size.</param>
    /// <param name="recognizer">The engine.</param>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, GrayImage binary, ITextRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(binary);
        ArgumentNullException.ThrowIfNull(recognizer);
        if (lines.Count == 0) return lines;
        var ordered = lines.OrderBy(l => l.Box.Y).ToList();
        List<RecognizedLine>? result = null;
        for (int i = 0; i < ordered.Count; i++)
        {
            var line = ordered[i];
            // A line without a Thai consonant has no Thai letter to lose a mark from: digits and Latin words under a
            // mark-sized piece of ink were read again for nothing, and a take there could only put Thai marks on them.
            if (!line.Text.Any(ThaiCharacters.IsConsonant)) continue;
            var (top, bottom) = Band(ordered, i, image.Height);
            if (MarkPiecesAbove(line, binary, top, bottom) <= UpperMarks(line.Text)) continue;
            int padding = Math.Max(1, line.Box.Height / 2);
            var band = new GrayImage(image.Width, bottom - top + 2 * padding, dpi: image.Dpi);
            for (int y = top; y < bottom; y++) image.RowSpan(y).CopyTo(band.RowSpan(y - top + padding));
            var read = recognizer.Recognize(band, null, SegmentationMode.SingleLine);
            if (read.Count != 1 || !AddsMarks(line.Text, read[0].Text)) continue;
            int shift = top - padding;
            result ??= [.. lines];
            result[result.IndexOf(line)] = read[0].Offset(0, shift);
        }
        return result ?? lines;
    }

    /// <summary>True when <paramref name="reread"/> spells the letters of <paramref name="first"/> (marks and spaces aside) with more marks, or as many but other ones.</summary>
    public static bool AddsMarks(string first, string reread)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(reread);
        return OneLineCells.SameLettersWithMarks(first, reread) && Squeezed(first) != Squeezed(reread);
    }

    /// <summary>
    /// The pieces of ink above the letters of <paramref name="line"/> in rows [<paramref name="top"/>, <paramref name="bottom"/>)
    /// of <paramref name="binary"/>: not specks, not letter-sized, under the line's width, ending no lower than the letters'
    /// tops (their median top, the letters being the pieces centred in the line's box) and no higher than a letter's height above them.
    /// </summary>
    public static int MarkPiecesAbove(RecognizedLine line, GrayImage binary, int top, int bottom)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(binary);
        if (bottom <= top) return 0;
        InkComponents.Label(binary.Crop(new BoundingBox(0, top, binary.Width, bottom - top)), InkMask.InkThreshold, out var components);
        // Letters and specks told apart as OneLineCells tells them, among the pieces under the line.
        var pieces = OneLineCells.WithoutSpecks(components, binary.Dpi).Where(c => c.Right > line.Box.X && c.X < line.Box.Right).ToList();
        if (pieces.Count == 0) return 0;
        double letterHeight = OneLineCells.LetterHeight(pieces);
        int boxTop = line.Box.Y - top, boxBottom = line.Box.Bottom - top;
        var letters = pieces.Where(c => c.Height >= letterHeight && c.Y + c.Height / 2 >= boxTop && c.Y + c.Height / 2 < boxBottom).ToList();
        if (letters.Count == 0) return 0;
        int coreTop = OrderStatistics.UpperMedian(letters.Select(c => c.Y));
        int core = OrderStatistics.UpperMedian(letters.Select(c => c.Bottom)) - coreTop;
        int tolerance = Math.Max(1, (int)Math.Round(MarkBottomTolerance * core));
        // A mark is a tone mark's height or an upper vowel's width; grain and a Latin i's dot are neither.
        return pieces.Count(c => c.Bottom <= coreTop + tolerance && c.Bottom >= coreTop - core &&
                                 (c.Height >= MarkHeightShare * core || c.Width >= MarkWidthShare * core));
    }

    /// <summary>Marks a reading puts above its letters: upper vowels, tone marks, ์, the nikhahit and ำ's ring.</summary>
    public static int UpperMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Count(c => ThaiCharacters.IsAboveVowel(c) || ThaiCharacters.IsToneMark(c) || c is '\u0E4C' or '\u0E4D' or '\u0E33');
    }

    /// <summary>Line <paramref name="i"/>'s rows: its box, reaching up and down as far as the constants allow and never into its neighbours' boxes.</summary>
    private static (int Top, int Bottom) Band(List<RecognizedLine> ordered, int i, int height)
    {
        var box = ordered[i].Box;
        int h = Math.Max(1, box.Height);
        int top = Math.Min(box.Y, Math.Max(i == 0 ? 0 : ordered[i - 1].Box.Bottom, box.Y - (int)(ReachUp * h)));
        int bottom = Math.Max(box.Bottom, Math.Min(i == ordered.Count - 1 ? height : ordered[i + 1].Box.Y, box.Bottom + (int)(ReachDown * h)));
        return (Math.Max(0, top), Math.Min(height, bottom));
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
