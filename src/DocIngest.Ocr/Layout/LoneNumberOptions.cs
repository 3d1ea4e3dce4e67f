using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Layout;

/// <summary>The thresholds of <see cref="LoneNumberReader"/> (the <c>lone-numbers</c> pass). Defaults are the measured ones.</summary>
public sealed record LoneNumberOptions
{
    /// <summary>Most digits (a count) a lone number has: page numbers of a contents page, a figure's labels.</summary>
    [Range(1, 6)] public int MaxDigits { get; init; } = 3;

    /// <summary>Probability (0–1) the digit model must give every glyph of the number.</summary>
    [Range(0.0, 1.0)] public double MinDigitConfidence { get; init; } = 0.9;

    /// <summary>Least height of a digit as a share (0–1) of the page's median line box (which spans marks above and vowels below).</summary>
    [Range(0.0, 1.0)] public double MinDigitShare { get; init; } = 0.3;

    /// <summary>Most height and width of a digit as a share (0–2) of the page's median line box.</summary>
    [Range(0.1, 2.0)] public double MaxDigitShare { get; init; } = 1.0;

    /// <summary>
    /// Line heights (0–10) to each side of the number in which nothing but dots and dashes may stand: a glyph nearer to
    /// letters is part of their word, and the engine's reading of it stands.
    /// </summary>
    [Range(0.0, 10.0)] public double ClearLineHeights { get; init; } = 1.5;
}
