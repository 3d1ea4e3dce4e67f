using System.Buffers;
using DocIngest.Core.Thai;

namespace DocIngest.Ocr.Digits;

/// <summary>
/// Whether a token of a Thai line stands where the paperwork puts a number: an item number "(๔)" "๓)" "๒.", a page
/// marker "- ๒ -", the end of a range "๒๕๖๕-๓๐", a day or year next to a month name, the number after ที่ ข้อ พ.ศ.
/// มาตรา หน้า ร้อยละ จำนวน, the number before บาท or เดือน, or a part of a number joined to Thai digits by . , / or :. Tesseract writes the Thai digits it has no
/// glyph for as Latin letters or signs ("bo" for ๒๐, "(@)" for (๔)); in such a slot they are worth re-reading, while
/// Latin words elsewhere on the line (ITA, www, E-Service) are left alone. Judged on the line's text only.
/// </summary>
public static class NumberSlot
{
    /// <summary>Words after which a number follows (ที่ also as ที, whose mark Tesseract often drops: วันที, ลงวันที).</summary>
    private static readonly string[] NumberKeywords = ["ที่", "ที", "ข้อ", "พ.ศ.", "พ.ศ", "มาตรา", "หน้า"];

    /// <summary>Words before which a number stands: a sum before บาท, a day before เดือน (วันที่ ๑๙ เดือน ตุลาคม), a span of months.</summary>
    private static readonly string[] UnitWords = ["บาท", "เดือน"];

    /// <summary>Words after which a number follows besides <see cref="NumberKeywords"/>: a share (ร้อยละ ๒๙.๐๙), a count (จำนวน ๕).</summary>
    private static readonly string[] QuantityWords = ["ร้อยละ", "จำนวน"];

    private static readonly char[] Dashes = ['-', '–', '—'];
    private static readonly char[] Joiners = ['.', ',', '/', ':'];

    /// <summary>True when <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) stands in a number's place.</summary>
    public static bool Holds(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        char before = start > 0 ? text[start - 1] : ' ', after = end < text.Length ? text[end] : ' ';

        if (before == '(' || after == ')') return true;
        if (after == '.' && IsLineStart(text, before == '(' ? start - 1 : start)) return true;
        if (JoinedToThaiDigit(text, start - 1, -1) || JoinedToThaiDigit(text, end, +1)) return true;

        int previous = SkipSpaces(text, start - 1, -1), next = SkipSpaces(text, end, +1);
        bool dashBefore = previous >= 0 && Dashes.Contains(text[previous]);
        bool dashAfter = next < text.Length && Dashes.Contains(text[next]);
        if (dashBefore && dashAfter) return true;
        if (dashBefore && SkipSpaces(text, previous - 1, -1) is var beforeDash && beforeDash >= 0 && ThaiDigits.IsThaiDigit(text[beforeDash])) return true;

        string previousWord = WordBefore(text, start), nextWord = WordAfter(text, end);
        if (IsMonth(previousWord) || IsMonth(nextWord)) return true;
        if (UnitWords.Any(u => nextWord.StartsWith(u, StringComparison.Ordinal))) return true;
        return NumberKeywords.Concat(QuantityWords).Any(k => previousWord.EndsWith(k, StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) is a lower-case Latin token
    /// (letters or signs, no capital) after a Thai word and before another or the line's end, on a line whose numbers
    /// are Thai: at least <paramref name="minThaiNumbers"/> Thai-digit numbers elsewhere and no Arabic digit. Such a line
    /// is typed in Thai digits throughout, so "แผนภาพ ev" there is a number the engine wrote as letters (แผนภาพ ๗) even
    /// where no keyword says so.
    /// A capital (ITA, WJP), an Arabic digit on the line (๒๕๖๗ beside 2024), a sign glued on (e-GP, www.site) or a Latin
    /// or numeric neighbour (an English phrase; "unl ๑๓" and "ta ๑๒", a misread วันที่ or ข้อ before its number) leaves
    /// the token alone.
    /// </summary>
    public static bool HoldsAmongThaiNumbers(string text, int start, int end, int minThaiNumbers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        if (start >= end || text.AsSpan(start, end - start).ContainsAny(CapitalsAndDigits)) return false;
        // Set off by spaces: a token glued to a sign is part of something else (e-GP, www.site, a bracketed item number).
        if ((start > 0 && !char.IsWhiteSpace(text[start - 1])) || (end < text.Length && !char.IsWhiteSpace(text[end]))) return false;
        if (text.AsSpan().ContainsAny(ArabicDigits)) return false;
        // A word before it, not the line's start: a stamp or keyword opening a line is what the engine garbles there
        // ("it นค ๐๐๓๓" for ที่ นค, "ay ณ วันที่" for สั่ง ณ วันที่), and item numbers there are NumberSlot's.
        string previousWord = WordBefore(text, start);
        if (previousWord.Length == 0 || !IsPlainNeighbour(previousWord) || !IsPlainNeighbour(WordAfter(text, end))) return false;
        return CountThaiNumbers(text, start, end) >= minThaiNumbers;
    }

    private static readonly SearchValues<char> ArabicDigits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> CapitalsAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>A neighbouring word that is no number and no Latin word: a Thai word, a sign, or the line's edge.</summary>
    private static bool IsPlainNeighbour(string word) =>
        !word.Any(c => char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || ThaiDigits.IsThaiDigit(c));

    /// <summary>Maximal runs of Thai digits outside the token, a run joined by . , / : counting once (๑๔ ๒๕๖๐ ๑๒/๒๕๖๔).</summary>
    private static int CountThaiNumbers(string text, int start, int end)
    {
        int count = 0;
        bool inNumber = false;
        for (int i = 0; i < text.Length; i++)
        {
            bool digit = (i < start || i >= end) && ThaiDigits.IsThaiDigit(text[i]);
            bool joined = inNumber && Joiners.Contains(text[i]) && i + 1 < text.Length && ThaiDigits.IsThaiDigit(text[i + 1]);
            if (digit && !inNumber) count++;
            inNumber = digit || joined;
        }
        return count;
    }

    private static bool IsLineStart(string text, int position) => SkipSpaces(text, position - 1, -1) < 0;

    /// <summary>A joiner at <paramref name="position"/> with a Thai digit right beyond it (no spaces: ๑๒/ab, ab.๕๐).</summary>
    private static bool JoinedToThaiDigit(string text, int position, int direction)
    {
        int beyond = position + direction;
        return position >= 0 && position < text.Length && Joiners.Contains(text[position])
            && beyond >= 0 && beyond < text.Length && ThaiDigits.IsThaiDigit(text[beyond]);
    }

    private static int SkipSpaces(string text, int position, int direction)
    {
        while (position >= 0 && position < text.Length && char.IsWhiteSpace(text[position])) position += direction;
        return position;
    }

    private static string WordBefore(string text, int start)
    {
        int end = SkipSpaces(text, start - 1, -1) + 1;
        if (end == start) return ""; // the token is glued to what precedes it: that is not a separate word
        int begin = end;
        while (begin > 0 && !char.IsWhiteSpace(text[begin - 1])) begin--;
        return text[begin..end];
    }

    private static string WordAfter(string text, int end)
    {
        int begin = SkipSpaces(text, end, +1);
        if (begin == end) return "";
        int stop = begin;
        while (stop < text.Length && !char.IsWhiteSpace(text[stop])) stop++;
        return text[begin..stop];
    }

    private static bool IsMonth(string word) => word.Length > 0 && ThaiMonths.TryParse(word.Trim('(', ')', ','), out _);
}
