namespace DocIngest.Core.Thai;

/// <summary>
/// Classes of Thai characters as the writing system uses them: which sit above or below a consonant,
/// which are written before it, which can never start a word. The segmenter, the normaliser and the
/// OCR corrector all decide with these.
/// </summary>
public static class ThaiCharacters
{
    /// <summary>Thai consonants ก–ฮ (ฤ and ฦ included: they behave like consonants in spelling).</summary>
    public static bool IsConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E' && c != '\u0E2F';

    /// <summary>เ แ โ ใ ไ: written before the consonant they are pronounced after.</summary>
    public static bool IsLeadingVowel(char c) => c is >= '\u0E40' and <= '\u0E44';

    /// <summary>ะ า ำ ๅ: spacing vowels that follow a consonant and so never start a word.</summary>
    public static bool IsFollowingVowel(char c) => c is '\u0E30' or '\u0E32' or '\u0E33' or '\u0E45';

    /// <summary>Vowels written above the consonant: ั ิ ี ึ ื ็.</summary>
    public static bool IsAboveVowel(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E37') or '\u0E47';

    /// <summary>Vowels written below the consonant: ุ ู ฺ.</summary>
    public static bool IsBelowVowel(char c) => c is >= '\u0E38' and <= '\u0E3A';

    /// <summary>Tone marks ่ ้ ๊ ๋.</summary>
    public static bool IsToneMark(char c) => c is >= '\u0E48' and <= '\u0E4B';

    /// <summary>Every non-spacing mark: above and below vowels, tone marks, ์ ํ ๎.</summary>
    public static bool IsCombiningMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    /// <summary>A character that is part of a Thai word: consonant, vowel or mark (not digits, ฯ, ๆ or ฿).</summary>
    public static bool IsThaiLetter(char c) =>
        IsConsonant(c) || IsLeadingVowel(c) || IsFollowingVowel(c) || IsCombiningMark(c);

    /// <summary>
    /// True when a word may start at <paramref name="index"/>: not before a mark or following vowel,
    /// not right after a leading vowel, and not before a consonant silenced by ์ (it closes the previous syllable).
    /// </summary>
    public static bool IsClusterBoundary(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0 || index >= text.Length) return true;
        char c = text[index];
        if (IsCombiningMark(c) || IsFollowingVowel(c)) return false;
        if (IsLeadingVowel(text[index - 1])) return false;
        if (IsConsonant(c))
        {
            for (int k = index + 1; k < text.Length && IsCombiningMark(text[k]); k++)
                if (text[k] == '\u0E4C') return false;
        }
        return true;
    }
}
