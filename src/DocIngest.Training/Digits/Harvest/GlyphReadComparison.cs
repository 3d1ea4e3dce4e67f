using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Training.Digits.Harvest;

/// <summary>One glyph two models read differently, as the corrector would use the readings.</summary>
/// <param name="LineText">The raw engine line the run stands in.</param>
/// <param name="RunText">The run's characters in that line.</param>
/// <param name="Glyph">The glyph's index in the run, left to right.</param>
/// <param name="Box">The glyph's box on the page image.</param>
/// <param name="StrokeWidth">Ink pixels per pixel of the ink's height: a rough stroke measure (thin ink has less).</param>
/// <param name="Before">The first model's reading.</param>
/// <param name="After">The second model's reading.</param>
/// <param name="Threshold">The confidence the corrector needs of this run's glyphs.</param>
/// <param name="Touching">Wide enough to be touching digits: the corrector reads it only as pieces, so a whole-glyph change matters less.</param>
public sealed record GlyphReadChange(string LineText, string RunText, int Glyph, BoundingBox Box, double StrokeWidth, DigitGuess Before, DigitGuess After, float Threshold,
    bool Touching = false)
{
    /// <summary>What the corrector takes from the first reading and from the second: a digit, or "none".</summary>
    public string Transition => $"{GlyphReadComparison.Taken(Before, Threshold)?.ToString() ?? "none"} -> {GlyphReadComparison.Taken(After, Threshold)?.ToString() ?? "none"}";

    /// <summary>One line: where the glyph stands, the ink's measures, what each model makes of it.</summary>
    public string Describe() =>
        $"{RunText} glyph {Glyph} ({Box.Width}x{Box.Height} px, stroke {StrokeWidth:0.0}{(Touching ? ", touching pair: read as pieces" : "")}): {Name(Before)} -> {Name(After)} | {LineText.Trim()}";

    private static string Name(DigitGuess guess) => $"{guess.ThaiDigit?.ToString() ?? "reject"} {guess.Confidence:0.00}";
}

/// <summary>
/// Two digit models on the same real glyphs: every glyph the corrector is shown on a page (<see cref="DigitRunCapture"/>)
/// classified by both; a glyph counts as changed when what the corrector would take from it differs: another digit, or a
/// digit at its confidence (<see cref="ThaiDigitCorrectorOptions.MinConfidence"/>, the stray one for stray tokens) against
/// none. It tells which glyphs (digit, size, stroke) a retrained model loses or gains before its pages are scored.
/// </summary>
public static class GlyphReadComparison
{
    /// <summary>The glyphs of <paramref name="runs"/> that <paramref name="before"/> and <paramref name="after"/> read differently.</summary>
    public static IReadOnlyList<GlyphReadChange> Changes(IReadOnlyList<CaughtDigitRun> runs, ThaiDigitRecognizer before, ThaiDigitRecognizer after,
        ThaiDigitCorrectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(options);
        var changes = new List<GlyphReadChange>();
        foreach (var (lineText, run) in runs)
        {
            float threshold = run.Stray ? options.StrayMinConfidence : options.MinConfidence;
            string runText = lineText.Substring(run.Start, Math.Min(run.Length, lineText.Length - run.Start));
            for (int g = 0; g < run.Glyphs.Count; g++)
            {
                var crop = run.Glyphs[g].Crop;
                DigitGuess first = before.Classify(crop), second = after.Classify(crop);
                if (Taken(first, threshold) == Taken(second, threshold)) continue;
                bool touching = run.Glyphs[g].Box.Width >= options.WideGlyphRatio * run.DigitHeight;
                changes.Add(new GlyphReadChange(lineText, runText, g, run.Glyphs[g].Box, StrokeWidth(crop), first, second, threshold, touching));
            }
        }
        return changes;
    }

    /// <summary>The digit the corrector would take from a reading, or null when it would take none.</summary>
    public static char? Taken(DigitGuess guess, float threshold) => guess.Confidence >= threshold ? guess.ThaiDigit : null;

    /// <summary>Ink pixels (darker than the crop's Otsu threshold) per row of the ink's box.</summary>
    private static double StrokeWidth(GrayImage crop)
    {
        int threshold = GlyphInk.OtsuThreshold(crop);
        if (GlyphInk.InkBox(crop, threshold) is not { } box || box.Height == 0) return 0;
        int ink = 0;
        for (int y = 0; y < crop.Height; y++)
            for (int x = 0; x < crop.Width; x++)
                if (crop[x, y] < threshold) ink++;
        return (double)ink / box.Height;
    }
}
