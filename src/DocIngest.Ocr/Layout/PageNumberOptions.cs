using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Layout;

/// <summary>The thresholds of <see cref="PageNumberReader"/> (the <c>page-numbers</c> pass). Defaults are the measured ones.</summary>
public sealed record PageNumberOptions
{
    /// <summary>Share (0–0.5) of the page's height at its top and at its bottom where page numbers are looked for.</summary>
    [Range(0.01, 0.5)] public double MarginShare { get; init; } = 0.12;

    /// <summary>Most digits (a count) a page number has.</summary>
    [Range(1, 6)] public int MaxDigits { get; init; } = 3;

    /// <summary>Probability (0–1) the digit model must give every glyph of the number.</summary>
    [Range(0.0, 1.0)] public double MinDigitConfidence { get; init; } = 0.9;

    /// <summary>Engine confidence (0–1) below which a reading of a row the digit model rejected is not taken.</summary>
    [Range(0.0, 1.0)] public double MinEngineConfidence { get; init; } = 0.7;

    /// <summary>
    /// Least height of a digit as a share (0–1) of the page's median line box (which spans marks above and vowels below).
    /// Page numbers are often set smaller than the text (a 13 px ๓ over 45 px lines at 200 dpi); the marks of a line that
    /// stray out of its box are kept out by the dashes-only rule and the digit model, not by their size.
    /// </summary>
    [Range(0.0, 1.0)] public double MinDigitShare { get; init; } = 0.25;
}
