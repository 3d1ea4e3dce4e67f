using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Text;

/// <summary>
/// Text clean-up shared by the parsers: what OCR, PDF text layers and DOCX leave around the words
/// (markup remnants, dotted leaders, tabs) is removed so that cue words can be matched reliably.
/// </summary>
public static partial class ParsingText
{
    /// <summary>
    /// Normalised Thai (NFC, ำ), markup and leader dots removed, spaces folded, the era before a year as printed
    /// (<see cref="WithEraRepaired"/>); characters otherwise as printed.
    /// </summary>
    public static string Clean(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var s = text.Replace('\t', ' ');
        s = Markup().Replace(s, " ");
        s = Emphasis().Replace(s, "");
        s = Leaders().Replace(s, " ");
        s = ThaiText.Normalize(s);
        s = WithEraRepaired(s);
        return s.Trim();
    }

    /// <summary>
    /// พ.ศ. that OCR garbled, standing right before a Buddhist-Era year, written พ.ศ. again: its point read as a comma
    /// ("พ,ศ."), its พ. lost ("ศ."), its first letter misread ("ฆ.ศ."), or the whole era read as Latin letters ("WA.",
    /// "W.A.", "w.ศ.", "พ. A."). Every parser's year and date cue names the era so; nothing else stands between a token of
    /// one to three letters and a year of the 2500s (ค.ศ. keeps its ค, and a month's abbreviation has no ศ).
    /// </summary>
    public static string WithEraRepaired(string text) => GarbledEra().Replace(text, "พ.ศ.");

    // A garbled era token at a word's start, before a year of the 2500s (or of the 2400s, ๕ read ๔) that no other
    // number follows.
    [GeneratedRegex(@"(?<=^|[\s(])(?:พ\s?,\s?ศ\.?|พ\.?\s?[A-Za-z]{1,2}\.?(?=\s)|พ\.\s?ศ(?!\.)|ศ\.|(?!ค)[\u0E01-\u0E2E]\s?[.,]\s?ศ\.|[A-Za-z]{1,2}\.?\s?ศ\.?|[A-Za-z]{1,3}\.(?:\s?[A-Za-z]{1,2}\.?)?)(?=\s*(?:๒[๔๕]|2[45])[0-9๐-๙]{2}(?![0-9๐-๙.])(?!\s*[0-9๐-๙]))")]
    private static partial Regex GarbledEra();

    /// <summary><see cref="Clean"/> with Thai digits turned into Arabic ones: the form cue patterns are written against.</summary>
    public static string Fold(string text) => ThaiDigits.ToArabic(Clean(text));

    /// <summary>
    /// A list number OCR read with a square bracket or a brace for a parenthesis ("[๑]", "{๒}", "(๓]", "๔]") given its
    /// parentheses back ("(๑)", "(๒)", "(๓)", "๔)"), at a line's start or after a space, so that the list and step markers
    /// read it; a line that opens with a number whose closing bracket was lost ("[๓ จัดให้มี…") has it back too. A
    /// number in parentheses, and brackets around anything but one or two digits, are left as printed.
    /// </summary>
    public static string ListMarkersInParentheses(string text) =>
        BracketedListNumber().Replace(UnclosedListNumber().Replace(text, "(${n})"), m => m.Groups["open"].Value is "(" or "" && m.Groups["close"].Value == ")"
            ? m.Value
            // A speck OCR read after a damaged marker opening the line ("[๑] 5 จัดทำ…") goes with the marker.
            : (m.Groups["open"].Success ? "(" : "") + m.Groups["n"].Value + ")" +
              (m.Groups["speck"].Success && m.Index == 0 ? "" : m.Groups["tail"].Value));

    /// <summary>Collapses every whitespace run (line breaks included) to one space.</summary>
    public static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>True for running page numbers such as "- ๒ -", "-2-", "หน้า 3".</summary>
    public static bool IsPageMarker(string cleaned) => PageMarker().IsMatch(cleaned);

