using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>What a cue says the token after (or before) it holds.</summary>
public enum CuedNumberKind
{
    /// <summary>A score (คะแนน, ร้อยละ, เท่ากับ): at most three digits, a point and at most two decimals, no more than 100.</summary>
    Score,

    /// <summary>A year (พ.ศ., ปีงบประมาณ, ปี, or a month name with its era): four digits, ๒๕xx or ๒๐xx.</summary>
    Year,

    /// <summary>A date's day, the token before a month name that a year follows: one or two digits, 1 to 31.</summary>
    Day,

    /// <summary>A section or item number after มาตรา, หมวด or ข้อ: one to three digits, not opening with ๐.</summary>
    Section,
}

/// <summary>A token a cue names as a score, a year, a day or a section number that did not come out as a clean number: [Start, End) of the line's text.</summary>
public readonly record struct CuedNumber(CuedNumberKind Kind, int Start, int End);

/// <summary>
/// Puts back the digits of an ITA score or a fiscal year that the page OCR wrote as letters: "พ.ศ. Wed … ด้วยคะแนน ค๕.ต๓ตต"
/// for "พ.ศ. ๒๕๖๗ … ด้วยคะแนน ๙๕.๓๘" on a tuning scanned-PDF analysis, and 39 of the 257 results of the ITA font sweep
/// (display faces at 150 dpi; docs/parsing-unsampled.md). The digit corrector reads runs of Thai digits with the few
/// look-alikes Tesseract writes for them, a short stray Latin token, a Thai word glued to a number's point; a token of
/// Latin words and other Thai letters mixed with digits it leaves as it is, because nothing says a number stands there.
/// Here a cue says so: the token right after พ.ศ., ปีงบประมาณ or ปี is a year (or the one behind a speck, or two tokens
/// of a year split by a space: <see cref="YearBehindCue"/>), the token after คะแนน, ร้อยละ or เท่ากับ and the
/// token before คะแนน a score, the token after มาตรา, หมวด or ข้อ a section number ("มาตรา ส«" for มาตรา ๙, "หมวด lo"). Only a token with a number's shape (<see cref="HasNumberShape"/>) that is no clean number
/// is read again: its box is cut into glyphs by their ink (<see cref="DigitRunSegmenter"/>) and each is read by the digit
/// model, and it is replaced only when every glyph is a confident Thai digit and the digits make the number the cue
/// names (a year ๒๕xx / ๒๐xx; a score with one to three digits, a point and one or two decimals, at most 100). A real
/// Thai word, an Arabic number (the model's reject class) or a glyph the model doubts leaves the line as read.
/// A header's date has a known form too: a month name cues the day before it and the year after it (after an era
/// however read: "TUN ow มกราคม WA. wes", "ตุลาคม พ,ศ. wed."). Touching digits (๕๖ one ink component) are cut apart
/// as the digit corrector cuts them.
/// </summary>
/// <param name="digits">The digit model.</param>
public sealed partial class CuedNumberRereader(ThaiDigitRecognizer digits)
{
    /// <summary>Model probability every glyph needs: as for the digit corrector's stray tokens, the cue is the only evidence.</summary>
    private const float MinConfidence = 0.9f;

    /// <summary>
    /// Model probability enough for a glyph whose digit the number's shape fixes: a year's ๒ and ๕ / ๐ (the model's
    /// first choice is enough there; ๒ of a year came out at 0.5–0.74 in a tuning scan's face, its other digits at 0.96–1).
    /// </summary>
    private const float ShapeFixedMinConfidence = 0.5f;

    /// <summary>A glyph this many times as wide as the digits are high is touching digits: the token is left as read.</summary>
    private const double MaxGlyphWidthRatio = 1.6;

    /// <summary>How far past the token's box, as a share of the line's height, ink is looked for (a digit OCR dropped: ๗ of ๒๕๖๗), as the digit corrector does.</summary>
    private const double ReachRatio = 0.6;

    /// <summary>
    /// How far past a year's three clean digits (๒๕๖ after พ.ศ.) ink is looked for: a whole digit the engine dropped and
    /// the gap before it (the digit reach above cut a rendered ๗ off at its middle).
    /// </summary>
    private const double LostDigitReachRatio = 1.2;

