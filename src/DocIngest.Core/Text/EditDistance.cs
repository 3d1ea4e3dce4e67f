namespace DocIngest.Core.Text;

/// <summary>Plain character edit distance, each insertion, deletion and substitution costing 1 (<see cref="ThaiEditCosts"/> weighs OCR confusions).</summary>
public static class EditDistance
{
    /// <summary>
    /// True when <paramref name="text"/> opens with <paramref name="prefix"/> within <paramref name="maxEdits"/> edits: some
    /// opening of the text, up to <paramref name="maxEdits"/> characters shorter or longer than the prefix, is that close.
    /// </summary>
    public static bool OpensWithin(string text, string prefix, int maxEdits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(prefix);
        for (int length = Math.Max(1, prefix.Length - maxEdits); length <= prefix.Length + maxEdits && length <= text.Length; length++)
            if (Levenshtein(text[..length], prefix) <= maxEdits) return true;
        return false;
    }

    /// <summary>Insertions + deletions + substitutions turning <paramref name="a"/> into <paramref name="b"/> (two-row dynamic programme).</summary>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            char ca = a[i - 1];
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (ca == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
