using DocIngest.Core.Content;

namespace DocIngest.Core.Parsing.Sections;

/// <summary>A cleaned body line and the source block it came from (a new block is a new paragraph).</summary>
public sealed record BodyLine(string Text, int BlockKey)
{
    /// <summary>Where the line was printed, when known: a paragraph's first line is indented, its wrapped lines are not.</summary>
    public BoundingBox? Box { get; init; }

    /// <summary>A table stands right before the line in reading order: prose after a table is not the prose before it.</summary>
    public bool AfterTable { get; init; }

    /// <summary>The page the line is on, as <see cref="BlockKey"/> encodes it (page × <see cref="PageStride"/> + block).</summary>
    public int Page => BlockKey / PageStride;

    /// <summary>Block keys of one page lie within this stride.</summary>
    public const int PageStride = 10_000;
}