    /// <summary>Signs the engine writes for a lone digit (the digit corrector's stray look-alikes): part of a section number's shape.</summary>
    private const string SectionSigns = ThaiDigitCorrectorOptions.DefaultStrayLookAlikes;

    private readonly DigitRunSegmenter _segmenter = new();

    /// <summary>The lines with each garbled score or year after its cue put back; the list itself when none is.</summary>
    /// <param name="lines">The page's lines.</param>
    /// <param name="image">The gray page the lines were read from.</param>
    public IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        return LatinMisreadRereader.ReplaceEach(lines, line => Reread(line, image));
    }

    /// <summary>The tokens of <paramref name="text"/> a score or year cue names that have a number's shape but are no clean number, left to right.</summary>
    public static IReadOnlyList<CuedNumber> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new SortedDictionary<int, CuedNumber>();
        void Consider(CuedNumberKind kind, Group token)
        {
            var (start, end) = Trimmed(text, token.Index, token.Index + token.Length, kind);
            if (end > start && HasNumberShape(text[start..end], kind) && !found.ContainsKey(start))
                found[start] = new CuedNumber(kind, start, end);
        }
        foreach (Match m in YearAfterCue().Matches(text))
            if (YearBehindCue(text, m) is { } year && !found.ContainsKey(year.Start)) found[year.Start] = year;
        foreach (Match m in ScoreAfterCue().Matches(text)) Consider(CuedNumberKind.Score, m.Groups["token"]);
        foreach (Match m in ScoreBeforeCue().Matches(text)) Consider(CuedNumberKind.Score, m.Groups["token"]);
        foreach (Match m in SectionAfterCue().Matches(text)) Consider(CuedNumberKind.Section, m.Groups["token"]);
        FindInDates(text, found);
        return found.Values.ToList();
    }

    /// <summary>
    /// The garbled year a year cue names: the token right after the cue, or the one after a speck the engine read
    /// between them ("พ.ศ. . ซดว", a point or comma of dirt), or a year split in two by a space the engine put inside it
    /// ("พ.ศ. ๒๕ DEV", its first two digits read; after the era also two garbled pieces, "พ.ศ. OE DEV" on a tuning
    /// memo; both tokens are read again as one). After the era
    /// พ.ศ. a token of Thai consonants only has a year's shape too: nothing but a year follows the era, and its digits'
    /// loops read as letters (ซดว for ๒๕๖๗); after ปี or ปีงบประมาณ a word may follow, so a letter-only token does not.
    /// </summary>
    private static CuedNumber? YearBehindCue(string text, Match cue)
    {
        var tokens = Token().Matches(text, cue.Groups["token"].Index).Take(3).ToList();
        if (tokens.Count == 0) return null;
        bool era = cue.Value.StartsWith('พ');
        int at = tokens.Count > 1 && SpeckToken().IsMatch(tokens[0].Value) ? 1 : 0;
        var (start, end) = Trimmed(text, tokens[at].Index, tokens[at].Index + tokens[at].Length, CuedNumberKind.Year);
        if (end <= start) return null;
        string token = text[start..end];
        if (HasNumberShape(token, CuedNumberKind.Year) || era && IsLetterYear(token)) return new CuedNumber(CuedNumberKind.Year, start, end);
        // A year split in two: its clean opening (๒๕) before any piece, or after the era two garbled pieces ("OE DEV").
        bool opening = YearOpening().IsMatch(token);
        if (!(opening || era && IsYearPiece(token, 3, needsDigitOrLatin: true)) || at + 1 >= tokens.Count) return null;
        var rest = tokens[at + 1];
        var (restStart, restEnd) = Trimmed(text, rest.Index, rest.Index + rest.Length, CuedNumberKind.Year);
        string restToken = text[restStart..restEnd];
        return IsYearPiece(restToken, 4, needsDigitOrLatin: !opening) && !CleanNumber().IsMatch(restToken)
            ? new CuedNumber(CuedNumberKind.Year, start, restEnd) : null;
    }

    /// <summary>
    /// A piece of a year split by a space: at most <paramref name="most"/> digits, Latin letters, Thai consonants or ฯ,
    /// with a digit or Latin letter among them when <paramref name="needsDigitOrLatin"/> (a Thai word may be all consonants).
    /// </summary>
    private static bool IsYearPiece(string token, int most, bool needsDigitOrLatin) =>
        token.Length >= 1 && token.Length <= most &&
        token.All(c => ThaiDigits.IsDigit(c) || char.IsAsciiLetter(c) || ThaiCharacters.IsConsonant(c) || c == 'ฯ') &&
        (!needsDigitOrLatin || token.Any(c => ThaiDigits.IsDigit(c) || char.IsAsciiLetter(c)));

    /// <summary>A year's four digits read as three to five Thai consonants (ฯ among them): its shape after the era only.</summary>
    private static bool IsLetterYear(string token) =>
        token.Length is >= 3 and <= 5 && token.All(c => ThaiCharacters.IsConsonant(c) || c == 'ฯ');

    /// <summary>
    /// A date's day and year around its month name (one letter off allowed, <see cref="HeaderFields.MonthOf"/>): the token
    /// after the month, or after an era read as anything short with a point ("พ.ศ.", "พ,ศ.", "WA."), is a year; the token
    /// before it a day, when a year (read or garbled) follows the month.
    /// </summary>
    private static void FindInDates(string text, SortedDictionary<int, CuedNumber> found)
    {
        var tokens = Token().Matches(text).ToList();
        for (int k = 0; k < tokens.Count; k++)
        {
            if (HeaderFields.MonthOf(tokens[k].Value) is null) continue;
            int y = k + 1;
            while (y < tokens.Count && y <= k + 2 && DateDigitsRereader.IsEra(tokens[y].Value)) y++;
            if (y >= tokens.Count) continue;
            var (yearStart, yearEnd) = Trimmed(text, tokens[y].Index, tokens[y].Index + tokens[y].Length, CuedNumberKind.Year);
            string year = text[yearStart..yearEnd];
            bool garbledYear = HasNumberShape(year, CuedNumberKind.Year);
            if (garbledYear) found.TryAdd(yearStart, new CuedNumber(CuedNumberKind.Year, yearStart, yearEnd));
            if (!garbledYear && !CleanYear().IsMatch(year) || k == 0) continue;
            var (dayStart, dayEnd) = Trimmed(text, tokens[k - 1].Index, tokens[k - 1].Index + tokens[k - 1].Length, CuedNumberKind.Day);
            if (dayEnd > dayStart && HasNumberShape(text[dayStart..dayEnd], CuedNumberKind.Day))
                found.TryAdd(dayStart, new CuedNumber(CuedNumberKind.Day, dayStart, dayEnd));
        }
    }

    /// <summary>
    /// A token that may be a misread number of <paramref name="kind"/>: only digits (Thai or Arabic), Latin letters, Thai
    /// consonants (no vowel or mark: a Thai word has them) and a point or comma; at least one digit or Latin letter;
    /// not a clean number (but a year's three opening digits, ๒๕๖, are one short of a digit). ฯ counts as a digit's
    /// look-alike in a year or a score. A year is three to six characters without a point; a score three to eight with a point or
    /// comma inside (the engine writes one digit glyph as one to three characters).
    /// </summary>
    public static bool HasNumberShape(string token, CuedNumberKind kind)
    {
        ArgumentNullException.ThrowIfNull(token);
        // A section number is one or two glyphs, which the engine also writes as a stray sign ("ส«" for ๙ after มาตรา).
        bool Sign(char c) => kind == CuedNumberKind.Section && SectionSigns.Contains(c);
        // ฯ is what the engine writes for a looped digit of a year or a score (๒๕ฯฯ, ๒๔ฯฯว, ฒฯว.๖๔๒ on tuning ITA analyses).
        bool LoopLookAlike(char c) => kind is CuedNumberKind.Year or CuedNumberKind.Score && c == 'ฯ';
        if (!token.All(c => ThaiDigits.IsDigit(c) || char.IsAsciiLetter(c) || ThaiCharacters.IsConsonant(c) || c is '.' or ',' || Sign(c) || LoopLookAlike(c))) return false;
        if (!token.Any(c => ThaiDigits.IsDigit(c) || char.IsAsciiLetter(c) || Sign(c))) return false;
        // Three clean digits of a year's opening (๒๕๖ after พ.ศ.): the engine lost the last digit, whose ink the re-read reaches.
        if (kind == CuedNumberKind.Year && YearShortOfADigit().IsMatch(token)) return true;
        if (CleanNumber().IsMatch(token)) return false;
        int point = token.IndexOfAny(['.', ',']);
        return kind switch
        {
            CuedNumberKind.Year => point < 0 && token.Length is >= 3 and <= 6,
            CuedNumberKind.Day => point < 0 && token.Length is >= 1 and <= 3,
            CuedNumberKind.Section => point < 0 && token.Length is >= 1 and <= 4,
            _ => point > 0 && point < token.Length - 1 && token.Count(c => c is '.' or ',') == 1 && token.Length is >= 3 and <= 8,
        };
    }

    /// <summary>The token without the punctuation that closes it: a bracket, quote or comma, and a year's full stop.</summary>
    private static (int Start, int End) Trimmed(string text, int start, int end, CuedNumberKind kind)
    {
        while (end > start && (text[end - 1] is ')' or ',' or '"' or '”' or '\'' or ':' or ';' || ((kind is CuedNumberKind.Year or CuedNumberKind.Section) && text[end - 1] == '.'))) end--;
        while (start < end && text[start] is '(' or '"' or '“') start++;
        return (start, end);
    }

    private RecognizedLine? Reread(RecognizedLine line, GrayImage image)
    {
        var cued = Find(line.Text);
        if (cued.Count == 0 || line.Symbols.Count == 0) return null;
        if (SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return null;
        string text = line.Text;
        var symbols = line.Symbols.ToList();
        // Right to left: a replacement never moves the text or symbols of a token still to do.
        foreach (var cuedNumber in cued.Reverse())
        {
            var number = cuedNumber;
            bool lostDigit = number.Kind == CuedNumberKind.Year && YearShortOfADigit().IsMatch(text[number.Start..number.End]);
            // A point glued to a year short of a digit (๒๕๖.) may be that digit's ink read as a point: its ink is read with the token's.
            if (lostDigit && number.End < text.Length && text[number.End] == '.') number = number with { End = number.End + 1 };
            int first = Array.FindIndex(spans, s => s.Length > 0 && s.Start >= number.Start);
            int after = Array.FindIndex(spans, s => s.Length > 0 && s.Start >= number.End);
            if (after < 0) after = spans.Length;
            if (first < 0 || first >= after) continue;
            if (ReadNumber(image, line, spans, first, after, number, lostDigit) is not { } read) continue;
            text = text[..number.Start] + string.Concat(read.Select(s => s.Text)) + text[number.End..];
            symbols.RemoveRange(first, after - first);
            symbols.InsertRange(first, read);
        }
        return text == line.Text ? null : line with { Text = text, Symbols = symbols };
    }

    /// <summary>
    /// The token's glyphs read by the digit model as the number its cue names (a point as a symbol of its own); null unless
    /// all are confident digits of that shape. <paramref name="lostDigit"/>: a year short of a digit, whose ink is looked for further.
    /// </summary>
    private List<RecognizedSymbol>? ReadNumber(GrayImage image, RecognizedLine line, (int Start, int Length)[] spans, int first, int after, CuedNumber number, bool lostDigit)
    {
        if (DateDigitsRereader.BoxOf(line.Symbols, spans, number.Start, number.End) is not { } tokenBox) return null;
        // The digit corrector's segmenting, not bounded by the line's box: a digit the engine dropped at the line's end lies outside it.
        double reach = lostDigit ? LostDigitReachRatio : ReachRatio;
        var glyphs = _segmenter.SegmentToken(image, line, spans, first, after - 1, tokenBox.X, tokenBox.Right, reach, lineBoxPadding: null, claimed: []);
        var (fewest, most) = number.Kind switch { CuedNumberKind.Day => (1, 2), CuedNumberKind.Section => (1, 3), _ => (2, 5) };
        if (glyphs.Count == 0) return null;
        int digitHeight = OrderStatistics.UpperMedian(glyphs.Select(g => g.Box.Height));
        // A glyph too wide for one digit is touching digits: cut into the fewest pieces that all read as confident digits.
        var pieces = new List<SegmentedGlyph>();
        foreach (var glyph in glyphs)
        {
            if (glyph.Box.Width <= MaxGlyphWidthRatio * digitHeight) pieces.Add(glyph);
            else if (TouchingDigits(glyph, digitHeight) is { } split) pieces.AddRange(split);
            else return null;
        }
        glyphs = pieces;
        if (glyphs.Count < fewest || glyphs.Count > most) return null;
        string token = line.Text[number.Start..number.End];
        var read = new List<(char Digit, BoundingBox Box, float Confidence)>();
        for (int g = 0; g < glyphs.Count; g++)
        {
            var glyph = glyphs[g];
            var guess = digits.Classify(glyph.Crop);
            // A year's second digit is ๕ (or ๐) by its form: where the model reads a digit that breaks it (๔, ๕'s
            // look-alike) and the engine, having read the token glyph for glyph, wrote the digit the form wants, the
            // engine's digit stands.
            if (number.Kind == CuedNumberKind.Year && g == 1 && glyphs.Count == 4 && token.Length == 4 && guess.ThaiDigit is not ('๕' or '๐') && token[1] is '๕' or '๐')
            {
                read.Add((token[1], glyph.Box, guess.Confidence));
                continue;
            }
            if (guess.ThaiDigit is not { } digit) return null;
            bool fixedByShape = number.Kind == CuedNumberKind.Year && glyphs.Count == 4 && (g == 0 ? digit == '๒' : g == 1 && digit is '๕' or '๐');
            if (guess.Confidence < (fixedByShape ? ShapeFixedMinConfidence : MinConfidence)) return null;
            read.Add((digit, glyph.Box, guess.Confidence));
        }
        var symbols = read.Select(d => new RecognizedSymbol(d.Digit.ToString(), d.Box, d.Confidence)).ToList();
        string value = new(read.Select(d => d.Digit).ToArray());
        switch (number.Kind)
        {
            case CuedNumberKind.Year:
                return value.Length == 4 && (value.StartsWith("๒๕", StringComparison.Ordinal) || value.StartsWith("๒๐", StringComparison.Ordinal)) ? symbols : null;
            case CuedNumberKind.Day:
                return value[0] != '๐' && int.Parse(ThaiDigits.ToArabic(value), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31 ? symbols : null;
            case CuedNumberKind.Section:
                return value[0] != '๐' ? symbols : null;
        }

        // The point: after the glyph the point's own symbol follows, else in the widest gap between glyphs.
        int decimals = DecimalsAfterPoint(line.Symbols, spans, first, after, line.Text, read.Select(d => d.Box).ToList());
        int whole = read.Count - decimals;
        if (decimals is < 1 or > 2 || whole is < 1 or > 3) return null;
        if (whole > 1 && value[0] == '๐') return null;
        double score = double.Parse(ThaiDigits.ToArabic(value[..whole] + "." + value[whole..]), System.Globalization.CultureInfo.InvariantCulture);
        if (score > 100) return null;
        var left = read[whole - 1].Box;
        var right = read[whole].Box;
        var pointBox = new BoundingBox(left.Right, left.Bottom - Math.Max(2, left.Height / 5), Math.Max(1, right.X - left.Right), Math.Max(2, left.Height / 5));
        symbols.Insert(whole, new RecognizedSymbol(".", pointBox, read.Min(d => d.Confidence)));
        return symbols;
    }

    /// <summary>The pieces of a glyph as wide as touching digits, cut into the fewest that all read as Thai digits; null when no cut does.</summary>
    private IReadOnlyList<SegmentedGlyph>? TouchingDigits(SegmentedGlyph glyph, int digitHeight) =>
        // The cut is judged at the lower bound; each piece then meets its own place's bar like any glyph.
        TouchingGlyphSplitter.ReadFewestPieces(glyph, digitHeight, cut =>
            cut.All(p => digits.Classify(p.Crop) is { ThaiDigit: not null } guess && guess.Confidence >= ShapeFixedMinConfidence) ? cut : null);

    /// <summary>
    /// How many glyphs stand after the point: those right of the point's own symbol when the engine boxed it narrower
    /// than a digit, else those after the widest gap between two glyphs (the point's ink is dropped as a speck, its
    /// space stays).
    /// </summary>
    private static int DecimalsAfterPoint(IReadOnlyList<RecognizedSymbol> symbols, (int Start, int Length)[] spans, int first, int after, string text, List<BoundingBox> glyphs)
    {
        int height = OrderStatistics.UpperMedian(glyphs.Select(g => g.Height));
        for (int i = first; i < after; i++)
        {
            if (spans[i].Length != 1 || text[spans[i].Start] is not ('.' or ',')) continue;
            var point = symbols[i].Box;
            if (point.Width >= height / 2) break;
            int middle = point.X + point.Width / 2;
            return glyphs.Count(g => g.X + g.Width / 2 > middle);
        }
        int widest = 0, at = -1;
        for (int g = 1; g < glyphs.Count; g++)
        {
            int gap = glyphs[g].X - glyphs[g - 1].Right;
            if (gap > widest) (widest, at) = (gap, g);
        }
        return at < 0 ? 0 : glyphs.Count - at;
    }

    // A year's cues: พ.ศ. (its points may be read as spaces or dropped), ปีงบประมาณ, ปี; the token right after, glued or not
    // (looked ahead at, not taken: the token may be the next cue, ปีงบประมาณ พ.ศ. ๒๕๖๗).
    [GeneratedRegex(@"(?:พ\s?[.,]?\s?ศ\s?[.,]|ปีงบประมาณ|ปี)\s*(?=(?<token>\S+))")]
    private static partial Regex YearAfterCue();

    // A section's or item's cues: มาตรา, หมวด (ที่), ข้อ (ที่); the token right after, glued or not. A word glued to ข้อ
    // (ข้อมูล, ข้อความ) has vowels, so it never has a number's shape.
    [GeneratedRegex(@"(?:มาตรา|หมวด(?:ที่)?|ข้อ(?:ที่)?)\s*(?=(?<token>\S+))")]
    private static partial Regex SectionAfterCue();

    // A score's cues before it: คะแนน (ด้วยคะแนน, ได้คะแนน, คะแนนรวม), ร้อยละ, เท่ากับ.
    [GeneratedRegex(@"(?:คะแนน(?:รวม)?|ร้อยละ|เท่ากับ)\s*(?=(?<token>\S+))")]
    private static partial Regex ScoreAfterCue();

    // ได้ … คะแนน, (… คะแนน): the token right before คะแนน, a space between.
    [GeneratedRegex(@"(?<![^\s(])(?<token>\S+)(?=\s+คะแนน)")]
    private static partial Regex ScoreBeforeCue();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    // A speck the engine read as a token of its own: one or two points, commas, quotes, dashes or bars.
    [GeneratedRegex(@"^[.,'‘’`\-_:;|~]{1,2}$")]
    private static partial Regex SpeckToken();

    // A year's clean opening digits with the rest of it split off by a space: ๒๕ (or 25).
    [GeneratedRegex(@"^(?:๒[๕๐]|2[50])$")]
    private static partial Regex YearOpening();

    [GeneratedRegex(@"^(?:[๐-๙]{4}|[0-9]{4})$")]
    private static partial Regex CleanYear();

    [GeneratedRegex(@"^๒[๕๐][๐-๙]$")]
    private static partial Regex YearShortOfADigit();

    // A number as it should read: digits of one script, at most one point or comma with digits after it.
    [GeneratedRegex(@"^(?:[0-9]+(?:[.,][0-9]+)?|[๐-๙]+(?:[.,][๐-๙]+)?)$")]
    private static partial Regex CleanNumber();
}