    /// <summary>
    /// True for a line OCR made out of speckles or rules: mostly one- and two-character fragments
    /// ("ง่ 1ว = , ๐ ฆ ฆญ ฒซ๊ ม"). Real Thai text runs words together, so its space-separated pieces are long.
    /// </summary>
    public static bool IsOcrNoise(string cleaned)
    {
        // A decorative rule read as letters: one short unit over and over (วอวอวอวอ…, -=-=-=).
        if (RepeatedPatternShare(cleaned) >= 0.6) return true;
        // An agency's phone on a line of its own with a speck after it ("โทร. ๐ ๔๕๓๖ ๑๒๑๒ !"): โทร has two consonants, no
        // word by the test below, but a phone label before a number of six digits or more is a header line.
        if (LabelledPhone().IsMatch(cleaned) && cleaned.Count(ThaiDigits.IsDigit) >= 6) return false;
        // A Buddhist-Era year among specks ("' u ๒๕๖๘ |"): a subject's fiscal year wrapped onto a line of its own, read
        // with the specks of a poor scan around it.
        if (YearAmongSpecks().IsMatch(cleaned)) return false;
        // No word at all (Thai or Latin) and either no number or stray symbols: "2 0", "ฮ่ =", "' “080็0".
        if (!HasWord(cleaned) && (!DigitRun().IsMatch(cleaned) || cleaned.Any(c => "=!<>|~^_{}[]“”\"'".Contains(c)))) return true;
        var pieces = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length < 3) return false;
        // An era and a year alone ("พ. ศ. ๒๕๖๘"): a subject's or title's year wrapped onto a line of its own, read with
        // the era split into two short pieces.
        if (EraAndYear().IsMatch(cleaned)) return false;
        // Numbers stand apart in real text too (dates, amounts), so only the other pieces are judged.
        var words = pieces.Where(p => !p.All(c => ThaiDigits.IsDigit(c) || c is '.' or ',' or '/')).ToList();
        if (words.Count == 0) return false;
        // A long number with one speck beside it ("๔๓๒๖ ๑๕๔๗ oy", a phone number wrapped onto its own line) is text.
        if (words.Count == 1 && cleaned.Count(ThaiDigits.IsDigit) >= 6) return false;
        int fragments = words.Count(p => p.Length <= 2 || p.Any(c => "=!<>|~^_{}[]".Contains(c)));
        return fragments >= words.Count * 0.7;
    }

    /// <summary>
    /// True for a line that is not text, whatever field or paragraph it stands next to: OCR noise
    /// (<see cref="IsOcrNoise"/>, which includes a short pattern repeated along the line), a rule of dashes, stars,
    /// dots or equal signs, or Thai of which the dictionary can read almost nothing. Parsers stop continuing a field
    /// or paragraph at such a line.
    /// </summary>
    public static bool IsJunkLine(string cleaned)
    {
        if (string.IsNullOrWhiteSpace(cleaned)) return false;
        var compact = cleaned.Where(c => !char.IsWhiteSpace(c)).ToArray();
        int symbols = compact.Count(c => !char.IsLetterOrDigit(c) && !ThaiCharacters.IsCombiningMark(c));
        if (compact.Length >= 3 && symbols >= compact.Length * 0.6) return true;
        if (IsOcrNoise(cleaned)) return true;
        return UnreadableThaiShare(cleaned) >= 0.75;
    }

    /// <summary>
    /// Share of the non-space characters that belong to runs of one unit of 1–3 characters repeated at least three
    /// times (วอวอวอ, ----, 6ว6ว6ว). Runs of digits do not count: numbers repeat digits (๑๐๐๐๐).
    /// </summary>
    public static double RepeatedPatternShare(string text)
    {
        var s = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (s.Length < 8) return 0;
        var covered = new bool[s.Length];
        for (int period = 1; period <= 3; period++)
        {
            int runStart = period;
            for (int i = period; i <= s.Length; i++)
            {
                if (i < s.Length && s[i] == s[i - period]) continue;
                // s[runStart..i) repeats the unit before it: unit + run, with at least two more repeats.
                int from = runStart - period;
                if (i - runStart >= 2 * period && s.AsSpan(from, i - from).ToString().Any(c => !ThaiDigits.IsDigit(c)))
                    for (int k = from; k < i; k++) covered[k] = true;
                runStart = i + 1;
            }
        }
        return (double)covered.Count(c => c) / s.Length;
    }

    /// <summary>Share of the Thai letters (in lines with at least ten) that the dictionary reads as no word; 0 for shorter Thai.</summary>
    public static double UnreadableThaiShare(string text)
    {
        var segmenter = ThaiWordSegmenter.Default;
        int letters = 0, unknown = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!ThaiCharacters.IsThaiLetter(text[i])) { i++; continue; }
            int end = i;
            while (end < text.Length && ThaiCharacters.IsThaiLetter(text[end])) end++;
            letters += end - i;
            unknown += segmenter.Score(text.AsSpan(i, end - i)).UnknownCharacters;
            i = end;
        }
        return letters < 10 ? 0 : (double)unknown / letters;
    }

    /// <summary>
    /// True when the text holds a word: a run of Thai with at least three consonants (marks and vowels between them
    /// allowed) or three Latin letters. OCR fragments of speckles rarely do.
    /// </summary>
    public static bool HasWord(string text) => ThaiWord().IsMatch(text) || LatinWord().IsMatch(text);

    /// <summary>
    /// The line without the specks OCR reads before its first Thai word: punctuation (". รายงาน…", "' ประกาศ…") and
    /// one- or two-character tokens of Latin letters or signs ("i ประกาศ…"). Digits stay: "1. มาตรการ…" is an item.
    /// </summary>
    public static string WithoutLeadingSpecks(string text) => LeadingSpecks().Replace(text, "");

    /// <summary>Parses a number written with Thai or Arabic digits ("๙๙.๔๖", "1,234.5").</summary>
    public static bool TryParseNumber(string text, out double value) =>
        double.TryParse(ThaiDigits.ToArabic(text).Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>The integer of a run of Thai or Arabic digits.</summary>
    public static int ParseInt(string digits) => int.Parse(ThaiDigits.ToArabic(digits), CultureInfo.InvariantCulture);

    // Runs of signs or of Thai marks without a letter under them (๊), or short tokens of neither Thai nor digits followed by a space, before a Thai letter.
    [GeneratedRegex(@"^(?:[\s.,:;'`""|_~•·‘’“”\-\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+|[^\s\d\u0E00-\u0E7F]{1,2}\s+)+(?=[\u0E01-\u0E2E\u0E40-\u0E44])")]
    private static partial Regex LeadingSpecks();

    // Markdown headings/bullets, HTML tags and DOCX-export remnants such as [bookmark: x] and [image: ].
    [GeneratedRegex(@"^\s*#{1,6}\s+|<[^>]{1,200}>|\[(?:bookmark|image)[^\]]*\]", RegexOptions.Multiline)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\*{1,3}")]
    private static partial Regex Emphasis();

    // Dotted leaders of printed forms: "(ลงชื่อ).....", "……", ". . . . ." and underscores.
    [GeneratedRegex(@"(?:\s?\.){3,}|…+|_{3,}")]
    private static partial Regex Leaders();

    [GeneratedRegex(@"(?:[ก-ฮ][ะ-ฺเ-ๅ็-๎]*){3}")]
    private static partial Regex ThaiWord();

    [GeneratedRegex(@"[A-Za-z]{3}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[0-9๐-๙]{2}")]
    private static partial Regex DigitRun();

    // พ.ศ. (split, dots optional) and a Buddhist-Era year, nothing else.
    [GeneratedRegex(@"^\s*พ\s?\.?\s?ศ\s?\.?\s*(?:๒๕|25)[0-9๐-๙]{2}\s*$")]
    private static partial Regex EraAndYear();

    // A four-digit Buddhist-Era year with nothing around it but pieces of one or two signs that are no Thai letter or digit.
    [GeneratedRegex(@"^(?:[^\s\u0E01-\u0E2E0-9๐-๙]{1,2}\s+)*(?:๒๕|25)[0-9๐-๙]{2}(?:\s+[^\s\u0E01-\u0E2E0-9๐-๙]{1,2})*$")]
    private static partial Regex YearAmongSpecks();

    // A phone label (โทร., โทรศัพท์, โทรสาร) opening the line, then a digit.
    [GeneratedRegex(@"^โทร(?:ศัพท์|สาร)?\.?\s*[0-9๐-๙]")]
    private static partial Regex LabelledPhone();

    // One or two digits closed by ) ] or }, opened by ( [ { or by nothing, standing at the start or after a space; what
    // follows must not be another digit (a bracketed year or amount is no marker).
    [GeneratedRegex(@"(?<!\S)(?<open>[(\[{])?\s*(?<n>[0-9๐-๙]{1,2})\s*(?<close>[)\]}])(?![0-9๐-๙])(?<tail>\s+(?<speck>[^\s\u0E01-\u0E4E]{1,2})(?=\s+[\u0E01-\u0E2E\u0E40-\u0E44]))?")]
    private static partial Regex BracketedListNumber();

    // A line opening with a bracket and one or two digits, the closing bracket lost, then a Thai word.
    [GeneratedRegex(@"^\s*[(\[{]\s*(?<n>[0-9๐-๙]{1,2})(?=\s+[\u0E01-\u0E2E\u0E40-\u0E44])")]
    private static partial Regex UnclosedListNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:-\s*[0-9๐-๙]{1,3}\s*-|หน้า\s*[0-9๐-๙]{1,3}(?:\s*/\s*[0-9๐-๙]{1,3})?)$")]
    private static partial Regex PageMarker();
}
