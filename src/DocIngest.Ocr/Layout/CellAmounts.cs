using System.Text;
using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// The amounts of a column of amounts read by the digit model (the <c>cell amounts</c> pass): a procurement table's column
/// of baht amounts in Thai digits with thousands separators (๒๘๐,๐๐๐.๐๐) where the engine wrote a few cells' digits as
/// letters or signs ("๒๕๐,ดต๘๐.๐๐", "๕๘๑,๐๙%.๐๐", "em,ose.ce") or as another digit (๒๕๐ read ๑๕๐). The column gives the format
/// (decimals after the point, a comma every three digits); each amount cell's glyphs are read by the digit model and the
/// cell is replaced only when every digit glyph is a confident Thai digit and the digits, with the separators the reading
/// had, make an amount of the column's format.
/// </summary>
public static partial class CellAmounts
{
    /// <summary>Fewest clean amounts with a thousands separator that make a column one of amounts.</summary>
    private const int MinCleanAmounts = 2;

    /// <summary>Most characters of a misread amount (spaces left out): ๙๙๙,๙๙๙,๙๙๙.๙๙ with a few digits read as two characters.</summary>
    private const int MaxMisreadLength = 18;

    /// <summary>
    /// The amount cells of the columns of amounts, to be read by the digit model: the cells whose reading is a clean amount
    /// with a thousands separator (the engine changes a digit of a clean-looking amount too: ๒๕๐,๐๐๐.๐๐ read ๑๕๐,๐๐๐.๐๐ on a
    /// tuning photocopy) or has an amount's shape (groups of characters between commas and a point) but is no clean
    /// amount, in a column whose other read cells below its heading are mostly amounts, clean or misread, two at least clean
    /// with a thousands separator.
    /// </summary>
    /// <param name="cells">The table's cells.</param>
    /// <param name="readings">Their readings, in the same order.</param>
    /// <returns>Each such cell's index and the decimals its column's clean amounts print.</returns>
    public static IReadOnlyList<(int Cell, int Decimals)> AmountCellsToRead(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings)
    {
        var headings = TableColumns.Headings(cells, readings);
        var tokens = readings.Select(r => r.Lines.Count == 1 ? r.Lines[0].Text.Replace(" ", "", StringComparison.Ordinal) : null).ToList();
        var candidates = Enumerable.Range(0, cells.Count)
            .Where(i => tokens[i] is { } t && !headings.Contains(i) && (IsMisreadAmount(t) || IsThaiAmount(t) && t.Contains(',', StringComparison.Ordinal))).ToList();
        var found = new List<(int, int)>();
        foreach (int i in candidates)
        {
            var column = TableColumns.ReadCellsBelowHeading(cells, readings, headings, i).Where(j => j != i).ToList();
            var amounts = column.Select(j => tokens[j]).OfType<string>().Where(IsThaiAmount).ToList();
            int misread = column.Count(j => tokens[j] is { } t && IsMisreadAmount(t));
            if (amounts.Count(a => a.Contains(',', StringComparison.Ordinal)) < MinCleanAmounts || 2 * (amounts.Count + misread) <= column.Count) continue;
            found.Add((i, CellScores.DecimalsOf(amounts)));
        }
        return found;
    }

    /// <summary>A clean amount in Thai digits: one to three digits, then groups of three after commas, a point and one or two decimals.</summary>
    internal static bool IsThaiAmount(string token) => ThaiAmount().IsMatch(token);

    /// <summary>
    /// A token that may be an amount misread: an amount's shape (one to four characters, then one or more commas each
    /// followed by two to five, then a point and one to three) of digits (either script), consonants, Latin letters,
    /// percent signs and tone marks, no Thai vowel (a word has them), and not a clean amount.
    /// </summary>
    internal static bool IsMisreadAmount(string token)
    {
        if (token.Length > MaxMisreadLength || IsThaiAmount(token) || !AmountShape().IsMatch(token)) return false;
        return token.All(c => CellScores.IsDigitLookAlike(c) || c is '.' or ',' or '%');
    }

