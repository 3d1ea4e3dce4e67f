using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Layout;

/// <summary>The thresholds of <see cref="LatinWordSplicer"/> (the <c>Latin-words</c> pass). Defaults are the measured ones.</summary>
public sealed record LatinWordOptions
{
    /// <summary>Confidence (0–1) the re-read without Latin may lose against the first reading and still be used.</summary>
    [Range(0.0, 1.0)] public double ConfidenceTolerance { get; init; } = 0.05;

    /// <summary>Fewest characters (a count) of a Thai replacement: two-letter Thai words (โค, เท) are too easily made of anything.</summary>
    [Range(1, 20)] public int MinThaiLength { get; init; } = 3;

    /// <summary>Largest share (0–1) of their characters in which the two readings may differ outside the replaced words.</summary>
    [Range(0.0, 1.0)] public double MaxOtherDifference { get; init; } = 0.15;
}
