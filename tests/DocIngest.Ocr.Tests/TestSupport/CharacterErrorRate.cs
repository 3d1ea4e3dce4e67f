namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>
/// Character error rate for Thai OCR: edit distance over the reference length, both with all whitespace removed
/// (Thai does not separate words, and cell line breaks depend on wrapping, not on the text).
/// </summary>
public static class CharacterErrorRate
{
    public static string Strip(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Total edits over total reference characters, for many (reference, hypothesis) pairs.</summary>
    public static double Of(IEnumerable<(string Reference, string Hypothesis)> pairs)
    {
        long edits = 0, length = 0;
        foreach (var (reference, hypothesis) in pairs)
        {
            string r = Strip(reference), h = Strip(hypothesis);
            edits += Distance(r, h);
            length += r.Length;
        }
        return length == 0 ? 0 : edits / (double)length;
    }

    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