    /// <summary>
    /// The amount a padded cell crop's one line of ink holds, read glyph by glyph by the digit model: each digit glyph a
    /// Thai digit at <paramref name="minConfidence"/> or better; a separator between two digits is a glyph far narrower
    /// than the digits or, where the segmenter dropped the comma or point as a speck, a gap far wider than the others.
    /// There must be <paramref name="separators"/> of them (as many as the reading had), the last the point with
    /// <paramref name="decimals"/> digits after it, three digits between commas and one to three before the first. Null otherwise.
    /// </summary>
    /// <param name="image">The padded cell crop.</param>
    /// <param name="binary">Its binary twin (0 = ink).</param>
    /// <param name="decimals">How many decimals the column's clean amounts print.</param>
    /// <param name="separators">How many commas and points the misread amount holds.</param>
    /// <param name="minConfidence">The model probability (0–1) each digit needs.</param>
    internal static (string Text, BoundingBox Box, float Confidence)? Read(GrayImage image, GrayImage binary, int decimals, int separators, double minConfidence)
    {
        if (CellRecognizer.DigitGlyphsOf(image, binary, CellScores.RiseShare) is not { Count: >= 4 } glyphs) return null;
        int width = OrderStatistics.UpperMedian(glyphs.Select(g => g.Box.Width));
        var digitGlyphs = glyphs.Where(g => g.Box.Width * CellScores.MaxSeparatorWidthShare >= width).ToList();
        if (digitGlyphs.Count < 2) return null;
        if (CellRecognizer.ConfidentThaiDigits(digitGlyphs, minConfidence) is not var (digits, confidence)) return null;
        // A separator stands between two digits as a narrow glyph of its own or, dropped as a speck, as the wider gap it
        // leaves; the digits between separators, left to right: one to three, then threes, then the decimals.
        var gaps = Enumerable.Range(1, digitGlyphs.Count - 1).Select(g => digitGlyphs[g].Box.X - digitGlyphs[g - 1].Box.Right).ToList();
        double separatorGap = Math.Max(2.0 * OrderStatistics.UpperMedian(gaps), width * MinSeparatorGapShare);
        var groups = new List<int> { 1 };
        for (int g = 1; g < digitGlyphs.Count; g++)
        {
            bool glyphBetween = glyphs.Any(s => s.Box.Width * CellScores.MaxSeparatorWidthShare < width && s.Box.X >= digitGlyphs[g - 1].Box.Right - 1 && s.Box.Right <= digitGlyphs[g].Box.X + 1);
            if (glyphBetween || gaps[g - 1] > separatorGap) groups.Add(0);
            groups[^1]++;
        }
        if (groups.Count - 1 != separators || groups.Count < 2) return null;
        if (groups[^1] != decimals || groups[0] is < 1 or > 3 || groups.Skip(1).SkipLast(1).Any(n => n != 3)) return null;
        if (groups[0] > 1 && digits[0] == '๐') return null;
        var text = new StringBuilder();
        int at = 0;
        for (int n = 0; n < groups.Count; n++)
        {
            if (n > 0) text.Append(n == groups.Count - 1 ? '.' : ',');
            text.Append(digits, at, groups[n]);
            at += groups[n];
        }
        return (text.ToString(), CellRecognizer.SpanOf(glyphs), confidence);
    }

    /// <summary>
    /// A gap between two digits wider than this share of the digits' median width (and than twice the median gap) is a
    /// separator's place: a comma or point dropped as a speck leaves about half a digit's width (15 px between 26 px
    /// digits, 4 px elsewhere, on a tuning photocopy).
    /// </summary>
    private const double MinSeparatorGapShare = 0.35;

    [GeneratedRegex(@"^[๐-๙]{1,3}(,[๐-๙]{3})*\.[๐-๙]{1,2}$")]
    private static partial Regex ThaiAmount();

    [GeneratedRegex(@"^[^.,]{1,4}(,[^.,]{2,5})+\.[^.,]{1,3}$")]
    private static partial Regex AmountShape();
}
