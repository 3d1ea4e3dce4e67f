using System.Text;
using DocIngest.Core.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Approximate matching of OCR-noisy Thai text against known words. Tone marks, spaces and punctuation are
/// dropped from both sides first, because those are what OCR most often loses or invents.
/// </summary>
internal static class FuzzyText
{
    /// <summary>The comparison key: NFC, no tone marks or thanthakhat, no spaces or punctuation, Arabic digits, lower case.</summary>
    public static string Key(string text)
    {
        var normalized = ThaiDigits.ToArabic(ThaiText.Normalize(text));
        var sb = new StringBuilder(normalized.Length);
        foreach (char c in normalized)
        {
            if (c is >= '\u0E47' and <= '\u0E4C') continue; // ็ ่ ้ ๊ ๋ ์
            if (char.IsLetterOrDigit(c) || c is >= '\u0E31' and <= '\u0E3A' || c is >= '\u0E40' and <= '\u0E46' || c == '\u0E4D')
                sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// How well <paramref name="pattern"/> occurs somewhere inside <paramref name="text"/> (both already keys):
    /// 1 - (edit distance of the best-matching substring) / pattern length, and where that substring starts.
    /// </summary>
    public static (double Similarity, int Start) BestSubstringMatch(string pattern, string text)
    {
        if (pattern.Length == 0) return (0, 0);
        int m = pattern.Length, n = text.Length;
        // Sellers' algorithm: edit distance with a free start anywhere in the text; start[] tracks where each alignment began.
        var previous = new int[n + 1];
        var current = new int[n + 1];
        var previousStart = new int[n + 1];
        var currentStart = new int[n + 1];
        for (int j = 0; j <= n; j++) { previous[j] = 0; previousStart[j] = j; }
        for (int i = 1; i <= m; i++)
        {
            current[0] = i;
            currentStart[0] = 0;
            for (int j = 1; j <= n; j++)
            {
                int substitute = previous[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                int delete = previous[j] + 1;
                int insert = current[j - 1] + 1;
                if (substitute <= delete && substitute <= insert) { current[j] = substitute; currentStart[j] = previousStart[j - 1]; }
                else if (delete <= insert) { current[j] = delete; currentStart[j] = previousStart[j]; }
                else { current[j] = insert; currentStart[j] = currentStart[j - 1]; }
            }
            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }
        int best = int.MaxValue, bestStart = 0;
        for (int j = 0; j <= n; j++)
            if (previous[j] < best) { best = previous[j]; bestStart = previousStart[j]; }
        return (Math.Max(0, 1.0 - (double)best / m), bestStart);
    }

    /// <summary>Levenshtein similarity of two keys: 1 - distance / longer length.</summary>
    public static double Similarity(string a, string b) =>
        a.Length == 0 && b.Length == 0 ? 1 : 1.0 - (double)EditDistance.Levenshtein(a, b) / Math.Max(a.Length, b.Length);
}
