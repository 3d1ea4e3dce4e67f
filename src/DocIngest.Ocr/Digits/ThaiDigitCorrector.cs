using System.Text;
using System.ComponentModel.DataAnnotations;
using DocIngest.Core.Numerics;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits;

/// <summary>Tuning of <see cref="ThaiDigitCorrector"/> (the <c>digit glyphs</c> corrector); the defaults are the measured ones.</summary>
/// <param name="MinConfidence">Model probability every glyph of a run needs before the run's text is rewritten.</param>
/// <param name="Padding">Pixels added above and below the line box when glyphs are cut out.</param>
/// <param name="SearchWidthRatio">How far beyond a run's first and last symbol, as a share of the line height, ink is looked for (digits Tesseract dropped).</param>
/// <param name="LookAlikes">
/// Non-digit characters Tesseract's Thai model writes for Thai digit glyphs (letters, and Arabic digits: it reads ๖ as 9);
/// part of a run only when the run holds a Thai digit. They are rewritten only if the model reads a Thai digit there; a real
/// Arabic digit or letter is classified as reject, and then the run stays as it was.
/// </param>
/// <param name="StrayLookAlikes">
/// Characters besides Latin letters that Tesseract writes for whole numbers with no Thai digit left in them ("(@)" for
/// (๔), "(>)" for (๖)). A token of Latin letters and these signs is re-read only on a Thai line and where a number belongs
/// (<see cref="NumberSlot"/>). Arabic digits are not among them: Thai paperwork also types real Arabic numbers in those places.
/// </param>
/// <param name="MaxStrayLength">Longest such token (characters) that is re-read: a year is four digits.</param>
/// <param name="StrayMinConfidence">
/// Model probability every glyph of such a token needs. Higher than <paramref name="MinConfidence"/>: Latin letters are no
/// reject class of the model, so the token's place and a clear reading are what keep a real Latin word from becoming digits.
/// </param>
/// <param name="WideGlyphRatio">
/// A glyph at least this many times as wide as the run's digits are high is two or more touching digits (the widest single
/// Thai digit, ๓ in Loma, is 1.4 times as wide as high) and is read only as pieces (<see cref="TouchingGlyphSplitter"/>).
/// </param>
/// <param name="TouchingPiecesByWidth">
/// A glyph of touching digits is cut first into as many pieces as its width holds digits
/// (<see cref="TouchingGlyphSplitter.ReadNearestPieces{TResult}"/>); false: into the fewest pieces that all read as digits,
/// as before 2026-12-07 (<see cref="TouchingGlyphSplitter.ReadFewestPieces{TResult}"/>), which lost a digit of years whose
/// three last digits touch.
/// </param>
/// <param name="BlendGlyphsUnderSymbols">
/// When the engine's digits are kept for the glyphs the model is unsure of, a glyph under one of the run's symbols counts
/// as the run's even when its centre lies left or right of the symbols' boxes; false: such a glyph is left out as ink beside
/// the run, as before 2026-12-07, which lost the first digit of a year whose symbol the engine boxed narrower than its ink.
/// </param>
/// <param name="FollowOwnInkPastReach">
/// A component the search's edge cuts that begins or ends within the run's own symbols is the run's last (or first) digit
/// running past the reach, and the search is widened to take it whole (<see cref="DigitRunSegmenter.SegmentToken"/>); false:
/// it is dropped as a neighbour's ink, as before 2026-12-07, which lost the ๔ of มาตรา ๑๔ on a line box no taller than its
/// digits (the reach is a share of the line box's height).
/// </param>
/// <param name="MarksInDigitRowsAreInk">
/// The box of a tone mark or upper vowel that lies within the run's digit rows is not foreign ink when the run's glyphs are
/// cut (<see cref="DigitRunSegmenter.SegmentToken"/>): marks are drawn above the letters, so ink there is a digit the engine
/// labelled as a mark ("ที่ ๑๒๗" read ที่๑๒๕๑ with the ่ boxed over the ๑ and every digit's box shifted one glyph on);
/// false: such a box is foreign and the ink under it dropped, as before 2026-12-07, which wrote that number ๒๗.
/// </param>
/// <param name="StrayMinThaiNumbers">
/// A lower-case Latin token between Thai words is also re-read (as a stray token, all or nothing) on a line holding at
/// least this many Thai-digit numbers besides it and no Arabic digit (<see cref="NumberSlot.HoldsAmongThaiNumbers"/>):
/// such a line is typed in Thai digits. One number is not enough: a misread Thai word ("ให้ naa." on a line citing
/// มาตรา ๖) is as likely as a misread number there. 0: only tokens in a number's place (<see cref="NumberSlot.Holds"/>),
/// as before 2026-12-08.
/// </param>
public sealed record ThaiDigitCorrectorOptions(
    [property: Range(0.0, 1.0)] float MinConfidence = 0.8f,
    [property: Range(0, 50)] int Padding = 3,
    [property: Range(0.0, 5.0)] double SearchWidthRatio = 0.6,
    [property: Required] string LookAlikes = ThaiDigitCorrectorOptions.DefaultLookAlikes,
    [property: Required] string StrayLookAlikes = ThaiDigitCorrectorOptions.DefaultStrayLookAlikes,
    [property: Range(1, 20)] int MaxStrayLength = 4,
    [property: Range(0.0, 1.0)] float StrayMinConfidence = 0.9f,
    [property: Range(1.0, 10.0)] double WideGlyphRatio = 1.6,
    bool TouchingPiecesByWidth = true,
    bool BlendGlyphsUnderSymbols = true,
    bool FollowOwnInkPastReach = true,
    bool MarksInDigitRowsAreInk = true,
    [property: Range(0, 10)] int StrayMinThaiNumbers = 2)
{
    /// <summary>
    /// What the measurement in docs/digits.md saw Tesseract write for ๔ ๖ ๗ ๘ ๙ besides other Thai digits, and ซ, which the
    /// real corpus pages showed for ๗ inside numbers (๒๕ซ๐ for ๒๕๗๐: seven times on the tuning pages).
    /// </summary>
    public const string DefaultLookAlikes = "ญดอฒฆขปจซ»«@0123456789";

    /// <summary>Signs the sample scans showed for lone Thai digits in item numbers ((@) (>) (¢)), with their neighbours in shape.</summary>
    public const string DefaultStrayLookAlikes = "@<>¢»«©&";
}

