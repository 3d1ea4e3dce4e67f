namespace DocIngest.Core.Parsing.Sections;

/// <summary>A cleaned body line and the source block it came from (a new block is a new paragraph).</summary>
public sealed record BodyLine(string Text, int BlockKey);
