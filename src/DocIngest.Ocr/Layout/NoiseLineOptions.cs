using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Layout;

/// <summary>The thresholds of <see cref="NoiseLineFilter"/> (the <c>noise-lines</c> pass). Defaults are the measured ones.</summary>
public sealed record NoiseLineOptions
{
    /// <summary>Engine confidence (0–1) at or above which a line is always kept.</summary>
    [Range(0.0, 1.0)] public double MaxNoiseConfidence { get; init; } = 0.6;

    /// <summary>Share (0–1) of its letters Thai dictionary words must cover for a low-confidence line to be kept.</summary>
    [Range(0.0, 1.0)] public double MinWordShare { get; init; } = 0.75;

    /// <summary>
    /// Most characters (spaces aside) a line may carry per ink component centred in its box, unless its ink covers most
    /// of its width. Thai letters, vowels and tone marks are mostly components of their own, so real lines of the samples
    /// stayed below 2 (leader dots and digit runs at about 1); the engine's inventions went far above: 28 characters from
    /// the three tone marks over a line it also read (9.7). Measured on every sample page (2026-11-29): no real line above
    /// 1.6, no invention but two stamp fragments below 3.
    /// </summary>
    [Range(0.5, 100.0)] public double MaxCharactersPerComponent { get; init; } = 3;

    /// <summary>
    /// Share (0–1) of a line's width its ink must cover to be print whatever its components: a smudged or bold copy merges
    /// whole words into one component, while a row of marks read as a line covers a sliver of its box (the three tone
    /// marks above: 12 %).
    /// </summary>
    [Range(0.0, 1.0)] public double MinCoveredShare { get; init; } = 0.5;
}