/// <summary>
/// Re-reads the Thai digits of a recognised line with <see cref="ThaiDigitRecognizer"/>. Tesseract's Thai model has no
/// ๔ ๖ ๗ ๘ ๙: it writes other digits for them, drops them, or merges two into one. So each run of Thai digits in the
/// text (with look-alike letters next to them) is cut from the image again by its ink (<see cref="DigitRunSegmenter"/>),
/// every glyph is classified, and when all are confident digits the run's text becomes those digits, however many
/// there are. A short token of Latin letters or signs with no Thai digit left ("bo" for ๒๐, "(@)" for (๔)) is re-read the
/// same way when the line is Thai and the token stands where a number belongs (<see cref="NumberSlot"/>) or between
/// Thai words on a line of Thai numbers (<see cref="ThaiDigitCorrectorOptions.StrayMinThaiNumbers"/>), and so is a
/// short Thai word glued by a decimal point to Thai digits ("สได.๔๖" for ๙๙.๔๖). A glyph too
/// wide for one digit is read as touching digits, cut apart (<see cref="TouchingGlyphSplitter"/>).
/// Everything else (letters, punctuation, spaces, Arabic digits) stays exactly as it was.
/// Thread-safe (the recogniser is).
/// </summary>
public sealed class ThaiDigitCorrector : IRecognizedLineCorrector
{
    private readonly ThaiDigitRecognizer _recognizer;
    private readonly ThaiDigitCorrectorOptions _options;
    private readonly DigitRunSegmenter _segmenter;

    public ThaiDigitCorrector(ThaiDigitRecognizer recognizer, ThaiDigitCorrectorOptions? options = null)
    {
        _recognizer = recognizer;
        _options = options ?? new ThaiDigitCorrectorOptions();
        _segmenter = new DigitRunSegmenter(_options.Padding);
    }

    public string StageName => "digit glyphs";

    /// <summary>The thresholds this corrector reads with.</summary>
    public ThaiDigitCorrectorOptions Options => _options;

    public RecognizedLine Correct(GrayImage image, RecognizedLine line)
    {
        var corrected = CorrectRuns(image, line);
        string text = WithoutMarksInsideNumbers(corrected.Text);
        return text == corrected.Text ? corrected : corrected with { Text = text };
    }

