using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// A cell whose ink holds one line of letters, which the engine's block layout (PSM 6) read as more than one line: in a
/// bold header the row of upper vowels and tone marks stands far enough above the letters to be taken for a line of its
/// own and read as junk ("๑7 =" over ตวชวด for ตัวชี้วัด). The cell is read again as one line (PSM 7), which keeps the
/// marks on their letters. The number of lines is judged on the ink, not on the engine's boxes: only letter-sized
/// pieces make a line, so a real line above another is never joined to it (a joint re-read chosen by the engine's boxes
/// alone, <c>cell mark lines</c>, cost real documents' tables, docs/ablation.md). The new reading is taken when it
/// spells the same letters as the block's line (marks aside) with at least as many marks; else only the weak lines just
/// above the letters (the junk) are dropped and the letters' line stays.
/// </summary>
public static class OneLineCells
{
    /// <summary>A piece of ink is a letter (not a mark, a dot or a speck) when at least this share of the cell's tall pieces' height.</summary>
    private const double LetterHeightShare = 0.5;

    /// <summary>The percentile of the pieces' heights taken as the cell's tall letters (ascenders, ไ ใ, digits; rules whitened before).</summary>
    private const double TallPercentile = 0.9;

    /// <summary>A line outside the letters touches them when its gap to them is at most this share of the letters' band.</summary>
    private const double TouchGapShare = 0.25;

    /// <summary>A band with fewer letter-sized pieces than the fullest band's over this many is a row of stacked marks when it touches the band below.</summary>
    private const int MinorBandShare = 3;

    /// <summary>A junk line (marks read as letters) is dropped, when the joint re-read is not taken, only below this confidence.</summary>
    private const double JunkConfidence = 0.8;

    /// <summary>Pieces at most this size each way (inches) are specks, left out of the heights.</summary>
    private const double SpeckInches = 0.01;

    /// <summary>The cell's lines, or one line read again as described in the class summary.</summary>
    /// <param name="lines">The block reading of the cell, in the coordinates of <paramref name="image"/>.</param>
    /// <param name="image">The padded cell crop that was read.</param>
    /// <param name="binary">Its binarised twin (0 = ink), same size.</param>
    /// <param name="recognizer">The engine.</param>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, GrayImage binary, ITextRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(binary);
        ArgumentNullException.ThrowIfNull(recognizer);
        if (lines.Count < 2) return lines;
        var bands = LetterBands(binary);
        if (bands.Count != 1) return lines;
        var (top, bottom) = bands[0];
        int reach = (int)Math.Ceiling(TouchGapShare * (bottom - top));
        var inBand = new List<RecognizedLine>();
        foreach (var line in lines)
        {
            int centre = line.Box.Y + line.Box.Height / 2;
            if (centre >= top && centre < bottom) inBand.Add(line);
            // A line outside the letters is junk made of marks only when it touches them; a line a line-gap away is
            // something else (a dash or dots under a line) and the cell is left as read.
            else if (line.Box.Bottom < top - reach || line.Box.Y > bottom + reach) return lines;
        }
        if (inBand.Count == 0) return lines;
        var letters = string.Concat(inBand.OrderBy(l => l.Box.X).Select(l => l.Text));

