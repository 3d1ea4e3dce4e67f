using DocIngest.Core.Content;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// A line of a page in reading order, with the labelled field it was printed beside when the page lays its fields out
/// as a label column and a value column (see <see cref="LabelColumnReader"/>).
/// </summary>
/// <param name="Text">The line's text; for a label, only what followed the label on the same line (often nothing).</param>
/// <param name="Field">The field the line belongs to by its position; null for lines outside the labelled rows (headings, prose).</param>
/// <param name="OpensField">True for the label line that opens the field.</param>
/// <param name="Box">Where the line was printed, when known (lines outside the labelled rows): its indentation.</param>
public sealed record PlacedLine(string Text, ColumnRole? Field = null, bool OpensField = false, BoundingBox? Box = null);
