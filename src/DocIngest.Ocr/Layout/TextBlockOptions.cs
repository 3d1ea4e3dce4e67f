namespace DocIngest.Ocr.Layout;

/// <summary>How <see cref="TextBlockBuilder"/> splits lines into paragraphs.</summary>
public sealed record TextBlockOptions
{
    /// <summary>A vertical gap larger than this share of the typical line height starts a new block.</summary>
    public double ParagraphGapRatio { get; init; } = 0.6;

    /// <summary>A line starting this much right of its block's left edge is the indented first line of a new paragraph.</summary>
    public double IndentInches { get; init; } = 0.25;

    /// <summary>Lines overlapping vertically by more than this share of the smaller height are taken as side by side, not stacked.</summary>
    public double SideBySideOverlap { get; init; } = 0.5;
}
