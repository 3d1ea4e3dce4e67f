namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// Decides whether a PDF text layer can be trusted. Thai PDFs made with legacy fonts often carry a text layer
/// whose code points are not the glyphs printed (private-use code points, TIS-620 bytes read as Latin-1,
/// replacement characters, marks floating without a consonant); such a layer is worse than OCR.
/// </summary>
public static class TextLayerQuality
{
    /// <summary>Share of suspicious characters above which the layer is rejected.</summary>
    private const double MaxBrokenShare = 0.02;

    /// <summary>Share of Thai marks that may stand without a base before the layer is rejected (a few come from odd kerning).</summary>
    private const double MaxOrphanMarkShare = 0.05;

    /// <summary>Share of Latin-1 letters (À-ÿ) that marks TIS-620 bytes mis-read as Latin-1: Thai documents never need this many.</summary>
    private const double MaxLatin1Share = 0.15;

    private static readonly string[] ThaiFontNameHints =
        ["sarabun", "angsana", "cordia", "browallia", "eucrosia", "jasmine", "lilyupc", "dilleniaupc", "irisupc", "kodchiang",
         "laksaman", "garuda", "kinnari", "loma", "norasi", "purisa", "sawasdee", "umpush", "waree", "niramit", "chakra", "thai", "psl"];

    /// <summary>Null when the text can be used; otherwise the reason it cannot, for the page warning.</summary>
    /// <param name="text">The page's letters in stream order.</param>
    /// <param name="fontNames">Names of the fonts the letters are set in.</param>
    public static string? FindProblem(string text, IEnumerable<string> fontNames)
    {
        int letters = 0, thai = 0, latin = 0, latin1 = 0, broken = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            letters++;
            if (c is >= '\uE000' and <= '\uF8FF' || c == '\uFFFD' || (char.IsControl(c))) broken++;
            else if (IsThai(c)) thai++;
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') latin++;
            else if (c is >= '\u00C0' and <= '\u00FF' or >= '\u00A1' and <= '\u00BF') latin1++;
        }
        if (letters == 0) return "the text layer is empty";
        if (broken > letters * MaxBrokenShare)
            return $"the text layer has {broken} private-use or unmappable characters (broken font encoding)";
        if (latin1 > letters * MaxLatin1Share)
            return "the text layer looks like Thai bytes decoded as Latin-1 (legacy font encoding)";
        if (thai == 0 && latin > 0 && fontNames.Any(IsThaiFontName))
            return "the text layer is Latin letters set in a Thai font (glyphs do not match their code points)";
        int orphans = CountOrphanMarks(text);
        if (orphans > Math.Max(1, thai * MaxOrphanMarkShare))
            return $"the text layer has {orphans} Thai marks without a base consonant (impossible sequences)";
        return null;
    }

    public static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B';

    /// <summary>Above/below vowels and tone marks: they must follow a consonant (or another mark on one).</summary>
    public static bool IsThaiMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E3A') or (>= '\u0E47' and <= '\u0E4E');

    private static bool IsThaiFontName(string name) =>
        ThaiFontNameHints.Any(h => name.Contains(h, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Marks at the start of a word, after a leading vowel (เ แ โ ใ ไ), after a non-Thai character, or a second
    /// tone mark on one consonant: sequences no Thai word has, which a broken encoding produces wholesale.
    /// </summary>
    private static int CountOrphanMarks(string text)
    {
        int orphans = 0;
        char previous = ' ';
        bool toneSeen = false;
        foreach (char c in text)
        {
            if (IsThaiMark(c))
            {
                bool isTone = c is >= '\u0E48' and <= '\u0E4B';
                bool baseOk = IsThaiConsonant(previous) || IsThaiMark(previous);
                if (!baseOk || (isTone && toneSeen)) orphans++;
                toneSeen |= isTone;
            }
            else
            {
                toneSeen = false;
            }
            previous = c;
        }
        return orphans;
    }

    private static bool IsThaiConsonant(char c) => c is >= '\u0E01' and <= '\u0E2E';
}
