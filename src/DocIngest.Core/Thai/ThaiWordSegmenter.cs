namespace DocIngest.Core.Thai;

/// <summary>
/// Dictionary-based Thai word segmentation. Within each run of Thai letters it picks, over all ways of cutting
/// the run at cluster boundaries into dictionary words and unknown pieces, the one with the fewest unknown
/// characters and then the fewest tokens (maximal matching, explored exhaustively by dynamic programming so a
/// greedy long match never blocks a better reading later in the run). Non-Thai text is split by character class.
/// </summary>
public sealed class ThaiWordSegmenter
{
    private static readonly Lazy<ThaiWordSegmenter> DefaultInstance = new(() => new ThaiWordSegmenter(ThaiDictionary.Default));

    /// <summary>A segmenter over <paramref name="dictionary"/>.</summary>
    public ThaiWordSegmenter(ThaiDictionary dictionary)
    {
        Dictionary = dictionary ?? throw new ArgumentNullException(nameof(dictionary));
    }

    /// <summary>The segmenter over <see cref="ThaiDictionary.Default"/>.</summary>
    public static ThaiWordSegmenter Default => DefaultInstance.Value;

    /// <summary>The words this segmenter knows.</summary>
    public ThaiDictionary Dictionary { get; }

    /// <summary>The words and other non-space tokens of <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<string> Segment(string text) =>
        Tokenize(text).Where(t => t.Kind != ThaiTokenKind.Whitespace).Select(t => t.Text).ToList();

    /// <summary>Every token of <paramref name="text"/>, whitespace included, so the texts concatenate back to the input.</summary>
    public IReadOnlyList<ThaiToken> Tokenize(string text)
    {
        var tokens = new List<ThaiToken>();
        if (string.IsNullOrEmpty(text)) return tokens;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int end = i + 1;
            if (ThaiCharacters.IsThaiLetter(c))
            {
                while (end < text.Length && ThaiCharacters.IsThaiLetter(text[end])) end++;
                SegmentThaiRun(text, i, end, tokens);
            }
            else if (ThaiDigits.IsDigit(c))
            {
                while (end < text.Length && (ThaiDigits.IsDigit(text[end])
                    || (text[end] is '.' or ',' && end + 1 < text.Length && ThaiDigits.IsDigit(text[end + 1])))) end++;
                tokens.Add(new ThaiToken(i, text[i..end], ThaiTokenKind.Number));
            }
            else if (char.IsAsciiLetter(c))
            {
                while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
                tokens.Add(new ThaiToken(i, text[i..end], ThaiTokenKind.Latin));
            }
            else if (char.IsWhiteSpace(c))
            {
                while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
                tokens.Add(new ThaiToken(i, text[i..end], ThaiTokenKind.Whitespace));
            }
            else
            {
                tokens.Add(new ThaiToken(i, text[i..end], ThaiTokenKind.Symbol));
            }
            i = end;
        }
        return tokens;
    }

    /// <summary>How many characters of a Thai run the dictionary cannot account for, and in how many tokens it is read (each unknown cluster counted as one).</summary>
    public (int UnknownCharacters, int Tokens) Score(ReadOnlySpan<char> thaiRun)
    {
        var best = Solve(thaiRun);
        return (best[thaiRun.Length].Unknown, best[thaiRun.Length].Tokens);
    }

    private void SegmentThaiRun(string text, int start, int end, List<ThaiToken> tokens)
    {
        string run = text.Substring(start, end - start);
        var best = Solve(run);
        var pieces = new Stack<(int From, int To, bool Known)>();
        for (int pos = run.Length; pos > 0; pos = best[pos].From) pieces.Push((best[pos].From, pos, best[pos].Known));

        int unknownFrom = -1;
        int unknownTo = -1;
        foreach (var (from, to, known) in pieces)
        {
            if (known)
            {
                FlushUnknown();
                tokens.Add(new ThaiToken(start + from, run[from..to], ThaiTokenKind.Word));
            }
            else
            {
                // Adjacent unknown clusters form one unknown token: a name or misread word stays in one piece.
                if (unknownFrom < 0) unknownFrom = from;
                unknownTo = to;
            }
        }
        FlushUnknown();

        void FlushUnknown()
        {
            if (unknownFrom < 0) return;
            tokens.Add(new ThaiToken(start + unknownFrom, text.Substring(start + unknownFrom, unknownTo - unknownFrom), ThaiTokenKind.Unknown));
            unknownFrom = -1;
        }
    }

    private Step[] Solve(ReadOnlySpan<char> run) => Solve(run.ToString());

    private Step[] Solve(string run)
    {
        int n = run.Length;
        var best = new Step[n + 1];
        for (int k = 1; k <= n; k++) best[k] = Step.Unreached;
        best[0] = new Step(0, 0, 0, true);
        for (int i = 0; i < n; i++)
        {
            if (best[i].Unknown == int.MaxValue || !ThaiCharacters.IsClusterBoundary(run, i)) continue;
            var from = best[i];
            foreach (int length in Dictionary.PrefixWordLengths(run, i, n))
            {
                int j = i + length;
                if (ThaiCharacters.IsClusterBoundary(run, j)) Relax(best, j, new Step(i, from.Unknown, from.Tokens + 1, true));
            }
            int next = i + 1;
            while (next < n && !ThaiCharacters.IsClusterBoundary(run, next)) next++;
            Relax(best, next, new Step(i, from.Unknown + (next - i), from.Tokens + 1, false));
        }
        return best;
    }

    private static void Relax(Step[] best, int at, Step candidate)
    {
        var current = best[at];
        if (candidate.Unknown < current.Unknown || (candidate.Unknown == current.Unknown && candidate.Tokens < current.Tokens))
            best[at] = candidate;
    }

    private readonly record struct Step(int From, int Unknown, int Tokens, bool Known)
    {
        public static Step Unreached => new(-1, int.MaxValue, int.MaxValue, false);
    }
}