        var read = recognizer.Recognize(image, null, SegmentationMode.SingleLine);
        if (read.Count == 1 && SameLettersWithMarks(letters, read[0].Text)) return read;
        // Without it, only weak lines standing just above the letters (marks read as junk) go.
        var kept = lines.Where(l => inBand.Contains(l) || l.Box.Y >= top || l.Confidence >= JunkConfidence).ToList();
        return kept.Count == lines.Count ? lines : kept;
    }

    /// <summary>
    /// The lines of letter-sized ink in <paramref name="binary"/> (0 = ink), top to bottom, each as the core of its band
    /// (the median top and bottom of its letters, bottom exclusive): pieces at least <see cref="LetterHeightShare"/> of
    /// the tall pieces' height, overlapping spans merged. One band is one line of text; marks, dots and dashes make none.
    /// </summary>
    public static IReadOnlyList<(int Top, int Bottom)> LetterBands(GrayImage binary)
    {
        ArgumentNullException.ThrowIfNull(binary);
        var letters = LetterPieces(binary).OrderBy(c => c.Y).ToList();
        var bands = new List<(int Top, int Bottom, List<BoundingBox> Pieces)>();
        foreach (var piece in letters)
        {
            if (bands.Count > 0 && piece.Y < bands[^1].Bottom) bands[^1] = (bands[^1].Top, Math.Max(bands[^1].Bottom, piece.Bottom), bands[^1].Pieces);
            else bands.Add((piece.Y, piece.Bottom, []));
            bands[^1].Pieces.Add(piece);
        }
        // Marks stacked high (ื่ over ล) can be as tall as half a letter: a band of a few such pieces just above a band
        // of letters is that line's marks, not a line (and the lines the engine made of them lie above the letters).
        int fullest = bands.Count == 0 ? 0 : bands.Max(b => b.Pieces.Count);
        for (int i = bands.Count - 2; i >= 0; i--)
        {
            var (upper, lower) = (bands[i], bands[i + 1]);
            int reach = (int)Math.Ceiling(TouchGapShare * (lower.Bottom - lower.Top));
            if (MinorBandShare * upper.Pieces.Count < fullest && lower.Top - upper.Bottom <= reach)
                bands.RemoveAt(i);
        }
        // A band's core: where its letters' tops and bottoms mostly lie, so that stacked marks touching the letters (which
        // join their band) do not stretch it up over the junk line the engine made of them.
        return bands.Select(b => (OrderStatistics.UpperMedian(b.Pieces.Select(p => p.Y)), OrderStatistics.UpperMedian(b.Pieces.Select(p => p.Bottom)))).ToList();
    }

    /// <summary>
    /// The letter-sized pieces of ink in <paramref name="binary"/> (0 = ink): at least <see cref="LetterHeightShare"/> of
    /// the tall pieces' height. Marks, dots, dashes and specks are none.
    /// </summary>
    public static IReadOnlyList<BoundingBox> LetterPieces(GrayImage binary)
    {
        ArgumentNullException.ThrowIfNull(binary);
        InkComponents.Label(binary, InkMask.InkThreshold, out var components);
        var pieces = WithoutSpecks(components, binary.Dpi).ToList();
        if (pieces.Count == 0) return [];
        double letterHeight = LetterHeight(pieces);
        return pieces.Where(c => c.Height >= letterHeight).ToList();
    }

    /// <summary>The pieces of ink larger than a speck (<see cref="SpeckInches"/> each way at <paramref name="dpi"/>).</summary>
    internal static IEnumerable<BoundingBox> WithoutSpecks(IEnumerable<BoundingBox> components, int dpi)
    {
        int speck = Math.Max(1, (int)Math.Round(SpeckInches * dpi));
        return components.Where(c => c.Width > speck || c.Height > speck);
    }

    /// <summary>
    /// The least height of a letter among <paramref name="pieces"/> (not empty): <see cref="LetterHeightShare"/> of the
    /// tall pieces' height, the <see cref="TallPercentile"/> of their heights.
    /// </summary>
    internal static double LetterHeight(IReadOnlyCollection<BoundingBox> pieces)
    {
        var heights = pieces.Select(c => c.Height).Order().ToList();
        int tall = heights[(int)Math.Floor(TallPercentile * (heights.Count - 1))];
        return LetterHeightShare * tall;
    }

    /// <summary>
    /// True when <paramref name="reread"/> spells the letters of <paramref name="first"/> (spaces and Thai marks aside)
    /// and carries at least as many marks: marks put back or moved, never a letter changed, added or lost.
    /// </summary>
    public static bool SameLettersWithMarks(string first, string reread)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(reread);
        string a = Letters(first), b = Letters(reread);
        return a.Length > 0 && a == b && Marks(reread) >= Marks(first);
    }

    /// <summary>The letters of <paramref name="text"/>: neither spaces nor marks above or below a letter.</summary>
    internal static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !ThaiCharacters.IsCombiningMark(c)));

    private static int Marks(string text) => text.Count(ThaiCharacters.IsCombiningMark);
}
