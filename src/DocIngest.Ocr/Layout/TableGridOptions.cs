using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Tolerances of <see cref="TableGridDetector"/>, in inches so that they hold at any scan resolution
/// (converted with the page's DPI). The thresholds of the <c>table-grids</c> pass.
/// </summary>
public sealed record TableGridOptions
{
    /// <summary>Largest break inside one pixel row of a rule that is bridged (faint scans drop single pixels).</summary>
    [Range(0.001, 10.0)] public double MaxPixelGapInches { get; init; } = 0.01;

    /// <summary>
    /// Shortest solid piece that can belong to a rule. Longer than a dot of a leader (........) or the flat
    /// foot of a Thai letter, so neither is ever taken for a piece of a rule.
    /// </summary>
    [Range(0.001, 10.0)] public double MinFragmentInches { get; init; } = 0.12;

    /// <summary>Largest break between pieces of one broken rule.</summary>
    [Range(0.001, 10.0)] public double MaxFragmentGapInches { get; init; } = 0.12;

    /// <summary>Shortest horizontal rule kept.</summary>
    [Range(0.001, 10.0)] public double MinHorizontalRuleInches { get; init; } = 0.35;

    /// <summary>Shortest vertical rule kept (a one-line table row is about 0.3 in high).</summary>
    [Range(0.001, 10.0)] public double MinVerticalRuleInches { get; init; } = 0.2;

    /// <summary>Thicker "lines" are filled areas (shading, photos, stamps), not rules.</summary>
    [Range(0.001, 10.0)] public double MaxRuleThicknessInches { get; init; } = 0.05;

    /// <summary>Least share of a rule's length that must carry ink; dotted leaders fall far below.</summary>
    [Range(0.0, 1.0)] public double MinRuleFill { get; init; } = 0.6;

    /// <summary>How far apart a rule end and a crossing rule may be and still meet (broken corners).</summary>
    [Range(0.001, 10.0)] public double JoinToleranceInches { get; init; } = 0.05;

    /// <summary>Least share of a cell side that must be ruled for the side to count as a border (else the cells merge).</summary>
    [Range(0.0, 1.0)] public double MinBorderCoverage { get; init; } = 0.5;

    /// <summary>
    /// Smallest gap between the outermost rule and the end of the crossing rules for the table to be taken as
    /// open on that side (cut at a page edge, rows continued on the next page).
    /// </summary>
    [Range(0.001, 10.0)] public double MinOpenRowInches { get; init; } = 0.15;

    /// <summary>
    /// Narrowest and lowest table kept; smaller "grids" are crossings of strokes in emblems (the Garuda), stamps
    /// or signatures.
    /// </summary>
    [Range(0.001, 10.0)] public double MinTableWidthInches { get; init; } = 1.0;

    /// <inheritdoc cref="MinTableWidthInches"/>
    [Range(0.001, 10.0)] public double MinTableHeightInches { get; init; } = 0.25;

    internal int Pixels(double inches, int dpi) => Math.Max(1, (int)Math.Round(inches * dpi));
}
