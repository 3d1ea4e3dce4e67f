using DocIngest.Core.Content;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits;

/// <summary>
/// Cuts a glyph that is too wide to be one digit into side-by-side pieces. On close-set scans two digits often
/// touch (๕๖ in ๒๕๖๔ is one ink component at 200 dpi), and the model, shown both as one glyph, either rejects it or
/// reads it as one wide digit such as ๓. Each cut is made at the column with the least ink near where an even
/// division would put it: touching digits join by a thin stroke or a serif, so that column is where they meet.
/// </summary>
public static class TouchingGlyphSplitter
{
    /// <summary>How far, as a share of one piece's width, a cut may move away from the even division to find the thinnest column.</summary>
    private const double CutSearchRatio = 0.3;

    private const int Margin = 2;

    /// <summary>
    /// Touching digits read: the first cut of <paramref name="glyph"/> into two, three or four pieces, fewest first, that
    /// <paramref name="read"/> accepts (it returns null to refuse a cut); null when none is accepted. A Thai digit is at
    /// least half as wide as the digits are high (<paramref name="digitHeight"/>), so no more pieces than that are tried.
    /// </summary>
    public static TResult? ReadFewestPieces<TResult>(SegmentedGlyph glyph, int digitHeight, Func<IReadOnlyList<SegmentedGlyph>, TResult?> read)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(glyph);
        return FirstAccepted(glyph, PieceCounts(glyph.Box.Width, digitHeight), read);
    }

    /// <summary>
    /// Touching digits read: like <see cref="ReadFewestPieces{TResult}"/>, but the cut whose piece count is nearest the
    /// glyph's width in digits (its width over <paramref name="digitHeight"/>: a Thai digit is about as wide as it is
    /// high) is tried first, then the others by their distance from it, fewer first on a tie. Three touching digits
    /// (๕๖๔ of a year on a phone photo) cut in two give a piece as wide as two digits, which the model can still read as
    /// one digit at 0.95 or more; tried fewest first, that cut wins and the year loses a digit.
    /// </summary>
    public static TResult? ReadNearestPieces<TResult>(SegmentedGlyph glyph, int digitHeight, Func<IReadOnlyList<SegmentedGlyph>, TResult?> read)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(glyph);
        return FirstAccepted(glyph, PieceCountsByWidth(glyph.Box.Width, digitHeight), read);
    }

    /// <summary>
    /// The piece counts a glyph <paramref name="width"/> pixels wide is tried with, nearest its width in digits
    /// (<paramref name="width"/> over <paramref name="digitHeight"/>) first, fewer first on a tie; the same counts as
    /// <see cref="ReadFewestPieces{TResult}"/> tries (<see cref="PieceCounts"/>).
    /// </summary>
    public static IReadOnlyList<int> PieceCountsByWidth(int width, int digitHeight)
    {
        double inDigits = width / (double)Math.Max(1, digitHeight);
        return PieceCounts(width, digitHeight).OrderBy(n => Math.Abs(n - inDigits)).ThenBy(n => n).ToList();
    }

    /// <summary>
    /// The piece counts a glyph <paramref name="width"/> pixels wide may be cut into, fewest first: two to four, and no
    /// more than leave each piece half as wide as the digits are high (<paramref name="digitHeight"/>).
    /// </summary>
    private static IEnumerable<int> PieceCounts(int width, int digitHeight)
    {
        int maxPieces = Math.Min(4, width * 2 / Math.Max(1, digitHeight));
        return Enumerable.Range(2, Math.Max(0, maxPieces - 1));
    }

    /// <summary>The first cut of <paramref name="glyph"/>, in the order of <paramref name="pieceCounts"/>, that
    /// <paramref name="read"/> accepts; null when none is.</summary>
    private static TResult? FirstAccepted<TResult>(SegmentedGlyph glyph, IEnumerable<int> pieceCounts, Func<IReadOnlyList<SegmentedGlyph>, TResult?> read)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(read);
        foreach (int pieces in pieceCounts)
        {
            var cut = Split(glyph, pieces);
            if (cut.Count == pieces && read(cut) is { } result) return result;
        }
        return null;
    }

    /// <summary>
    /// <paramref name="glyph"/> cut into <paramref name="pieces"/> crops, left to right, each with its box in page
    /// pixels (the glyph's box divided at the cuts); an empty list when the glyph is too narrow to cut.
    /// </summary>
    public static IReadOnlyList<SegmentedGlyph> Split(SegmentedGlyph glyph, int pieces)
    {
        ArgumentNullException.ThrowIfNull(glyph);
        ArgumentOutOfRangeException.ThrowIfLessThan(pieces, 2);
        var crop = glyph.Crop;
        int inkLeft = Math.Min(Margin, crop.Width), inkRight = Math.Max(inkLeft, crop.Width - Margin);
        int width = inkRight - inkLeft;
        if (width < 2 * pieces) return [];

        var ink = ColumnInk(crop, GlyphInk.OtsuThreshold(crop));
        var cuts = new List<int> { inkLeft };
        double step = width / (double)pieces;
        int reach = Math.Max(1, (int)(CutSearchRatio * step));
        for (int k = 1; k < pieces; k++)
        {
            int expected = inkLeft + (int)Math.Round(k * step);
            int from = Math.Max(cuts[^1] + 1, expected - reach), to = Math.Min(inkRight - 1, expected + reach);
            if (from > to) return [];
            cuts.Add(ThinnestColumn(ink, from, to, expected));
        }
        cuts.Add(inkRight);

        var result = new List<SegmentedGlyph>(pieces);
        for (int k = 0; k < pieces; k++)
        {
            int x0 = cuts[k], x1 = cuts[k + 1];
            var piece = new GrayImage(x1 - x0 + 2 * Margin, crop.Height, dpi: crop.Dpi);
            for (int y = 0; y < piece.Height; y++)
                for (int x = 0; x < piece.Width; x++)
                {
                    int source = x0 - Margin + x;
                    piece[x, y] = source >= x0 && source < x1 ? crop[source, y] : (byte)255;
                }
            var box = new BoundingBox(glyph.Box.X + x0 - inkLeft, glyph.Box.Y, x1 - x0, glyph.Box.Height);
            result.Add(new SegmentedGlyph(box, piece));
        }
        return result;
    }

    private static int[] ColumnInk(GrayImage crop, int threshold)
    {
        var ink = new int[crop.Width];
        for (int y = 0; y < crop.Height; y++)
            for (int x = 0; x < crop.Width; x++)
                if (crop[x, y] < threshold) ink[x]++;
        return ink;
    }

    /// <summary>The column with the least ink in [from, to]; of equal ones, the nearest to <paramref name="expected"/>.</summary>
    private static int ThinnestColumn(int[] ink, int from, int to, int expected)
    {
        int best = from;
        for (int x = from; x <= to; x++)
            if (ink[x] < ink[best] || (ink[x] == ink[best] && Math.Abs(x - expected) < Math.Abs(best - expected))) best = x;
        return best;
    }
}
