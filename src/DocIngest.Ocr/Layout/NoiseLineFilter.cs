using DocIngest.Core.Thai;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Tells lines the engine read from noise rather than print: the speckle of a noisy scan's blank margins, a scribbled
/// signature, the edge of a stamp. Such a "line" has a low engine confidence and its letters make no words
/// ("Hones he cae", "หอคติงย", "6คีอก214"). Text that is merely hard to read keeps its words even at a low confidence,
/// so both must hold before a line is dropped. Measured on the samples: every line below 0.6 confidence was noise,
/// while real lines read at 0.6 and above; short dictionary words (หอ, คติ) cover up to about half of a garbage line.
/// The thresholds are <see cref="NoiseLineOptions"/>.
/// </summary>
public static class NoiseLineFilter
{
    private static readonly NoiseLineOptions Defaults = new();

    /// <summary>Whether a line read at <paramref name="confidence"/> is noise; see the class remarks.</summary>
    /// <param name="text">The line's text.</param>
    /// <param name="confidence">The engine's confidence in it (0–1).</param>
    /// <param name="options">The pass's thresholds; the defaults when null.</param>
    public static bool IsNoise(string text, double confidence, NoiseLineOptions? options = null)
    {
        options ??= Defaults;
        return confidence < options.MaxNoiseConfidence && !HasWords(text, options);
    }

    /// <summary>Whether a line's letters make Thai words enough for a weak line to be kept (<see cref="NoiseLineOptions.MinWordShare"/>).</summary>
    /// <param name="text">The line's text.</param>
    /// <param name="options">The pass's thresholds; the defaults when null.</param>
    public static bool HasWords(string text, NoiseLineOptions? options = null) =>
        WordShare(text, ThaiWordSegmenter.Default) >= (options ?? Defaults).MinWordShare;

    /// <summary>
    /// Whether the page holds too little ink where a line was read for the line to be print: no component centred in its
    /// box (a reading of the paper's grain that cleaning removed), or far fewer components than the line has characters
    /// over a sliver of its width (a row of marks read as a whole line of letters). Holds whatever the engine's
    /// confidence, which for such lines can be 0.7 and more.
    /// </summary>
    /// <param name="text">The line's text.</param>
    /// <param name="ink">The ink of the cleaned binary page under the line's box (<see cref="PageInk.Under"/>).</param>
    /// <param name="options">The pass's thresholds; the defaults when null.</param>
    public static bool LacksInk(string text, LineInk ink, NoiseLineOptions? options = null)
    {
        options ??= Defaults;
        ArgumentNullException.ThrowIfNull(text);
        int characters = text.Count(c => !char.IsWhiteSpace(c));
        if (characters == 0) return false;
        if (ink.Components == 0) return true;
        return characters > options.MaxCharactersPerComponent * ink.Components && CoversLittle(ink, options);
    }

    /// <summary>
    /// Whether the ink under a line's box covers little of its width (<see cref="NoiseLineOptions.MinCoveredShare"/>):
    /// a row of marks read as a line is narrow pieces spread over a long box, a line of print covers most of it.
    /// </summary>
    /// <param name="ink">The ink under the line's box (<see cref="PageInk.Under"/>).</param>
    /// <param name="options">The pass's thresholds; the defaults when null.</param>
    public static bool CoversLittle(LineInk ink, NoiseLineOptions? options = null) =>
        ink.CoveredShare < (options ?? Defaults).MinCoveredShare;

    /// <summary>
    /// The share of a text's letters that belong to Thai dictionary words (Latin letters count as unknown: in a Thai
    /// document a low-confidence Latin run is what the Thai model makes of marks it has no letters for). 0 without letters.
    /// </summary>
    public static double WordShare(string text, ThaiWordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segmenter);
        int letters = 0, known = 0;
        for (int i = 0; i < text.Length;)
        {
            if (ThaiCharacters.IsThaiLetter(text[i]))
            {
                int end = i;
                while (end < text.Length && ThaiCharacters.IsThaiLetter(text[end])) end++;
                var run = text.AsSpan(i, end - i);
                letters += run.Length;
                known += run.Length - segmenter.Score(run).UnknownCharacters;
                i = end;
                continue;
            }
            if (char.IsLetter(text[i])) letters++;
            i++;
        }
        return letters == 0 ? 0 : (double)known / letters;
    }
}
