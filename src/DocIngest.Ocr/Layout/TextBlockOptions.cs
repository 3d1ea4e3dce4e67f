using System.ComponentModel.DataAnnotations;

namespace DocIngest.Ocr.Layout;

/// <summary>How <see cref="TextBlockBuilder"/> splits lines into paragraphs.</summary>
public sealed record TextBlockOptions
{
    /// <summary>A vertical gap larger than this share of the typical line height starts a new block.</summary>
    [Range(0.0, 10.0)] public double ParagraphGapRatio { get; init; } = 0.6;

    /// <summary>A line starting this much right of its block's left edge is the indented first line of a new paragraph.</summary>
    [Range(0.0, 5.0)] public double IndentInches { get; init; } = 0.25;

    /// <summary>Lines overlapping vertically by more than this share of the smaller height are taken as side by side, not stacked.</summary>
    [Range(0.0, 1.0)] public double SideBySideOverlap { get; init; } = 0.5;
}
