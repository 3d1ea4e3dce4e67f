using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// A score cell misread as letters in a column of scores (the <c>cell scores</c> pass): an ITA table's column of scores
/// in Thai digits (๙๘.๗๐, ๙๔.๑๒) where the engine wrote a few cells' digits as the Thai letters they resemble
/// ("๙ลญฒญ.๕๐", "๘ธสส.ว๔", "ฒณญ่๖๕") or dropped the point ("๘๘๒๕"), so that the indicator's score is lost. The column says a
/// score stands there; the cell's glyphs are read by the digit model and the cell is replaced only when every glyph is a
/// confident Thai digit and the digits, with the point where the widest gap between them lies, make a score with one or
/// two decimals of at most 100.
/// </summary>
public static partial class CellScores
{
    /// <summary>Fewest cells of the column, clean scores and misread ones, that make it a column of scores (one clean score at least).</summary>
    private const int MinScoreCells = 3;

    /// <summary>Most characters (spaces and stray signs left out) of a misread score: five glyphs written one to two characters each.</summary>
    private const int MaxMisreadLength = 9;

    /// <summary>
    /// The cells whose reading has a score's shape but is no clean score (digits with letters or look-alikes in it, or
    /// three to five Thai digits without their point, or three decimals) in a column whose read cells below its heading are
    /// mostly scores, clean ones in Thai digits (one at least) and misread ones, three at least: a score cell read badly
    /// has neighbours read badly too (four of an analysis table's five scores in one tuning scan).
    /// </summary>
    /// <param name="cells">The table's cells.</param>
    /// <param name="readings">Their readings, in the same order.</param>
    /// <returns>Each such cell's index and the decimals its column's clean scores print.</returns>
    public static IReadOnlyList<(int Cell, int Decimals)> MisreadInScoreColumn(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings)
    {
        var headings = TableColumns.Headings(cells, readings);
        var tokens = readings.Select(r => r.Lines.Count == 1 ? Token(r.Lines[0].Text) : null).ToList();
        var candidates = Enumerable.Range(0, cells.Count)
            .Where(i => tokens[i] is { } t && !headings.Contains(i) && IsMisreadScore(t)).ToList();
        var found = new List<(int, int)>();
        foreach (int i in candidates)
        {
            var column = TableColumns.ReadCellsBelowHeading(cells, readings, headings, i);
            var scores = column.Select(j => tokens[j]).OfType<string>().Where(IsThaiScore).ToList();
            int misread = column.Count(candidates.Contains);
            if (scores.Count >= 1 && scores.Count + misread >= MinScoreCells && 2 * (scores.Count + misread) > column.Count)
                found.Add((i, DecimalsOf(scores)));
        }
        return found;
    }

    /// <summary>
    /// A cell text without its spaces and the stray signs a speckled cell adds around a number (quotes, dashes, colons,
    /// brackets, a trailing point); null when nothing is left.
    /// </summary>
    internal static string? Token(string text)
    {
        var kept = new string(text.Where(c => char.IsLetterOrDigit(c) || c is '.' or ',' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark).ToArray());
        kept = kept.Trim('.', ',');
        return kept.Length == 0 ? null : kept;
    }

    /// <summary>A clean score in Thai digits: one to three digits, a point, one or two decimals, at most 100.</summary>
    internal static bool IsThaiScore(string token)
    {
        if (!ThaiScore().IsMatch(token)) return false;
        return double.Parse(ThaiDigits.ToArabic(token), CultureInfo.InvariantCulture) <= 100;
    }

    /// <summary>
    /// A token that may be a score misread: digits (either script), consonants, tone marks and Latin letters, at least one
    /// Thai digit, no Thai vowel (a word has them); not a clean score; with a point inside, or three to five Thai digits alone
    /// that make more than 100 (the point lost).
    /// </summary>
    internal static bool IsMisreadScore(string token)
    {
        if (token.Length > MaxMisreadLength || IsThaiScore(token) || !token.Any(ThaiDigits.IsThaiDigit)) return false;
        if (!token.All(c => IsDigitLookAlike(c) || c is '.' or ',')) return false;
        // Digits alone are a score that lost its point only when they make no score as printed: ๑๐๐ (100, a full score or
        // a target) stands as read in a column of ๘๔.๗๐s; a tuning table's ๑๐๐ was rewritten ๑.๐๐ without this.
        if (token.All(ThaiDigits.IsThaiDigit))
            return token.Length is >= 3 and <= 5 && int.Parse(ThaiDigits.ToArabic(token), CultureInfo.InvariantCulture) > 100;
        // Digits and a point only: a score with a third decimal read from a speck (๙๔.๑๒๓); an amount (๑๒,๐๐๐.๐๐) is none.
        if (token.All(c => ThaiDigits.IsThaiDigit(c) || c is '.' or ',')) return ScoreWithThirdDecimal().IsMatch(token);
        return token.Count(ThaiDigits.IsDigit) >= 2;
    }

