using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

/// <summary>Where a pattern occurs approximately in a text, and at what <see cref="ThaiEditCosts"/> cost.</summary>
public readonly record struct ApproximateMatch(int Index, int Length, double Cost);

/// <summary>
/// Approximate substring search (Sellers' algorithm) under <see cref="ThaiEditCosts"/>. Matches start and end only at
/// Thai cluster boundaries, so a match never begins with a mark or cuts a consonant from its vowel.
/// </summary>
public static class ApproximateSearch
{
    /// <summary>
    /// Every best-cost occurrence of <paramref name="pattern"/> in <paramref name="text"/> costing at most
    /// <paramref name="maxCost"/>: for each end position that is a local cost minimum, the cheapest start.
    /// </summary>
    public static IReadOnlyList<ApproximateMatch> FindAll(string text, string pattern, double maxCost)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pattern);
        var found = new List<ApproximateMatch>();
        int n = text.Length, m = pattern.Length;
        if (m == 0 || n == 0) return found;

        // cost[i][j]: cheapest alignment of pattern[..i] ending at text position j; start[i][j]: where it began.
        var cost = new double[m + 1, n + 1];
        var start = new int[m + 1, n + 1];
        for (int j = 0; j <= n; j++)
        {
            cost[0, j] = ThaiCharacters.IsClusterBoundary(text, j) ? 0 : double.PositiveInfinity;
            start[0, j] = j;
        }
        for (int i = 1; i <= m; i++)
        {
            char p = pattern[i - 1];
            cost[i, 0] = cost[i - 1, 0] + ThaiEditCosts.InsertOrDelete(p);
            start[i, 0] = 0;
            for (int j = 1; j <= n; j++)
            {
                char t = text[j - 1];
                double diagonal = cost[i - 1, j - 1] + ThaiEditCosts.Substitute(p, t);
                double dropped = cost[i - 1, j] + ThaiEditCosts.InsertOrDelete(p); // OCR lost p
                double added = cost[i, j - 1] + ThaiEditCosts.InsertOrDelete(t);   // OCR added t
                if (diagonal <= dropped && diagonal <= added) { cost[i, j] = diagonal; start[i, j] = start[i - 1, j - 1]; }
                else if (dropped <= added) { cost[i, j] = dropped; start[i, j] = start[i - 1, j]; }
                else { cost[i, j] = added; start[i, j] = start[i, j - 1]; }
            }
        }
        for (int j = 1; j <= n; j++)
        {
            double c = cost[m, j];
            if (c > maxCost || !ThaiCharacters.IsClusterBoundary(text, j)) continue;
            // Keep the end with the lowest cost in its neighbourhood (the neighbours are the same match stretched).
            if (j > 1 && cost[m, j - 1] < c && ThaiCharacters.IsClusterBoundary(text, j - 1)) continue;
            if (j < n && cost[m, j + 1] < c && ThaiCharacters.IsClusterBoundary(text, j + 1)) continue;
            int s = start[m, j];
            if (j - s <= 0) continue;
            found.Add(new ApproximateMatch(s, j - s, c));
        }
        return found;
    }
}
