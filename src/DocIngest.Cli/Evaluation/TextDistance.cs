using DocIngest.Core.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Cli.Evaluation;

/// <summary>Edit distances and similarities used by <c>docingest eval</c>.</summary>
public static class TextDistance
{
    /// <summary>Above this length similarity uses character bigrams: Levenshtein on two 5000-character sections is 25 M steps.</summary>
    private const int LevenshteinSimilarityLimit = 400;

    /// <summary>
    /// The text CER is computed on: Thai-normalised, dotted leaders (….....) removed, every whitespace character and
    /// table '|' separator removed, so that line breaking, table rendering and how many dots a leader has do not count
    /// as recognition errors. Leaders are layout: the product removes them from every line it reads
    /// (<see cref="ThaiText.RemoveDottedLeaders"/>), and a form's 70-dot fill line is not text anyone searches.
    /// </summary>
    public static string ForCer(string text) =>
        new(ThaiText.Normalize(ThaiText.RemoveDottedLeaders(text, "")).Where(c => !char.IsWhiteSpace(c) && c != '|').ToArray());

    /// <summary>Character error rate of <paramref name="actual"/> against <paramref name="expected"/>: edits / expected length (1 when expected is empty and actual is not).</summary>
    public static double CharacterErrorRate(string expected, string actual)
    {
        var (edits, length) = CerCounts(expected, actual);
        return length == 0 ? (edits == 0 ? 0 : 1) : (double)edits / length;
    }

    /// <summary>Edits and expected length after <see cref="ForCer"/>, for summing over pages.</summary>
    public static (int Edits, int Length) CerCounts(string expected, string actual)
    {
        string e = ForCer(expected), a = ForCer(actual);
        return (EditDistance.Levenshtein(e, a), e.Length);
    }

    /// <summary>Whitespace folded to single spaces and trimmed, Thai normalised: how field values are compared.</summary>
    public static string NormalizeSpaces(string? text) =>
        string.Join(' ', ThaiText.Normalize(text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>0..1 similarity of two texts ignoring whitespace: 1 - normalised Levenshtein, or bigram Dice for long texts.</summary>
    public static double Similarity(string a, string b)
    {
        string x = ForCer(a), y = ForCer(b);
        if (x.Length == 0 && y.Length == 0) return 1;
        if (x.Length == 0 || y.Length == 0) return 0;
        if (Math.Max(x.Length, y.Length) <= LevenshteinSimilarityLimit)
            return 1 - (double)EditDistance.Levenshtein(x, y) / Math.Max(x.Length, y.Length);
        return BigramDice(x, y);
    }

    private static double BigramDice(string x, string y)
    {
        var counts = new Dictionary<(char, char), int>();
        for (int i = 0; i + 1 < x.Length; i++) counts[(x[i], x[i + 1])] = counts.GetValueOrDefault((x[i], x[i + 1])) + 1;
        int shared = 0;
        for (int i = 0; i + 1 < y.Length; i++)
        {
            var key = (y[i], y[i + 1]);
            if (counts.GetValueOrDefault(key) > 0)
            {
                counts[key]--;
                shared++;
            }
        }
        return 2.0 * shared / (x.Length - 1 + y.Length - 1);
    }
}
