using System.Text;
using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// The amounts of a column of amounts set right (the <c>cell amounts</c> pass): a table's column of baht amounts with
/// thousands separators (๒๘๐,๐๐๐.๐๐, 1,234, -๑,๒๓๔.๐๐, (1,234.00)) where the engine wrote a few cells' digits as letters
/// or signs ("๒๕๐,ดต๘๐.๐๐", "em,ose.ce"), as another digit (๒๕๐ read ๑๕๐), or lost, doubled or changed a separator
/// ("๗๑๘๕.๐๐", "4.,582.00", "1.717.00"). The column gives the format (decimals after the point or none, a comma every
/// three digits, Thai or Arabic digits); a cell in Thai digits is read glyph by glyph by the digit model and replaced only
/// when every digit glyph is a confident Thai digit making an amount of the column's format; a cell whose reading holds
/// only the column's digits and separators gets its separators set again from its digits.
/// </summary>
public static partial class CellAmounts
{
    /// <summary>Fewest clean amounts with a thousands separator that make a column one of amounts.</summary>
    private const int MinCleanAmounts = 2;

    /// <summary>Most characters of a misread amount (spaces and sign left out): ๙๙๙,๙๙๙,๙๙๙.๙๙ with a few digits read as two characters.</summary>
    private const int MaxMisreadLength = 18;

    /// <summary>Fewest digits of an amount read with no separator at all (๗๓๓๓ for ๗,๓๓๓): fewer need no comma.</summary>
    private const int MinBareDigits = 4;

    /// <summary>The format a column's clean amounts print: how many decimals (none for whole baht) and in which digits.</summary>
    /// <param name="Decimals">Digits after the point; 0 when the column prints whole baht with no point.</param>
    /// <param name="Thai">Whether the column writes Thai digits (the digit model reads only those).</param>
    public readonly record struct AmountFormat(int Decimals, bool Thai);

    /// <summary>
    /// The amount cells of the columns of amounts, to be set right: the cells whose reading is a clean amount with a
    /// thousands separator (the engine changes a digit of a clean-looking amount too: ๒๕๐,๐๐๐.๐๐ read ๑๕๐,๐๐๐.๐๐ on a
    /// tuning photocopy) or may be an amount misread (<see cref="IsMisreadAmount"/>), in a column whose other read cells
    /// below its heading are mostly amounts, clean or misread, two at least clean with a thousands separator.
    /// </summary>
    /// <param name="cells">The table's cells.</param>
    /// <param name="readings">Their readings, in the same order.</param>
    /// <returns>Each such cell's index and the format its column's clean amounts print.</returns>
    public static IReadOnlyList<(int Cell, AmountFormat Format)> AmountCellsToRead(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings)
    {
        var headings = TableColumns.Headings(cells, readings);
        var tokens = readings.Select(r => r.Lines.Count == 1 ? r.Lines[0].Text.Replace(" ", "", StringComparison.Ordinal) : null).ToList();
        var candidates = Enumerable.Range(0, cells.Count)
            .Where(i => tokens[i] is { } t && !headings.Contains(i) && (IsMisreadAmount(t) || IsCleanAmount(t) && t.Contains(',', StringComparison.Ordinal))).ToList();
        var found = new List<(int, AmountFormat)>();
        foreach (int i in candidates)
        {
            var column = TableColumns.ReadCellsBelowHeading(cells, readings, headings, i).Where(j => j != i).ToList();
            var amounts = column.Select(j => tokens[j]).OfType<string>().Where(IsCleanAmount).ToList();
            int misread = column.Count(j => tokens[j] is { } t && IsMisreadAmount(t));
            var grouped = amounts.Where(a => a.Contains(',', StringComparison.Ordinal)).ToList();
            if (grouped.Count < MinCleanAmounts || 2 * (amounts.Count + misread) <= column.Count) continue;
            found.Add((i, new AmountFormat(DecimalsOf(grouped), 2 * grouped.Count(a => a.Any(ThaiDigits.IsThaiDigit)) > grouped.Count)));
        }
        return found;
    }