    private RecognizedLine CorrectRuns(GrayImage image, RecognizedLine line)
    {
        // Only Thai digits, look-alikes and Latin letters or stray signs can start a run: most lines have none.
        if (line.Symbols.Count == 0 || !line.Text.Any(c => ThaiDigits.IsThaiDigit(c) || char.IsAsciiLetter(c) || _options.StrayLookAlikes.Contains(c) || _options.LookAlikes.Contains(c))) return line;
        // When symbols and text disagree we cannot tell which characters a glyph stands for: leave the line alone.
        if (SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return line;

        string text = line.Text;
        var symbols = line.Symbols.ToList();
        var runs = AllRuns(text, symbols, spans);
        if (runs.Count == 0) return line;
        var claimed = new List<BoundingBox>();
        // Right to left, so that rewriting a run never shifts the text positions of the runs still to do.
        foreach (var found in Enumerable.Reverse(runs))
        {
            var run = found;
            var digits = ReadRun(image, line, spans, run, claimed);
            // A look-alike at the edge of a run may be a real letter touching the number ("ข้อ๑"): retry without it.
            if (digits is null && !run.Stray && TrimLookAlikes(line.Text, spans, run) is { } trimmed && trimmed != run)
            {
                run = trimmed;
                digits = ReadRun(image, line, spans, run, claimed);
            }
            if (digits is null) continue;
            claimed.AddRange(digits.Select(d => d.Box));
            int start = spans[run.First].Start, end = spans[run.Last].Start + spans[run.Last].Length;
            text = string.Concat(text.AsSpan(0, start), new string(digits.Select(d => d.Digit).ToArray()), text.AsSpan(end));
            symbols.RemoveRange(run.First, run.Last - run.First + 1);
            symbols.InsertRange(run.First, digits.Select(d => new RecognizedSymbol(d.Digit.ToString(), d.Box, d.Confidence)));
        }
        return text == line.Text ? line : line with { Text = text, Symbols = symbols };
    }

    /// <summary>
    /// The text without the vowel signs and tone marks that stand between two digits of a Thai number (๘๗ิ๓ for ๘๗๓,
    /// ๑๗่๓): no digit takes a mark, so one there is a speck above or below the number read as a mark.
    /// </summary>
    public static string WithoutMarksInsideNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 3) return text;
        StringBuilder? kept = null;
        for (int i = 0; i < text.Length; i++)
        {
            bool drop = i > 0 && ThaiCharacters.IsCombiningMark(text[i]) && ThaiDigits.IsThaiDigit(text[i - 1])
                        && NextAfterMarks(text, i) is var next && next < text.Length && (ThaiDigits.IsThaiDigit(text[next]) || text[next] is ',' or '.');
            if (drop) kept ??= new StringBuilder(text, 0, i, text.Length);
            else kept?.Append(text[i]);
        }
        return kept?.ToString() ?? text;
    }

    private static int NextAfterMarks(string text, int i)
    {
        while (i < text.Length && ThaiCharacters.IsCombiningMark(text[i])) i++;
        return i;
    }

    /// <summary>
    /// A line that stands where a number belongs by its place, not by its words: a table cell holding nothing but one
    /// short token. Tesseract writes a lone Thai digit or two there as Latin letters, Arabic digits or look-alike letters
    /// ("ac" for ๙๔, "BO" for ๙๐, "a" for ๗, "6" for ๓), and with no Thai words around it the line's own tests
    /// (<see cref="NumberSlot"/>, a Thai line) cannot tell. The token is read again glyph by glyph like a stray token,
    /// all or nothing, at <see cref="ThaiDigitCorrectorOptions.StrayMinConfidence"/>: a real Arabic number is the
    /// model's reject class and stays, and so does anything with a glyph that is no clear Thai digit.
    /// </summary>
    /// <param name="image">The image the line was read from; its boxes are in its coordinates.</param>
    /// <param name="line">The line, with its symbols.</param>
    /// <returns>The line with the token as Thai digits, or the line as it was.</returns>
    public RecognizedLine CorrectNumberToken(GrayImage image, RecognizedLine line)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(line);
        if (!IsNumberToken(line.Text.Trim())) return line;
        if (SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return line;
        var inked = Enumerable.Range(0, line.Symbols.Count).Where(i => spans[i].Length > 0 && !string.IsNullOrWhiteSpace(line.Symbols[i].Text)).ToList();
        if (inked.Count == 0) return line;
        var run = new Run(inked[0], inked[^1], Stray: true);
        if (ReadRun(image, line, spans, run, []) is not { } digits) return line;
        string text = new(digits.Select(d => d.Digit).ToArray());
        return line with { Text = text, Symbols = digits.Select(d => new RecognizedSymbol(d.Digit.ToString(), d.Box, d.Confidence)).ToList() };
    }

    /// <summary>
    /// One token of at most <see cref="ThaiDigitCorrectorOptions.MaxStrayLength"/> characters, each a Thai digit, a
    /// look-alike, a Latin letter or a stray sign, at least one of them no Thai digit.
    /// </summary>
    private bool IsNumberToken(string token) =>
        token.Length > 0 && token.Length <= _options.MaxStrayLength
        && token.All(c => ThaiDigits.IsThaiDigit(c) || _options.LookAlikes.Contains(c) || char.IsAsciiLetter(c) || _options.StrayLookAlikes.Contains(c))
        && !token.All(ThaiDigits.IsThaiDigit);

    /// <param name="First">Index of the run's first symbol.</param>
    /// <param name="Last">Index of its last symbol.</param>
    /// <param name="Stray">A token with no Thai digit (Latin letters or signs in a number's place), read all or nothing.</param>
    private readonly record struct Run(int First, int Last, bool Stray = false);

    private readonly record struct ReadDigit(char Digit, BoundingBox Box, float Confidence);

    /// <summary>The narrowest a Thai digit is, as a share of the digits' height (๑ and ๒ in condensed faces).</summary>
    private const double MinDigitWidthRatio = 0.5;

    /// <summary>Every run the corrector reads, left to right: digit runs, stray tokens, letter parts of numbers, lone look-alikes.</summary>
    private List<Run> AllRuns(string text, List<RecognizedSymbol> symbols, (int Start, int Length)[] spans) =>
        FindRuns(text, symbols, spans).Concat(FindStrayTokens(text, symbols, spans)).Concat(FindLetterParts(text, symbols, spans))
            .Concat(FindLoneLookAlikes(text, symbols, spans))
            .OrderBy(r => r.First).ToList();

    /// <summary>Maximal sequences of adjacent symbols (no space between) that are Thai digits or look-alikes, holding at least one Thai digit.</summary>
    private IEnumerable<Run> FindRuns(string text, List<RecognizedSymbol> symbols, (int Start, int Length)[] spans)
    {
        var runs = new List<Run>();
        int first = -1;
        bool hasDigit = false;
        for (int i = 0; i <= symbols.Count; i++)
        {
            bool member = i < symbols.Count && IsRunMember(text, spans, symbols, i);
            bool adjacent = member && first >= 0 && spans[i].Start == spans[i - 1].Start + spans[i - 1].Length;
            if (first >= 0 && !adjacent)
            {
                if (hasDigit) runs.Add(new Run(first, i - 1));
                first = -1;
                hasDigit = false;
            }
            if (!member) continue;
            if (first < 0) first = i;
            hasDigit |= ThaiDigits.IsThaiDigit(text[spans[i].Start]);
        }
        return runs;
    }

    /// <remarks>
    /// A following vowel (ะ า ำ ๅ) right after a digit or look-alike is a member too: Thai spelling puts it only after a
    /// consonant, so "๑๓ดาด" is no word but a digit glyph (bold ๓) written as letters; so is a tone mark on a look-alike
    /// that touches a digit (<see cref="IsToneOnDigitLookAlike"/>).
    /// </remarks>
    private bool IsRunMember(string text, (int Start, int Length)[] spans, IReadOnlyList<RecognizedSymbol> symbols, int i)
    {
        if (spans[i].Length != 1 || symbols[i].Text.Length != 1) return false;
        char c = text[spans[i].Start];
        if (ThaiDigits.IsThaiDigit(c) || _options.LookAlikes.Contains(c)) return true;
        if (ThaiCharacters.IsToneMark(c)) return IsToneOnDigitLookAlike(text, spans, i);
        if (IsLetterBetweenDigits(text, spans, i)) return true;
        return ThaiCharacters.IsFollowingVowel(c) && i > 0 && spans[i].Start == spans[i - 1].Start + spans[i - 1].Length
               && IsRunMember(text, spans, symbols, i - 1);
    }

    /// <summary>
    /// One Thai letter glued between two Thai digits ("๘๗.๕ใ๒" for ๘๗.๔๒: the ๔ written as ๕ and ใ): Thai spelling puts no
    /// letter inside a number, so it is part of a digit glyph the engine wrote as two symbols.
    /// </summary>
    private static bool IsLetterBetweenDigits(string text, (int Start, int Length)[] spans, int i)
    {
        char c = text[spans[i].Start];
        if (!(ThaiCharacters.IsConsonant(c) || ThaiCharacters.IsLeadingVowel(c) || ThaiCharacters.IsFollowingVowel(c))) return false;
        if (i < 1 || i + 1 >= spans.Length) return false;
        bool gluedBefore = spans[i - 1].Length == 1 && spans[i - 1].Start + 1 == spans[i].Start && ThaiDigits.IsThaiDigit(text[spans[i - 1].Start]);
        bool gluedAfter = spans[i + 1].Length == 1 && spans[i].Start + 1 == spans[i + 1].Start && ThaiDigits.IsThaiDigit(text[spans[i + 1].Start]);
        return gluedBefore && gluedAfter;
    }

    /// <summary>
    /// A tone mark on a look-alike letter that touches a Thai digit ("๘๗๓,ซ่๖๐", "๒๕ซ่"): ๗'s upper stroke read as ่ over
    /// ซ. Not on a word glued to a number ("ข้อ๑": the mark's letter touches no digit).
    /// </summary>
    private bool IsToneOnDigitLookAlike(string text, (int Start, int Length)[] spans, int i)
    {
        int at = spans[i].Start;
        if (i < 1 || at < 1 || spans[i - 1].Start != at - 1) return false;
        char letter = text[at - 1];
        if (!ThaiCharacters.IsConsonant(letter) || !_options.LookAlikes.Contains(letter)) return false;
        return (at >= 2 && ThaiDigits.IsThaiDigit(text[at - 2])) || (at + 1 < text.Length && ThaiDigits.IsThaiDigit(text[at + 1]));
    }

    /// <summary>
    /// Tokens of at most <see cref="ThaiDigitCorrectorOptions.MaxStrayLength"/> Latin letters or stray look-alike signs,
    /// set off from letters and digits, standing in a number's place on a line that is mostly Thai letters.
    /// </summary>
    private IEnumerable<Run> FindStrayTokens(string text, List<RecognizedSymbol> symbols, (int Start, int Length)[] spans)
    {
        var runs = new List<Run>();
        for (int i = 0; i < symbols.Count; i++)
        {
            if (!IsStrayMember(text, spans, symbols, i)) continue;
            int last = i;
            while (last + 1 < symbols.Count && IsStrayMember(text, spans, symbols, last + 1)
                   && spans[last + 1].Start == spans[last].Start + spans[last].Length) last++;
            int start = spans[i].Start, end = spans[last].Start + spans[last].Length;
            if (end - start <= _options.MaxStrayLength && !TouchesWordOrNumber(text, start, end)
                && (NumberSlot.Holds(text, start, end) || AmongThaiNumbers(text, start, end)) && IsThaiLine(text, start, end))
                runs.Add(new Run(i, last, Stray: true));
            i = last;
        }
        return runs;
    }

    private bool AmongThaiNumbers(string text, int start, int end) =>
        _options.StrayMinThaiNumbers > 0 && NumberSlot.HoldsAmongThaiNumbers(text, start, end, _options.StrayMinThaiNumbers);

    private bool IsStrayMember(string text, (int Start, int Length)[] spans, IReadOnlyList<RecognizedSymbol> symbols, int i)
    {
        if (spans[i].Length != 1 || symbols[i].Text.Length != 1) return false;
        char c = text[spans[i].Start];
        return char.IsAsciiLetter(c) || _options.StrayLookAlikes.Contains(c);
    }

    /// <summary>
    /// A Thai look-alike letter standing alone where a number belongs, with the tone mark Tesseract often adds ("มาตรา ซ่"
    /// for มาตรา ๗, "ซ." opening an item): no Thai word is one such letter between spaces, so it is a digit the model has no
    /// glyph for. Read all or nothing, like a stray token. An abbreviation (อ.เมือง, จ.ชลบุรี) is glued to its next word
    /// and is not taken.
    /// </summary>
    private IEnumerable<Run> FindLoneLookAlikes(string text, List<RecognizedSymbol> symbols, (int Start, int Length)[] spans)
    {
        var runs = new List<Run>();
        for (int i = 0; i < symbols.Count; i++)
        {
            if (spans[i].Length != 1 || symbols[i].Text.Length != 1) continue;
            char c = text[spans[i].Start];
            if (!ThaiCharacters.IsConsonant(c) || !_options.LookAlikes.Contains(c)) continue;
            int last = i;
            if (i + 1 < symbols.Count && spans[i + 1].Length == 1 && spans[i + 1].Start == spans[i].Start + 1
                && ThaiCharacters.IsToneMark(text[spans[i + 1].Start])) last = i + 1;
            int start = spans[i].Start, end = spans[last].Start + spans[last].Length;
            bool spaceBefore = start == 0 || char.IsWhiteSpace(text[start - 1]) || text[start - 1] == '(';
            int after = end < text.Length && text[end] is '.' or ')' ? end + 1 : end;
            bool spaceAfter = after == text.Length || char.IsWhiteSpace(text[after]);
            if (spaceBefore && (spaceAfter || IsItemNumberOpeningLine(text, start, end)) && NumberSlot.Holds(text, start, end) && IsThaiLine(text, start, end))
                runs.Add(new Run(i, last, Stray: true));
            i = last;
        }
        return runs;
    }

    /// <summary>
    /// The token opens the line with a point after it and the item's text glued on ("ซ.ให้มีการกำหนด" for ๗.ให้มีการกำหนด):
    /// numbered paragraphs are typed so. Not an abbreviation chain (ด.ช.สมชาย, ด.ญ.), whose next letter has a point too;
    /// an abbreviation of one letter opening a line (อ.เมือง) is a real letter, which the model rejects.
    /// </summary>
    private static bool IsItemNumberOpeningLine(string text, int start, int end) =>
        start == 0 && end + 1 < text.Length && text[end] == '.' && ThaiCharacters.IsThaiLetter(text[end + 1])
        && !(end + 2 < text.Length && text[end + 2] == '.');

    /// <summary>
    /// Words of at most <see cref="ThaiDigitCorrectorOptions.MaxStrayLength"/> Thai characters that are the whole part of a
    /// decimal number ("สได.๔๖" for ๙๙.๔๖: a space before, a point and Thai digits right after; or Thai digits and a point
    /// before and a space after), or a group of thousands after a Thai number's comma ("๔๗๔ ,ตเอ" for ๔๗๔,๓๗๖). Thai writes no word glued to a number by a point, so these are digits Tesseract read as
    /// letters. Abbreviations (พ.ศ.๒๕๖๗) are not taken: their last letter has a point, not a space, before it. The model
    /// is trained to reject Thai letters, and such a token is rewritten only when every glyph is a clear digit.
    /// </summary>
    private IEnumerable<Run> FindLetterParts(string text, List<RecognizedSymbol> symbols, (int Start, int Length)[] spans)
    {
        var runs = new List<Run>();
        for (int i = 0; i < symbols.Count; i++)
        {
            if (!IsLetterPartMember(text, spans, symbols, i)) continue;
            int last = i;
            while (last + 1 < symbols.Count && IsLetterPartMember(text, spans, symbols, last + 1)
                   && spans[last + 1].Start == spans[last].Start + spans[last].Length) last++;
            int start = spans[i].Start, end = spans[last].Start + spans[last].Length;
            bool spaceBefore = start == 0 || char.IsWhiteSpace(text[start - 1]), spaceAfter = end == text.Length || char.IsWhiteSpace(text[end]);
            bool wholePart = spaceBefore && DecimalPointThenDigit(text, end, +1);
            bool fraction = spaceAfter && DecimalPointThenDigit(text, start - 1, -1);
            bool thousands = spaceAfter && CommaAfterThaiNumber(text, start - 1);
            if (end - start <= _options.MaxStrayLength && (wholePart || fraction || thousands)) runs.Add(new Run(i, last, Stray: true));
            i = last;
        }
        return runs;
    }

    private static bool IsLetterPartMember(string text, (int Start, int Length)[] spans, IReadOnlyList<RecognizedSymbol> symbols, int i) =>
        spans[i].Length == 1 && symbols[i].Text.Length == 1 && ThaiCharacters.IsThaiLetter(text[spans[i].Start]);

    /// <summary>
    /// A comma at <paramref name="position"/> with a Thai digit before it, spaces allowed between ("๔๗๔ ,ตเอ" for
    /// ๔๗๔,๓๗๖): what follows such a comma is the number's next group of digits, since Thai sets no word glued to a comma.
    /// </summary>
    private static bool CommaAfterThaiNumber(string text, int position)
    {
        if (position < 1 || position >= text.Length || text[position] != ',') return false;
        int before = position - 1;
        while (before >= 0 && text[before] == ' ') before--;
        return before >= 0 && ThaiDigits.IsThaiDigit(text[before]);
    }

    /// <summary>A decimal point at <paramref name="position"/> with a Thai digit right beyond it in <paramref name="direction"/>.</summary>
    private static bool DecimalPointThenDigit(string text, int position, int direction)
    {
        int beyond = position + direction;
        return position >= 0 && position < text.Length && text[position] == '.'
            && beyond >= 0 && beyond < text.Length && ThaiDigits.IsThaiDigit(text[beyond]);
    }

    /// <summary>A letter or digit right before or after the token makes it part of a longer word or number (E-Service's "E" is not glued: '-' is no letter).</summary>
    private static bool TouchesWordOrNumber(string text, int start, int end) =>
        (start > 0 && char.IsLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]));

    /// <summary>
    /// Thai characters (letters, vowels, marks) outnumber Latin letters two to one in the rest of the line: on a Latin
    /// line short tokens are Latin words. Vowels and marks count because a short Thai line may have few consonants.
    /// </summary>
    private static bool IsThaiLine(string text, int start, int end)
    {
        int thai = 0, latin = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (i >= start && i < end) continue;
            if (text[i] is >= '\u0E01' and <= '\u0E4E') thai++;
            else if (char.IsAsciiLetter(text[i])) latin++;
        }
        return thai > 2 * latin;
    }

    /// <summary>The run without its leading and trailing non-digit look-alikes, or null when nothing is left.</summary>
    private static Run? TrimLookAlikes(string text, (int Start, int Length)[] spans, Run run)
    {
        int first = run.First, last = run.Last;
        while (first <= last && !ThaiDigits.IsThaiDigit(text[spans[first].Start])) first++;
        while (last >= first && !ThaiDigits.IsThaiDigit(text[spans[last].Start])) last--;
        return first <= last ? new Run(first, last) : null;
    }

    private static int Median(IEnumerable<int> values) => OrderStatistics.UpperMedian(values);

    /// <summary>
    /// The run's digits read from the image, or null when a glyph of the run is not confidently a Thai digit and neither
    /// second chance below reads it. A digit run (not a stray token, which is all or nothing) gets two: its ink cut again
    /// with the line's small punctuation not taken for foreign ink (<see cref="DigitRunSegmenter.SmallPunctuation"/>), and
    /// then the engine's own digits kept for the glyphs the model is unsure of (<see cref="WithEngineDigits"/>).
    /// </summary>
    /// <remarks>Works on the original <paramref name="line"/>, whose symbols and text <paramref name="spans"/> index.</remarks>
    private List<ReadDigit>? ReadRun(GrayImage image, RecognizedLine line, (int Start, int Length)[] spans, Run run, IReadOnlyList<BoundingBox> claimed)
    {
        int start = spans[run.First].Start, end = spans[run.Last].Start + spans[run.Last].Length;
        bool unclosedBracket = start > 0 && line.Text[start - 1] == '(' && (end >= line.Text.Length || line.Text[end] != ')');
        var first = ReadGlyphs(SegmentRun(image, line, spans, run, claimed), run, unclosedBracket);
        if (first.Unsure == 0) return first.Digits;
        if (run.Stray) return null;
        var again = ReadGlyphs(SegmentRun(image, line, spans, run, claimed, punctuationIsForeign: false), run, unclosedBracket);
        if (again.Unsure == 0) return again.Digits;
        return WithEngineDigits(line, spans, run, first);
    }

    /// <summary>The Thai digits Tesseract's Thai model has glyphs for; it writes others (or drops them) for ๔ ๖ ๗ ๘ ๙.</summary>
    private const string EngineDigits = "๐๑๒๓๕";

    /// <summary>One glyph of a run as read: its digits when the model is sure of them, else null.</summary>
    private readonly record struct GlyphReading(SegmentedGlyph Glyph, List<ReadDigit>? Digits);

    /// <summary>The run's glyphs as read, the count of glyphs over its own symbols the model is not sure of, and the digits when that count is zero.</summary>
    private readonly record struct RunReading(List<GlyphReading> Glyphs, int Unsure, int DigitHeight, int RunLeft, int RunRight)
    {
        public List<ReadDigit>? Digits => Unsure > 0 || Glyphs.Count == 0 ? null : Glyphs.SelectMany(g => g.Digits!).ToList();
    }

    /// <param name="cut">The run's glyphs and the x range of its own symbols.</param>
    /// <param name="run">The run.</param>
    /// <param name="unclosedBracket">
    /// The text opens a bracket right before the run and does not close it after: the engine put the closing bracket's
    /// ink under the last digit's symbol ("(๑ สนับสนุน" for "(๔) สนับสนุน"), so a last glyph shaped like a bracket is no
    /// glyph of the run (<see cref="WithoutClosingBracket"/>).
    /// </param>
    private RunReading ReadGlyphs((IReadOnlyList<SegmentedGlyph> Glyphs, int RunLeft, int RunRight) cut, Run run, bool unclosedBracket)
    {
        var (glyphs, runLeft, runRight) = cut;
        if (unclosedBracket) glyphs = WithoutClosingBracket(glyphs);
        float minConfidence = run.Stray ? _options.StrayMinConfidence : _options.MinConfidence;
        int digitHeight = glyphs.Count == 0 ? 0 : Median(glyphs.Select(g => g.Box.Height));

        var read = new List<GlyphReading>();
        int unsure = 0;
        for (int g = 0; g < glyphs.Count; g++)
        {
            int center = glyphs[g].Box.X + glyphs[g].Box.Width / 2;
            bool outsideRun = center < runLeft || center > runRight;
            // A stray token takes no ink clear of its own symbols: a digit there belongs to a neighbouring number whose
            // symbol boxes Tesseract placed off its ink, and a token that is noise ("ii" before ๕/๒๕๖๔) would claim it.
            // Ink that overlaps the token is its own even when its centre is not (symbol boxes are approximate).
            if (run.Stray && (glyphs[g].Box.Right <= runLeft || glyphs[g].Box.X >= runRight)) continue;
            var digits = ReadGlyph(glyphs[g], Math.Max(digitHeight, glyphs[g].Box.Height), minConfidence);
            // Ink found outside the run's own symbols that is no digit belongs to a neighbour Tesseract boxed too narrowly: skip it.
            if (digits is null && outsideRun) continue;
            if (digits is null) unsure++;
            read.Add(new GlyphReading(glyphs[g], digits));
        }
        return new RunReading(read, unsure, digitHeight, runLeft, runRight);
    }

    /// <summary>A bracket stands taller than the digits it encloses (it reaches above and below them).</summary>
    private const double BracketHeightRatio = 1.2;

    /// <summary>
    /// The glyphs without the last one when it is shaped like a closing bracket: narrower than any Thai digit
    /// (<see cref="MinDigitWidthRatio"/>) and <see cref="BracketHeightRatio"/> times as tall as the glyphs before it.
    /// </summary>
    private static IReadOnlyList<SegmentedGlyph> WithoutClosingBracket(IReadOnlyList<SegmentedGlyph> glyphs)
    {
        if (glyphs.Count < 2) return glyphs;
        var last = glyphs[^1].Box;
        int height = Median(glyphs.Take(glyphs.Count - 1).Select(g => g.Box.Height));
        bool bracket = last.Width < MinDigitWidthRatio * height && last.Height >= BracketHeightRatio * height;
        return bracket ? glyphs.Take(glyphs.Count - 1).ToList() : glyphs;
    }

    /// <summary>
    /// The run read with the engine's digit for each glyph the model is not sure of (a thin or speckled ๑, an ๘ whose loops
    /// filled), and the model's for the rest: all or nothing stays the rule for the glyphs, but a glyph the model cannot
    /// vouch for no longer keeps the run's sure glyphs (๘ ๙ ๖, which the engine has no glyph for) from being written;
    /// over one digit of the engine's, the model's is taken only where it reads ๔ ๖ ๗ ๘ or ๙ and the engine ๐ ๑ ๒ ๓ or ๕.
    /// Taken only when the glyphs and the engine's symbols match up: every symbol of the run lies over a glyph (its centre
    /// inside the glyph's columns), each unsure glyph lies under exactly one symbol, a Thai digit, or under none and is a
    /// speck (under half the digits' height both ways: a comma the engine read as a space). Otherwise null, and the run
    /// stays as the engine read it. Ink beside the run's symbols is left out.
    /// </summary>
    private List<ReadDigit>? WithEngineDigits(RecognizedLine line, (int Start, int Length)[] spans, Run run, RunReading reading)
    {
        var symbols = Enumerable.Range(run.First, run.Last - run.First + 1).Where(i => spans[i].Length > 0).Select(i => line.Symbols[i]).ToList();
        static bool Over(RecognizedSymbol symbol, SegmentedGlyph glyph) =>
            symbol.Box.X + symbol.Box.Width / 2 is var center && center >= glyph.Box.X && center < glyph.Box.Right;
        if (!symbols.All(s => reading.Glyphs.Any(g => Over(s, g.Glyph)))) return null;

        var digits = new List<ReadDigit>();
        foreach (var (glyph, read) in reading.Glyphs)
        {
            // A digit the engine dropped beside the run is taken only when the whole run reads sure (a logo's mark beside
            // a lone digit read so added a digit to a line of junk). A glyph under one of the run's own symbols is no such
            // digit even when its centre lies beyond the symbols' boxes: the engine boxed the symbol narrower than its ink
            // (a loopless face's first ๒ of ๒๕๖๖, box 8 px wide at the ink's right edge), and leaving it out lost the digit.
            int center = glyph.Box.X + glyph.Box.Width / 2;
            var above = symbols.Where(s => Over(s, glyph)).ToList();
            bool beside = center < reading.RunLeft || center > reading.RunRight;
            if (beside && (above.Count == 0 || !_options.BlendGlyphsUnderSymbols)) continue;
            if (read is not null)
            {
                // Over one digit of the engine's, the model's stands only where it reads a digit the engine has no glyph
                // for and the engine one it has (๘ written ๕): the engine's misreads are those, while in a run this damaged
                // the model takes a thin ๒ for ๑ or a ๔ for ๕ too.
                bool engineStands = read.Count == 1 && above.Count == 1 && above[0].Text.Length == 1 && ThaiDigits.IsThaiDigit(above[0].Text[0])
                                    && !(EngineDigits.Contains(above[0].Text[0]) && !EngineDigits.Contains(read[0].Digit));
                digits.AddRange(engineStands ? [read[0] with { Digit = above[0].Text[0] }] : read);
                continue;
            }
            if (above.Count == 0 && 2 * glyph.Box.Height < reading.DigitHeight && 2 * glyph.Box.Width < reading.DigitHeight) continue;
            if (above.Count != 1 || above[0].Text.Length != 1 || !ThaiDigits.IsThaiDigit(above[0].Text[0])) return null;
            digits.Add(new ReadDigit(above[0].Text[0], glyph.Box, (float)above[0].Confidence));
        }
        return digits.Count == 0 ? null : digits;
    }

    /// <summary>The glyphs cut in the run's band, and the x range of the run's own symbols (page pixels).</summary>
    /// <remarks>Bounded by the line's box (widened by the padding): ink beyond it belongs to a neighbouring block.</remarks>
    private (IReadOnlyList<SegmentedGlyph> Glyphs, int RunLeft, int RunRight) SegmentRun(GrayImage image, RecognizedLine line, (int Start, int Length)[] spans, Run run,
        IReadOnlyList<BoundingBox> claimed, bool punctuationIsForeign = true)
    {
        int runLeft = line.Symbols[run.First].Box.X, runRight = line.Symbols[run.Last].Box.Right;
        // Glyphs already read by a run to the right count as foreign: two runs must never both claim a digit Tesseract dropped between them.
        var glyphs = _segmenter.SegmentToken(image, line, spans, run.First, run.Last, runLeft, runRight, _options.SearchWidthRatio, _options.Padding, claimed,
            punctuationIsForeign, _options.FollowOwnInkPastReach, _options.MarksInDigitRowsAreInk);
        return (glyphs, runLeft, runRight);
    }

    /// <summary>
    /// Every run of the line the corrector would read (digit runs, stray tokens, letter parts of numbers, lone look-alikes),
    /// with the glyphs its ink is cut into, without classifying them: what the model is shown on a real page. The
    /// harvester of real glyphs (DocIngest.Training) labels them from a page's known text.
    /// </summary>
    /// <param name="image">The image the line was read from; its boxes are in its coordinates.</param>
    /// <param name="line">The line as the engine read it, with its symbols.</param>
    /// <returns>The runs left to right; empty when the line has none, or its symbols do not spell its text.</returns>
    public IReadOnlyList<DigitRunGlyphs> Explain(GrayImage image, RecognizedLine line)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(line);
        if (line.Symbols.Count == 0 || SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return [];
        var symbols = line.Symbols.ToList();
        var runs = AllRuns(line.Text, symbols, spans);
        var explained = new List<DigitRunGlyphs>(runs.Count);
        foreach (var run in runs)
        {
            var (glyphs, runLeft, runRight) = SegmentRun(image, line, spans, run, []);
            int start = spans[run.First].Start, end = spans[run.Last].Start + spans[run.Last].Length;
            // The run's own glyphs: ink that overlaps its symbols (what a stray token takes; dropped digits beyond it are not known to be the run's).
            var own = glyphs.Where(g => g.Box.Right > runLeft && g.Box.X < runRight).ToList();
            int height = own.Count == 0 ? 0 : Median(own.Select(g => g.Box.Height));
            explained.Add(new DigitRunGlyphs(start, end - start, run.Stray, own, height));
        }
        return explained;
    }

    /// <summary>
    /// The digit or digits of one glyph, or null when it is no confident digit. A glyph too wide for one digit is read
    /// only as touching digits: cut into pieces that are all confident digits, as many as its width holds digits tried
    /// first (<see cref="ThaiDigitCorrectorOptions.TouchingPiecesByWidth"/>). Read whole, the model may take two touching
    /// digits for one wide one (๕๖ as ๓); cut too few, a piece two digits wide may still read as one (๕๖๔ as ๕๔).
    /// </summary>
    private List<ReadDigit>? ReadGlyph(SegmentedGlyph glyph, int digitHeight, float minConfidence)
    {
        // Every Thai digit is at least half as wide as high; a narrower glyph is a stroke (the left stem of แ next to
        // an item number, which the model, having no such reject class, can take for ๔).
        if (glyph.Box.Width < MinDigitWidthRatio * digitHeight) return null;
        if (glyph.Box.Width < _options.WideGlyphRatio * digitHeight)
            return Classify(glyph, minConfidence) is { } digit ? [digit] : null;

        Func<IReadOnlyList<SegmentedGlyph>, List<ReadDigit>?> readCut = cut =>
        {
            var read = cut.Select(p => Classify(p, minConfidence)).ToList();
            return read.All(d => d is not null) ? read.Select(d => d!.Value).ToList() : null;
        };
        return _options.TouchingPiecesByWidth
            ? TouchingGlyphSplitter.ReadNearestPieces(glyph, digitHeight, readCut)
            : TouchingGlyphSplitter.ReadFewestPieces(glyph, digitHeight, readCut);
    }

    private ReadDigit? Classify(SegmentedGlyph glyph, float minConfidence)
    {
        var guess = _recognizer.Classify(glyph.Crop);
        return guess.ThaiDigit is { } digit && guess.Confidence >= minConfidence ? new ReadDigit(digit, glyph.Box, guess.Confidence) : null;
    }
}

/// <summary>One run of a line as <see cref="ThaiDigitCorrector.Explain"/> finds it: where it is in the line's text and the glyphs cut from its ink.</summary>
/// <param name="Start">Index of the run's first character in the line's text.</param>
/// <param name="Length">Characters of the run in the line's text.</param>
/// <param name="Stray">A token with no Thai digit (Latin letters, signs or Thai letters in a number's place).</param>
/// <param name="Glyphs">The glyphs overlapping the run's own symbols, left to right.</param>
/// <param name="DigitHeight">Median height of those glyphs (pixels); a glyph as wide as <see cref="ThaiDigitCorrectorOptions.WideGlyphRatio"/> times it is touching digits.</param>
public sealed record DigitRunGlyphs(int Start, int Length, bool Stray, IReadOnlyList<SegmentedGlyph> Glyphs, int DigitHeight);
