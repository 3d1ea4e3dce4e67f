using DocIngest.Core.Thai;

namespace DocIngest.Cli.Evaluation.Corpus;

/// <summary>
/// How many of a page's printed digits were read as themselves: the expected and read texts are aligned character by
/// character (Levenshtein with a trace back) and each expected digit counts as read when it is aligned with the same
/// character. Thai and Arabic digits are different characters: ๕ read as 5 is an error. A number in the truth that mixes
/// Thai and Arabic digits (a layer's glyph-map slip, 25๖๒ for ๒๕๖๒) is no truth about digits and is not counted.
/// </summary>
public static class DigitAlignment
{
    /// <summary>Above this many cells the page is aligned on its digits alone (memory: two bytes a cell).</summary>
    private const long MaxCells = 40_000_000;

    /// <summary>Expected digits read right, and expected digits counted.</summary>
    public static (int Read, int Counted) Score(string expected, string actual)
    {
        var counted = CountedDigits(expected);
        int total = counted.Count(c => c);
        if (total == 0) return (0, 0);
        if ((long)(expected.Length + 1) * (actual.Length + 1) > MaxCells) return DigitsOnly(expected, actual, counted, total);
        var partner = AlignedPartners(expected, actual);
        int read = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            if (counted[i] && partner[i] >= 0 && expected[i] == actual[partner[i]]) read++;
        }
        return (read, total);
    }

    /// <summary>One counted digit not read as itself.</summary>
    /// <param name="Position">Index of the digit in the expected text.</param>
    /// <param name="Digit">The digit printed.</param>
    /// <param name="ReadAs">The character aligned with it, or null when the reading dropped it.</param>
    /// <param name="Expected">The expected text around the digit.</param>
    /// <param name="Actual">The read text around where the digit was aligned.</param>
    public sealed record Miss(int Position, char Digit, char? ReadAs, string Expected, string Actual);

    /// <summary>
    /// Every counted digit that <see cref="Score"/> counts as a miss, with <paramref name="context"/> characters of both
    /// texts either side: what a page's digit figure is made of, to sort the misses by cause. Empty for pages too long
    /// to align character by character.
    /// </summary>
    public static IReadOnlyList<Miss> Misses(string expected, string actual, int context = 10)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var counted = CountedDigits(expected);
        if (!counted.Any(c => c) || (long)(expected.Length + 1) * (actual.Length + 1) > MaxCells) return [];
        var partner = AlignedPartners(expected, actual);
        var misses = new List<Miss>();
        for (int i = 0; i < expected.Length; i++)
        {
            if (!counted[i] || (partner[i] >= 0 && expected[i] == actual[partner[i]])) continue;
            // Where the digit stands in the reading: its partner, else the partner of the nearest aligned character before it.
            int k = i;
            while (k >= 0 && partner[k] < 0) k--;
            int at = partner[i] >= 0 ? partner[i] : k >= 0 ? partner[k] + 1 : 0;
            misses.Add(new Miss(i, expected[i], partner[i] >= 0 ? actual[partner[i]] : null,
                Around(expected, i, context), Around(actual, at, context)));
        }
        return misses;
    }

    private static string Around(string text, int at, int context)
    {
        int from = Math.Max(0, at - context), to = Math.Min(text.Length, at + context + 1);
        return from >= to ? "" : text[from..to];
    }

    /// <summary>Which expected digits are scored: all but those in a run mixing Thai and Arabic digits.</summary>
    private static bool[] CountedDigits(string text)
    {
        var counted = new bool[text.Length];
        int i = 0;
        while (i < text.Length)
        {
            if (!ThaiDigits.IsDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            bool thai = false, arabic = false;
            // A run is digits with the separators numbers carry inside them (1,234.50, ๐๘๓๒.๑/๕๐, 038-219232).
            while (i < text.Length && (ThaiDigits.IsDigit(text[i]) || (text[i] is ',' or '.' or '/' or '-' && i + 1 < text.Length && ThaiDigits.IsDigit(text[i + 1]))))
            {
                thai |= ThaiDigits.IsThaiDigit(text[i]);
                arabic |= text[i] is >= '0' and <= '9';
                i++;
            }
            if (thai && arabic) continue;
            for (int k = start; k < i; k++) counted[k] = ThaiDigits.IsDigit(text[k]);
        }
        return counted;
    }

    /// <summary>For each expected character, the read character an optimal alignment pairs it with, or -1 (deleted).</summary>
    private static int[] AlignedPartners(string expected, string actual)
    {
        int n = expected.Length, m = actual.Length;
        var cost = new ushort[(n + 1) * (m + 1)];
        int W = m + 1;
        for (int j = 0; j <= m; j++) cost[j] = (ushort)Math.Min(j, ushort.MaxValue);
        for (int i = 1; i <= n; i++)
        {
            cost[i * W] = (ushort)Math.Min(i, ushort.MaxValue);
            for (int j = 1; j <= m; j++)
            {
                int substitute = cost[(i - 1) * W + j - 1] + (expected[i - 1] == actual[j - 1] ? 0 : 1);
                int delete = cost[(i - 1) * W + j] + 1;
                int insert = cost[i * W + j - 1] + 1;
                cost[i * W + j] = (ushort)Math.Min(ushort.MaxValue, Math.Min(substitute, Math.Min(delete, insert)));
            }
        }
        var partner = new int[n];
        Array.Fill(partner, -1);
        int a = n, b = m;
        while (a > 0 && b > 0)
        {
            bool same = expected[a - 1] == actual[b - 1];
            if (cost[a * W + b] == cost[(a - 1) * W + b - 1] + (same ? 0 : 1))
            {
                partner[a - 1] = b - 1;
                a--;
                b--;
            }
            else if (cost[a * W + b] == cost[(a - 1) * W + b] + 1) a--;
            else b--;
        }
        return partner;
    }

    /// <summary>The fallback for very long pages: edit distance between the two digit sequences.</summary>
    private static (int Read, int Counted) DigitsOnly(string expected, string actual, bool[] counted, int total)
    {
        var wanted = new string(expected.Where((c, i) => counted[i]).ToArray());
        var read = new string(actual.Where(ThaiDigits.IsDigit).ToArray());
        int edits = Core.Text.EditDistance.Levenshtein(wanted, read);
        return (Math.Max(0, total - edits), total);
    }
}