    /// <summary>
    /// A clean amount, in one script of digits: one to three digits, then groups of three after commas, then a point and
    /// one or two decimals or nothing; minus before it or brackets around it for an amount below zero.
    /// </summary>
    internal static bool IsCleanAmount(string token)
    {
        var (_, body, _) = SignOf(token);
        return ThaiAmount().IsMatch(body) || ArabicAmount().IsMatch(body);
    }

    /// <summary>
    /// A token (sign aside) that may be an amount misread, not a clean amount, of at most <see cref="MaxMisreadLength"/>
    /// characters of digits (either script), consonants, Latin letters, percent signs and tone marks, no Thai vowel (a word
    /// has them): an amount's shape (one to four characters, then one or more commas each followed by two to five, then a
    /// point and one to three); or mostly digits, <see cref="MinBareDigits"/> at least, with a separator doubled, changed
    /// or lost ("4.,582.00", "1.717.00", "๗๑๘๕.๐๐") or none at all ("7333").
    /// </summary>
    internal static bool IsMisreadAmount(string token)
    {
        var (_, body, _) = SignOf(token);
        if (body.Length > MaxMisreadLength || IsCleanAmount(token) || body.Length == 0) return false;
        if (!body.All(c => CellScores.IsDigitLookAlike(c) || c is '.' or ',' or '%')) return false;
        if (AmountShape().IsMatch(body)) return true;
        int digits = body.Count(ThaiDigits.IsDigit);
        if (!body.Any(c => c is '.' or ',')) return digits == body.Length && digits >= MinBareDigits;
        return SeparatedDigits().IsMatch(body) && digits >= MinBareDigits && 2 * digits > body.Count(c => c is not ('.' or ','));
    }

    /// <summary>
    /// The token's sign and body: "(" and ")" around a bracketed amount, "-" before a negative one, else none.
    /// </summary>
    internal static (string Open, string Body, string Close) SignOf(string token) =>
        token.Length > 2 && token[0] == '(' && token[^1] == ')' ? ("(", token[1..^1], ")")
        : token.Length > 1 && token[0] == '-' ? ("-", token[1..], "")
        : ("", token, "");

    /// <summary>
    /// The token's separators set again from its digits in the column's format, when the token (sign aside) holds only the
    /// column's digits and separators and its last group can be the decimals the column prints (or, for whole baht,
    /// three digits or no separator at all): ๗๑๘๕.๐๐ -> ๗,๑๘๕.๐๐, 4.,582.00 -> 4,582.00, (2,.625.00) -> (2,625.00).
    /// Null when the digits cannot make such an amount or it reads as the token already.
    /// </summary>
    /// <param name="token">The cell's reading without spaces.</param>
    /// <param name="format">The column's format.</param>
    internal static string? Regrouped(string token, AmountFormat format)
    {
        var (open, body, close) = SignOf(token);
        Func<char, bool> isDigit = format.Thai ? ThaiDigits.IsThaiDigit : char.IsAsciiDigit;
        if (body.Length == 0 || !body.All(c => isDigit(c) || c is '.' or ',') || !isDigit(body[0]) || !isDigit(body[^1])) return null;
        string digits = string.Concat(body.Where(isDigit));
        int lastSeparator = body.LastIndexOfAny([',', '.']);
        int lastGroup = body.Length - lastSeparator - 1;
        if (format.Decimals > 0 ? lastSeparator < 0 || lastGroup != format.Decimals : lastSeparator >= 0 && lastGroup != 3) return null;
        if (digits.Length - format.Decimals < (lastSeparator < 0 ? MinBareDigits : 1)) return null;
        // The reading's separators must stand where the amount's do (a run of them as one, of either kind): one elsewhere
        // means a digit lost or added, which the digits alone cannot put right.
        var amountBreaks = Breaks(Grouped(digits, digits.Length - format.Decimals));
        if (!Breaks(body).IsSubsetOf(amountBreaks)) return null;
        string amount = open + Grouped(digits, digits.Length - format.Decimals) + close;
        return amount == token ? null : amount;
    }

