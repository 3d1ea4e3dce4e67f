using DocIngest.Core.Thai;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Tells lines the engine read from noise rather than print: the speckle of a noisy scan's blank margins, a scribbled
/// signature, the edge of a stamp. Such a "line" has a low engine confidence and its letters make no words
/// ("Hones he cae", "หอคติงย", "6คีอก214"). Text that is merely hard to read keeps its words even at a low confidence,
/// so both must hold before a line is dropped. Measured on the samples: every line below 0.6 confidence was noise,
/// while real lines read at 0.6 and above; short dictionary words (หอ, คติ) cover up to about half of a garbage line.
/// </summary>
public static class NoiseLineFilter
{
    /// <summary>Lines at or above this engine confidence (0–1) are always kept.</summary>
    public const double MaxNoiseConfidence = 0.6;

    /// <summary>A low-confidence line whose Thai dictionary words cover less than this share of its letters is noise.</summary>
    public const double MinWordShare = 0.75;

    /// <summary>Whether a line read at <paramref name="confidence"/> is noise; see the class remarks.</summary>
    public static bool IsNoise(string text, double confidence) =>
        confidence < MaxNoiseConfidence && WordShare(text, ThaiWordSegmenter.Default) < MinWordShare;

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
