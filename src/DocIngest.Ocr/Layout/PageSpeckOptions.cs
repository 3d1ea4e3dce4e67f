using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Layout;

/// <summary>The size of the <c>page-specks</c> pass (<see cref="InkSpecks"/> on a copy of the page before its text is read). Defaults are the measured ones.</summary>
public sealed record PageSpeckOptions
{
    /// <summary>
    /// Ink components no wider and no taller than this (inches) are whitened. 0.007 in is 2 px at 300 dpi; 0.01 in split a
    /// photocopied memo's agency line, whose dotted leaders and small marks held it together (docs/ablation.md).
    /// </summary>
    [Range(0.0, 0.05)] public double SideInches { get; init; } = InkSpecks.PageSideInches;
}
