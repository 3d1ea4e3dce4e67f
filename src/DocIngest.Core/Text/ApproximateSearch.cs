using DocIngest.Core.Thai;

namespace DocIngest.Core.Text;

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

        // Row i holds the cheapest alignment of pattern[..i] ending at each text position, and where it began;
        // only two rows are kept.
        var cost = new double[n + 1];
        var start = new int[n + 1];
        var nextCost = new double[n + 1];
        var nextStart = new int[n + 1];
        for (int j = 0; j <= n; j++)
        {
            cost[j] = ThaiCharacters.IsClusterBoundary(text, j) ? 0 : double.PositiveInfinity;
            start[j] = j;
        }
        for (int i = 1; i <= m; i++)
        {
            char p = pattern[i - 1];
            double dropP = ThaiEditCosts.InsertOrDelete(p);
            nextCost[0] = cost[0] + dropP;
            nextStart[0] = 0;
            for (int j = 1; j <= n; j++)
            {
                char t = text[j - 1];
                double diagonal = cost[j - 1] + ThaiEditCosts.Substitute(p, t);
                double dropped = cost[j] + dropP;                                      // OCR lost p
                double added = nextCost[j - 1] + ThaiEditCosts.InsertOrDelete(t);     // OCR added t
                if (diagonal <= dropped && diagonal <= added) { nextCost[j] = diagonal; nextStart[j] = start[j - 1]; }
                else if (dropped <= added) { nextCost[j] = dropped; nextStart[j] = start[j]; }
                else { nextCost[j] = added; nextStart[j] = nextStart[j - 1]; }
            }
            (cost, nextCost) = (nextCost, cost);
            (start, nextStart) = (nextStart, start);
        }
        for (int j = 1; j <= n; j++)
        {
            double c = cost[j];
            if (c > maxCost || !ThaiCharacters.IsClusterBoundary(text, j)) continue;
            // Keep the end with the lowest cost in its neighbourhood (the neighbours are the same match stretched).
            if (j > 1 && cost[j - 1] < c && ThaiCharacters.IsClusterBoundary(text, j - 1)) continue;
            if (j < n && cost[j + 1] < c && ThaiCharacters.IsClusterBoundary(text, j + 1)) continue;
            int s = start[j];
            if (j - s <= 0) continue;
            found.Add(new ApproximateMatch(s, j - s, c));
        }
        return found;
    }
}