    /// <summary>How many digits stand before each run of separators of an amount's text.</summary>
    private static HashSet<int> Breaks(string body)
    {
        var breaks = new HashSet<int>();
        int digits = 0;
        foreach (char c in body)
        {
            if (c is '.' or ',') breaks.Add(digits);
            else digits++;
        }
        return breaks;
    }

    /// <summary>The digits with a comma every three of the first <paramref name="whole"/>, then the point and the rest.</summary>
    private static string Grouped(string digits, int whole)
    {
        var text = new StringBuilder();
        for (int d = 0; d < whole; d++)
        {
            if (d > 0 && (whole - d) % 3 == 0) text.Append(',');
            text.Append(digits[d]);
        }
        if (whole < digits.Length) text.Append('.').Append(digits, whole, digits.Length - whole);
        return text.ToString();
    }

    /// <summary>
    /// The amount a padded cell crop's one line of ink holds, read glyph by glyph by the digit model: each digit glyph a
    /// Thai digit at <paramref name="minConfidence"/> or better; a separator between two digits is a glyph far narrower
    /// than the digits or, where the segmenter dropped the comma or point as a speck, a gap far wider than the others.
    /// There must be <paramref name="separators"/> of them (as many as the reading had) and, when the reading holds only
    /// digits and separators, its <paramref name="digits"/> digits but for one at most; or those digits exactly (the
    /// reading doubled, lost or changed a separator), the last group the
    /// decimals the column prints (a thousands group when it prints none), three digits between commas and one to three
    /// before the first. A sign the reading had is left out of the ink: a bracket at either end, a flat glyph (the minus)
    /// first. Null otherwise.
    /// </summary>
    /// <param name="image">The padded cell crop.</param>
    /// <param name="binary">Its binary twin (0 = ink).</param>
    /// <param name="decimals">How many decimals the column's clean amounts print (0: whole baht).</param>
    /// <param name="separators">How many commas and points the reading holds.</param>
    /// <param name="digits">How many digits the reading holds when it holds only digits and separators (sign aside); null
    /// when it holds letters or signs too (a digit may be read as two or three of them).</param>
    /// <param name="sign">The reading's sign: "(" for brackets, "-" for a minus, "" for none.</param>
    /// <param name="minConfidence">The model probability (0–1) each digit needs.</param>
    /// <param name="touchingWidthRatio">A digit glyph at least this many times as wide as the digits are high is touching
    /// digits, read only as pieces that are all confident digits (<see cref="CutTouchingDigits"/>); 0 reads it whole as
    /// one digit.</param>
    internal static (string Text, BoundingBox Box, float Confidence)? Read(GrayImage image, GrayImage binary, int decimals, int separators, int? digits,
        string sign, double minConfidence, double touchingWidthRatio)
    {
        if (CellRecognizer.DigitGlyphsOf(image, binary, CellScores.RiseShare) is not { Count: >= 4 } all) return null;
        var glyphs = WithoutSign(all, sign);
        if (glyphs is null) return null;
        int width = OrderStatistics.UpperMedian(glyphs.Select(g => g.Box.Width));
        var digitGlyphs = glyphs.Where(g => g.Box.Width * CellScores.MaxSeparatorWidthShare >= width).ToList();
        if (touchingWidthRatio > 0)
        {
            if (CutTouchingDigits(digitGlyphs, touchingWidthRatio, minConfidence) is not { } cut) return null;
            digitGlyphs = cut;
        }
        if (digitGlyphs.Count < 2) return null;
        if (CellRecognizer.ConfidentThaiDigits(digitGlyphs, minConfidence) is not var (read, confidence)) return null;
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
        // As many separators as the reading had and a digit lost or doubled at most, or as many digits.
        bool sameSeparators = groups.Count - 1 == separators && (digits is not { } count || Math.Abs(digitGlyphs.Count - count) <= 1);
        if (groups.Count < 2 || !sameSeparators && digitGlyphs.Count != digits) return null;
        var wholeGroups = decimals > 0 ? groups.SkipLast(1).ToList() : groups;
        if (decimals > 0 && groups[^1] != decimals || wholeGroups[0] is < 1 or > 3 || wholeGroups.Skip(1).Any(n => n != 3)) return null;
        if (wholeGroups[0] > 1 && read[0] == '๐') return null;
        string amount = Grouped(read, wholeGroups.Sum());
        return (sign == "(" ? "(" + amount + ")" : sign + amount, CellRecognizer.SpanOf(all), confidence);
    }

