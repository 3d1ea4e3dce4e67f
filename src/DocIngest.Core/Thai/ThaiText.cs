using System.Text;
using System.Text.RegularExpressions;

namespace DocIngest.Core.Thai;

/// <summary>Normalisation every piece of Thai text goes through before it is compared or stored.</summary>
public static partial class ThaiText
{
    /// <summary>
    /// NFC; NIKHAHIT + SARA AA (ํา, and ํ + tone + า) recomposed into SARA AM (ำ); zero-width characters removed;
    /// combining marks put in canonical order with duplicates dropped (<see cref="FixMarks"/>);
    /// runs of spaces and tabs folded to one space; lines trimmed. Line breaks are kept.
    /// </summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var s = text.Normalize(NormalizationForm.FormC);
        s = ZeroWidth().Replace(s, "");
        // Tesseract and some PDF encoders emit ำ as ํ + า, sometimes with the tone mark in between (ํ่า -> ่ำ).
        s = NikhahitToneSaraAa().Replace(s, "$1ำ");
        s = s.Replace("\u0E4D\u0E32", "\u0E33");
        s = FixMarks(s);
        s = SpaceRun().Replace(s, " ");
        return string.Join('\n', s.Split('\n').Select(l => l.Trim()));
    }

    /// <summary>
    /// Repairs mark sequences that render alike but compare differently: a mark repeated on one consonant
    /// (ก่่ -> ก่), a tone mark typed before the vowel it sits on (ท่ี -> ที่; canonical order is consonant,
    /// above/below vowel, then tone or ์), and เเ typed for แ.
    /// </summary>
    public static string FixMarks(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\u0E40' && i + 1 < text.Length && text[i + 1] == '\u0E40')
            {
                // No Thai word spells เเ; typists (and OCR reading typed text) use it for แ.
                sb.Append('\u0E41');
                i += 2;
                continue;
            }
            if (!ThaiCharacters.IsCombiningMark(c))
            {
                sb.Append(c);
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && ThaiCharacters.IsCombiningMark(text[i])) i++;
            AppendCanonicalMarks(sb, text.AsSpan(start, i - start));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Removes dotted leaders — the ........ , …… and ____ runs printed as fill-in lines on forms and in tables of
    /// contents — replacing each run with <paramref name="replacement"/>. Abbreviation dots (พ.ศ., ก.ย.) stay:
    /// a leader is three or more dots/underscores in a row (spaces between them allowed) or any ellipsis character.
    /// </summary>
    public static string RemoveDottedLeaders(string text, string replacement = " ")
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var s = DottedLeader().Replace(text, replacement);
        // A leader between two words leaves the replacement; one at a line end leaves nothing.
        return string.Join('\n', s.Split('\n').Select(l => SpaceRun().Replace(l, " ").Trim()));
    }

    /// <summary>
    /// Removes spaces that OCR put inside Thai words (ประ เมิน -> ประเมิน), judged by <see cref="ThaiWordBreaks"/>
    /// against the default dictionary. Spaces between words, and spaces next to non-Thai text, stay.
    /// </summary>
    public static string RemoveSpacesInsideWords(string text) => RemoveSpacesInsideWords(text, ThaiWordBreaks.Default);

    /// <summary>As <see cref="RemoveSpacesInsideWords(string)"/>, with a given judge.</summary>
    public static string RemoveSpacesInsideWords(string text, ThaiWordBreaks breaks)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is ' ' or '\t')
            {
                int end = i;
                while (end < text.Length && text[end] is ' ' or '\t') end++;
                // Only a single-space gap is a plausible OCR split; wider gaps are layout.
                bool single = end - i == 1;
                if (single && sb.Length > 0 && end < text.Length && breaks.IsInsideWord(Tail(sb), text.Substring(end, Math.Min(ContextLength, text.Length - end))))
                {
                    i = end;
                    continue;
                }
                sb.Append(text, i, end - i);
                i = end;
                continue;
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Re-joins lines that a page or column break split inside a Thai word: the line break is dropped when the
    /// next line starts with a mark or following vowel, the line ends with a leading vowel, or the dictionary reads
    /// the two pieces as one word. Other line breaks, and blank lines, stay.
    /// </summary>
    public static string JoinWrappedLines(string text) => JoinWrappedLines(text, ThaiWordBreaks.Default);

    /// <summary>As <see cref="JoinWrappedLines(string)"/>, with a given judge.</summary>
    public static string JoinWrappedLines(string text, ThaiWordBreaks breaks)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var sb = new StringBuilder(text.Length);
        sb.Append(lines[0].TrimEnd());
        for (int k = 1; k < lines.Length; k++)
        {
            string next = lines[k].TrimEnd();
            string trimmedNext = next.TrimStart();
            string current = CurrentLine(sb);
            if (current.Length > 0 && trimmedNext.Length > 0 && breaks.IsInsideWord(current, trimmedNext))
                sb.Append(trimmedNext);
            else
                sb.Append('\n').Append(next);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Joins a line with the one it wrapped onto, as Thai typesetting means it: a wrap between two Thai letters is no
    /// space (Thai runs words together; "และความ" + "โปร่งใส" -> "และความโปร่งใส"), nor is one that splits a word.
    /// A space stays next to digits, Latin letters and punctuation, before a dotted abbreviation (พ.ศ., อบต.), and
    /// before the phrases official writing sets apart with a space (ประจำปี…, ครั้งที่, ณ, ลงวันที่, ระหว่างวันที่,
    /// ตั้งแต่วันที่): there the line ended a phrase.
    /// </summary>
    public static string JoinWrapped(string line, string next) => JoinWrapped(line, next, ThaiWordBreaks.Default);

    /// <summary>As <see cref="JoinWrapped(string, string)"/>, with a given judge.</summary>
    public static string JoinWrapped(string line, string next, ThaiWordBreaks breaks)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        string a = (line ?? string.Empty).TrimEnd();
        string b = (next ?? string.Empty).TrimStart();
        if (a.Length == 0) return b;
        if (b.Length == 0) return a;
        return a + (IsWordWrap(a, b, breaks) ? "" : " ") + b;
    }

    /// <summary>Wrapped lines of one paragraph or field joined into one line by <see cref="JoinWrapped(string, string)"/>.</summary>
    public static string UnwrapLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string joined = string.Empty;
        foreach (var line in lines) joined = JoinWrapped(joined, line);
        return joined;
    }

    private static bool IsWordWrap(string line, string next, ThaiWordBreaks breaks)
    {
        if (!ThaiCharacters.IsThaiLetter(line[^1]) || !ThaiCharacters.IsThaiLetter(next[0])) return false;
        if (DottedAbbreviationStart().IsMatch(next) || PhraseOpener().IsMatch(next)) return breaks.IsInsideWord(line, next);
        return true;
    }

    // The judge only looks at the Thai runs touching the gap; a bounded window keeps the scan linear.
    private const int ContextLength = 48;

    private static string Tail(StringBuilder sb) =>
        sb.ToString(Math.Max(0, sb.Length - ContextLength), Math.Min(ContextLength, sb.Length));

    private static string CurrentLine(StringBuilder sb)
    {
        int start = sb.Length;
        while (start > 0 && sb[start - 1] != '\n') start--;
        return sb.ToString(start, sb.Length - start);
    }

    private static void AppendCanonicalMarks(StringBuilder sb, ReadOnlySpan<char> marks)
    {
        // Vowels first, then tone marks and the other upper signs; equal marks typed twice count once.
        Span<char> buffer = stackalloc char[marks.Length];
        int n = 0;
        foreach (char m in marks)
            if (MarkRank(m) == 0 && buffer[..n].IndexOf(m) < 0) buffer[n++] = m;
        foreach (char m in marks)
            if (MarkRank(m) == 1 && buffer[..n].IndexOf(m) < 0) buffer[n++] = m;
        sb.Append(buffer[..n]);
    }

    private static int MarkRank(char mark) =>
        ThaiCharacters.IsAboveVowel(mark) || ThaiCharacters.IsBelowVowel(mark) ? 0 : 1;

    // พ.ศ., ป.ป.ช., อบต., ต.ค.: Thai letters then a dot, the abbreviation standing as its own word.
    [GeneratedRegex(@"^[\u0E01-\u0E4E]{1,4}\.")]
    private static partial Regex DottedAbbreviationStart();

    [GeneratedRegex(@"^(?:ประจำ(?:ปี|เดือน|ไตรมาส)|ครั้งที่|ณ(?:\s|$)|ลงวันที่|ระหว่างวันที่|ตั้งแต่วันที่)")]
    private static partial Regex PhraseOpener();

    [GeneratedRegex("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")]
    private static partial Regex ZeroWidth();

    [GeneratedRegex("\u0E4D([\u0E48-\u0E4B])\u0E32")]
    private static partial Regex NikhahitToneSaraAa();

    [GeneratedRegex("[ \t\u00A0\u2000-\u200A\u3000]+")]
    private static partial Regex SpaceRun();

    // Four or more dots (three are an ellipsis or the "/ มาตรการ..." continued-on-next-page marker, which must stay),
    // three or more underscores, or two or more ellipsis characters; OCR often reads spaced dots.
    [GeneratedRegex(@"[ \t]*(?:(?:[.\u00B7\u2219][ \t]?){4,}|(?:_[ \t]?){3,}|[\u2026\u2025]{2,})(?:[ \t]?[.\u00B7\u2219_\u2026\u2025])*[ \t]*")]
    private static partial Regex DottedLeader();
}
