namespace DocIngest.Core.Thai;

/// <summary>
/// Character sequences no Thai spelling has, counted in a piece of text. A sound text layer has almost none; a layer
/// whose font maps glyphs to the wrong code points, or that stores marks apart from their letters, has them wholesale.
/// </summary>
/// <param name="MarksWithoutBase">A mark at the start of the text, after a vowel, digit, punctuation or Latin letter.</param>
/// <param name="MarksAfterSpace">A mark or following vowel (ะ า ำ) right after a space: split from the letter it belongs to.</param>
/// <param name="TonesBeforeVowel">A tone mark stored before the above or below vowel of its consonant (canonical order is vowel, then tone).</param>
/// <param name="LatinInsideThai">A lone Latin letter between two Thai letters: a mark mapped to an ASCII code (ดlาน for ด้าน).</param>
public readonly record struct ThaiSequenceFaults(int MarksWithoutBase, int MarksAfterSpace, int TonesBeforeVowel, int LatinInsideThai)
{
    /// <summary>Every fault counted.</summary>
    public int Total => MarksWithoutBase + MarksAfterSpace + TonesBeforeVowel + LatinInsideThai;

    /// <summary>The faults of both.</summary>
    public static ThaiSequenceFaults operator +(ThaiSequenceFaults a, ThaiSequenceFaults b) => new(
        a.MarksWithoutBase + b.MarksWithoutBase, a.MarksAfterSpace + b.MarksAfterSpace,
        a.TonesBeforeVowel + b.TonesBeforeVowel, a.LatinInsideThai + b.LatinInsideThai);

    /// <summary>The faults of <paramref name="text"/>.</summary>
    public static ThaiSequenceFaults Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int withoutBase = 0, afterSpace = 0, toneFirst = 0, latin = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char previous = i > 0 ? text[i - 1] : ' ';
            if (ThaiCharacters.IsCombiningMark(c) || ThaiCharacters.IsFollowingVowel(c))
            {
                if (i > 0 && char.IsWhiteSpace(previous)) afterSpace++;
                else if (!HasBase(c, previous)) withoutBase++;
                if (ThaiCharacters.IsToneMark(previous) && (ThaiCharacters.IsAboveVowel(c) || ThaiCharacters.IsBelowVowel(c))) toneFirst++;
            }
            else if (char.IsAsciiLetter(c) && i > 0 && i + 1 < text.Length
                && ThaiCharacters.IsThaiLetter(previous) && ThaiCharacters.IsThaiLetter(text[i + 1]))
            {
                latin++;
            }
        }
        return new ThaiSequenceFaults(withoutBase, afterSpace, toneFirst, latin);
    }

    // A mark or a following vowel sits on a consonant or on the marks stacked on one (ก่า: tone, then sara aa);
    // ะ also closes เ–าะ (เคราะห์, เพราะ).
    private static bool HasBase(char c, char previous) =>
        ThaiCharacters.IsConsonant(previous) || ThaiCharacters.IsCombiningMark(previous) || (c == '\u0E30' && previous == '\u0E32');
}
