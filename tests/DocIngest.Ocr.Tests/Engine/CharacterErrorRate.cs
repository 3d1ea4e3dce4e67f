namespace DocIngest.Ocr.Tests.Engine;

/// <summary>Character error rate: Levenshtein distance over UTF-16 chars divided by the reference length.</summary>
internal static class CharacterErrorRate
{
    public static double Of(string reference, string hypothesis)
    {
        if (reference.Length == 0) return hypothesis.Length == 0 ? 0 : 1;
        var previous = new int[hypothesis.Length + 1];
        var current = new int[hypothesis.Length + 1];
        for (int j = 0; j <= hypothesis.Length; j++) previous[j] = j;
        for (int i = 1; i <= reference.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= hypothesis.Length; j++)
            {
                int substitution = previous[j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return (double)previous[hypothesis.Length] / reference.Length;
    }
}
