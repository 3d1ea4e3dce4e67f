using DocIngest.Core.Thai;

namespace DocIngest.Training.Digits.Harvest;

/// <summary>
/// Finds which printed digits a run of a recognised line stands for, from the page's known text, and only where that is
/// certain: the line is placed in the page's text by a semi-global edit alignment (the line whole, the page's text with
/// free ends), the run's characters fall inside one run of Thai digits there, and the characters on both sides of the
/// run agree with the text's on both sides of those digits. Everything is compared folded (no whitespace) as the corpus
/// scores it, with the caller's fold.
/// </summary>
public sealed class TruthDigitLabeller
{
    /// <summary>Characters the run's neighbours must match on each side (fewer at a line's edge, but at least one side whole).</summary>
    public const int ContextCharacters = 2;

    /// <summary>Largest share of the line's folded characters the alignment may edit before the line's place is not trusted.</summary>
    public const double MaxLineEditShare = 0.25;

    private readonly string _truth;
    private readonly Func<string, string> _fold;

    /// <param name="foldedTruth">The page's text, folded.</param>
    /// <param name="fold">The fold the truth went through (whitespace removed, Thai normalised): applied to the line's pieces.</param>
    public TruthDigitLabeller(string foldedTruth, Func<string, string> fold)
    {
        _truth = foldedTruth ?? throw new ArgumentNullException(nameof(foldedTruth));
        _fold = fold ?? throw new ArgumentNullException(nameof(fold));
    }

    /// <summary>
    /// The Thai digits the run at <paramref name="start"/> (<paramref name="length"/> characters of <paramref name="lineText"/>)
    /// is printed as, or null when the alignment is not certain.
    /// </summary>
    public string? Label(string lineText, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(lineText);
        string before = _fold(lineText[..start]), run = _fold(lineText.Substring(start, length)), after = _fold(lineText[(start + length)..]);
        if (run.Length == 0) return null;
        string line = before + run + after;
        if (line.Length < 2 * ContextCharacters + run.Length) return null;
        if (Align(line) is not { } map) return null;

        // The text positions the run's characters were aligned with (matched or substituted; a dropped one maps nowhere).
        var positions = Enumerable.Range(before.Length, run.Length).Select(i => map[i]).Where(p => p >= 0).ToList();
        if (positions.Count == 0 || positions.Any(p => !ThaiDigits.IsThaiDigit(_truth[p]))) return null;
        int first = positions.Min(), last = positions.Max();
        while (first > 0 && ThaiDigits.IsThaiDigit(_truth[first - 1])) first--;
        while (last + 1 < _truth.Length && ThaiDigits.IsThaiDigit(_truth[last + 1])) last++;

        // Folding drops spaces, so "๐ ๔๓๘๑" is one run in the text: digits the alignment gave to characters outside the run
        // are another number's, and the run's place among them is not certain.
        int runStart = before.Length, runEnd = before.Length + run.Length;
        for (int i = 0; i < line.Length; i++)
            if ((i < runStart || i >= runEnd) && map[i] >= first && map[i] <= last) return null;

        // Both neighbours agree, character for character: then the run and the digits fill the same place.
        int leftContext = Math.Min(ContextCharacters, before.Length), rightContext = Math.Min(ContextCharacters, after.Length);
        if (leftContext < ContextCharacters && rightContext < ContextCharacters) return null;
        if (first < leftContext || last + rightContext >= _truth.Length) return null;
        if (!string.Equals(before[^leftContext..], _truth.Substring(first - leftContext, leftContext), StringComparison.Ordinal)) return null;
        if (!string.Equals(after[..rightContext], _truth.Substring(last + 1, rightContext), StringComparison.Ordinal)) return null;
        return _truth.Substring(first, last - first + 1);
    }

    /// <summary>
    /// For each character of <paramref name="line"/>, the truth position it is aligned with (-1: inserted), by an edit
    /// alignment of the whole line against a stretch of the truth; null when the best stretch needs more than
    /// <see cref="MaxLineEditShare"/> edits or a second stretch is as good (a line printed twice is no certain place).
    /// </summary>
    private int[]? Align(string line)
    {
        int n = line.Length, m = _truth.Length;
        if (m == 0) return null;
        // cost[i, j]: line[..i] against a truth stretch ending at j; starting anywhere in the truth is free.
        var cost = new int[n + 1, m + 1];
        for (int i = 1; i <= n; i++) cost[i, 0] = i;
        for (int i = 1; i <= n; i++)
            for (int j = 1; j <= m; j++)
            {
                int diagonal = cost[i - 1, j - 1] + (line[i - 1] == _truth[j - 1] ? 0 : 1);
                cost[i, j] = Math.Min(diagonal, Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1));
            }
        int end = 0;
        for (int j = 1; j <= m; j++) if (cost[n, j] < cost[n, end]) end = j;
        int best = cost[n, end];
        if (best > MaxLineEditShare * n) return null;
        // Another end as good, away from this one: the line's place is ambiguous.
        for (int j = 0; j <= m; j++) if (Math.Abs(j - end) > n && cost[n, j] == best) return null;

        var map = Enumerable.Repeat(-1, n).ToArray();
        int a = n, b = end;
        while (a > 0 && b > 0)
        {
            if (cost[a, b] == cost[a - 1, b - 1] + (line[a - 1] == _truth[b - 1] ? 0 : 1)) { map[a - 1] = b - 1; a--; b--; }
            else if (cost[a, b] == cost[a - 1, b] + 1) a--;
            else b--;
        }
        return map;
    }
}
