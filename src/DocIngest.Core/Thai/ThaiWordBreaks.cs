namespace DocIngest.Core.Thai;

/// <summary>
/// Decides whether a gap (a space or a line break) between two pieces of text falls inside a Thai word,
/// as OCR and wrapped lines produce, or between words, where a writer put it.
/// </summary>
public sealed class ThaiWordBreaks
{
    private static readonly Lazy<ThaiWordBreaks> DefaultInstance = new(() => new ThaiWordBreaks(ThaiWordSegmenter.Default));

    // Only the letters next to the gap matter; bounding them keeps each decision cheap.
    private const int RunWindow = 24;

    /// <summary>A judge reading words with <paramref name="segmenter"/>.</summary>
    public ThaiWordBreaks(ThaiWordSegmenter segmenter)
    {
        Segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
    }

    /// <summary>The judge over the default dictionary.</summary>
    public static ThaiWordBreaks Default => DefaultInstance.Value;

    /// <summary>The segmenter whose dictionary decides.</summary>
    public ThaiWordSegmenter Segmenter { get; }

    /// <summary>
    /// True when the gap between <paramref name="before"/> (text up to the gap) and <paramref name="after"/>
    /// (text from the gap on) splits a word: always when spelling forbids a word boundary there (a mark or ะ า ำ
    /// after the gap, a leading vowel before it); otherwise when reading the joined letters gives fewer tokens,
    /// no more unknown letters, and a word that spans the gap.
    /// </summary>
    public bool IsInsideWord(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var left = TrailingThaiRun(before);
        var right = LeadingThaiRun(after);
        if (left.Length == 0 || right.Length == 0) return false;

        string joined = string.Concat(left, right);
        if (!ThaiCharacters.IsClusterBoundary(joined, left.Length)) return true;

        var separate = (L: Segmenter.Score(left), R: Segmenter.Score(right));
        int separateUnknown = separate.L.UnknownCharacters + separate.R.UnknownCharacters;
        int separateTokens = separate.L.Tokens + separate.R.Tokens;
        var tokens = Segmenter.Tokenize(joined);
        int joinedUnknown = tokens.Where(t => t.Kind == ThaiTokenKind.Unknown).Sum(t => t.Text.Length);
        int gap = left.Length;
        bool spansGap = tokens.Any(t => t.Kind == ThaiTokenKind.Word && t.Index < gap && t.Index + t.Text.Length > gap);
        int joinedTokens = Segmenter.Score(joined).Tokens;
        return spansGap && joinedUnknown <= separateUnknown && joinedTokens < separateTokens;
    }

    private static ReadOnlySpan<char> TrailingThaiRun(string text)
    {
        int start = text.Length;
        while (start > 0 && text.Length - start < RunWindow && ThaiCharacters.IsThaiLetter(text[start - 1])) start--;
        return text.AsSpan(start);
    }

    private static ReadOnlySpan<char> LeadingThaiRun(string text)
    {
        int end = 0;
        while (end < text.Length && end < RunWindow && ThaiCharacters.IsThaiLetter(text[end])) end++;
        return text.AsSpan(0, end);
    }
}