    /// <summary>
    /// A character the engine writes for a digit it misreads: a digit of either script, a Latin letter, a Thai consonant,
    /// or a tone mark (่ ้ ๊ ๋, read on digits' heads); never an above or below vowel (ิ ี ึ ื ุ ู ั ็) or ์ ํ, which are a word's.
    /// </summary>
    internal static bool IsDigitLookAlike(char c) =>
        ThaiDigits.IsDigit(c) || char.IsAsciiLetter(c) || ThaiCharacters.IsConsonant(c)
        || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && !(ThaiCharacters.IsAboveVowel(c) || ThaiCharacters.IsBelowVowel(c) || c is '\u0E4C' or '\u0E4D');

    /// <summary>
    /// The score a padded cell crop's one line of ink holds, read glyph by glyph by the digit model: three to five digits,
    /// each a Thai digit at <paramref name="minConfidence"/> or better, and <paramref name="decimals"/> of them after the
    /// point. The point is the one glyph far narrower than the digits (the segmenter keeps a point as a glyph of its own)
    /// or, when the point was dropped as a speck, the widest gap between digits (its space stays); at most 100. Null otherwise.
    /// </summary>
    /// <param name="image">The padded cell crop.</param>
    /// <param name="binary">Its binary twin (0 = ink).</param>
    /// <param name="decimals">How many decimals the column's clean scores print.</param>
    /// <param name="minConfidence">The model probability (0–1) each digit needs.</param>
    internal static (string Text, BoundingBox Box, float Confidence)? Read(GrayImage image, GrayImage binary, int decimals, double minConfidence)
    {
        if (CellRecognizer.DigitGlyphsOf(image, binary, RiseShare) is not { Count: >= 3 } glyphs) return null;
        int width = OrderStatistics.UpperMedian(glyphs.Select(g => g.Box.Width));
        var points = glyphs.Where(g => g.Box.Width * MaxSeparatorWidthShare < width).ToList();
        if (points.Count > 1) return null;
        var digitGlyphs = glyphs.Except(points).ToList();
        if (digitGlyphs.Count is < 3 or > 5) return null;
        if (CellRecognizer.ConfidentThaiDigits(digitGlyphs, minConfidence) is not var (digits, confidence)) return null;
        int whole = points.Count == 1 ? digitGlyphs.Count(g => g.Box.X < points[0].Box.X) : WidestGapAt(digitGlyphs);
        if (whole < 1 || digitGlyphs.Count - whole != decimals) return null;
        if (whole > 1 && digits[0] == '๐') return null;
        string score = digits[..whole] + "." + digits[whole..];
        if (!IsThaiScore(score)) return null;
        return (score, CellRecognizer.SpanOf(glyphs), confidence);
    }

    /// <summary>How many decimals most of the column's clean scores print (two when they disagree evenly).</summary>
    internal static int DecimalsOf(IEnumerable<string> cleanScores) =>
        cleanScores.Select(t => t.Length - t.IndexOf('.', StringComparison.Ordinal) - 1)
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault(2);

    /// <summary>
    /// How far above the cell's band of letters (a share of its height) a digit's tail may rise: a band made by the digits
    /// without tails (๐ ๑) cut ๘๖ and ๒ ๕ of a tuning analysis at its top edge, and the segmenter drops ink so cut.
    /// </summary>
    internal const double RiseShare = 0.5;

    /// <summary>A glyph less than this share of the digits' median width is a separator (a point, or an amount's comma), not a digit.</summary>
    internal const double MaxSeparatorWidthShare = 2.5;

    // The number of glyphs before the widest gap between neighbours (zero when there is one glyph).
    private static int WidestGapAt(IReadOnlyList<SegmentedGlyph> glyphs)
    {
        int widest = 0, at = 0;
        for (int g = 1; g < glyphs.Count; g++)
        {
            int gap = glyphs[g].Box.X - glyphs[g - 1].Box.Right;
            if (gap > widest) (widest, at) = (gap, g);
        }
        return at;
    }

    [GeneratedRegex(@"^[๐-๙]{1,3}\.[๐-๙]{1,2}$")]
    private static partial Regex ThaiScore();

    [GeneratedRegex(@"^[๐-๙]{1,3}\.[๐-๙]{3}$")]
    private static partial Regex ScoreWithThirdDecimal();
}