    /// <summary>
    /// The digit glyphs with each glyph at least <paramref name="widthRatio"/> times as wide as the digits are high (their
    /// median height) replaced by its pieces (<see cref="TouchingGlyphSplitter.ReadNearestPieces{TResult}"/>, as many as
    /// its width holds digits tried first) when every piece is a Thai digit at <paramref name="minConfidence"/>; null when
    /// no cut of such a glyph reads. Two digits printed close touch in a scan (๔๖ of ๘๖๐,๗๔๖.๔๔ one component at 200 dpi
    /// on a tuning capture), and the model reads the pair as one unsure digit; three touching (๓๗๙ on a tuning phone
    /// capture) it can read as one sure ๗, so a wide glyph is never taken whole.
    /// </summary>
    private static List<SegmentedGlyph>? CutTouchingDigits(List<SegmentedGlyph> digitGlyphs, double widthRatio, double minConfidence)
    {
        int height = OrderStatistics.UpperMedian(digitGlyphs.Select(g => g.Box.Height));
        var cut = new List<SegmentedGlyph>(digitGlyphs.Count);
        foreach (var glyph in digitGlyphs)
        {
            if (glyph.Box.Width < widthRatio * height)
            {
                cut.Add(glyph);
                continue;
            }
            var pieces = TouchingGlyphSplitter.ReadNearestPieces(glyph, height, p => CellRecognizer.ConfidentThaiDigits(p, minConfidence) is not null ? p : null);
            if (pieces is null) return null;
            cut.AddRange(pieces);
        }
        return cut;
    }

    /// <summary>
    /// The glyphs without the sign the reading had: the first and last glyph for brackets, the first for a minus when it
    /// is flat (under half the median glyph's height); null when the ink shows no such sign.
    /// </summary>
    private static List<SegmentedGlyph>? WithoutSign(IReadOnlyList<SegmentedGlyph> glyphs, string sign)
    {
        if (sign == "(") return glyphs.Count > 5 ? glyphs.Skip(1).SkipLast(1).ToList() : null;
        if (sign != "-") return [.. glyphs];
        int height = OrderStatistics.UpperMedian(glyphs.Select(g => g.Box.Height));
        return 2 * glyphs[0].Box.Height < height ? glyphs.Skip(1).ToList() : null;
    }

    /// <summary>
    /// A gap between two digits wider than this share of the digits' median width (and than twice the median gap) is a
    /// separator's place: a comma or point dropped as a speck leaves about half a digit's width (15 px between 26 px
    /// digits, 4 px elsewhere, on a tuning photocopy).
    /// </summary>
    private const double MinSeparatorGapShare = 0.35;

    /// <summary>The decimals most of the amounts print (after their point; none without one), the more on a tie.</summary>
    private static int DecimalsOf(IEnumerable<string> amounts) =>
        amounts.Select(a => SignOf(a).Body).Select(b => b.IndexOf('.', StringComparison.Ordinal) is var p and >= 0 ? b.Length - p - 1 : 0)
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).First();

    [GeneratedRegex(@"^[๐-๙]{1,3}(,[๐-๙]{3})*(\.[๐-๙]{1,2})?$")]
    private static partial Regex ThaiAmount();

    [GeneratedRegex(@"^[0-9]{1,3}(,[0-9]{3})*(\.[0-9]{1,2})?$")]
    private static partial Regex ArabicAmount();

    [GeneratedRegex(@"^[^.,]{1,4}(,[^.,]{2,5})+\.[^.,]{1,3}$")]
    private static partial Regex AmountShape();

    // Groups of characters between runs of one or two separators: digits whose separators were doubled, changed or lost.
    [GeneratedRegex(@"^[^.,]{1,9}([.,]{1,2}[^.,]{1,9})+$")]
    private static partial Regex SeparatedDigits();
}
