using DocIngest.Core.Content;

namespace DocIngest.Ocr.Layout;

/// <summary>One line of a table grid (a row line or a column line), merged from the rules found on it.</summary>
/// <param name="Position">Centre coordinate across the line (y for a row line, x for a column line).</param>
/// <param name="Thickness">Thickest rule on the line, in pixels; 0 for a line the table implies but that is not printed.</param>
/// <param name="Inked">Where along the line rules were found.</param>
/// <param name="IsVirtual">True for an edge the table has no rule for (cut at the page edge or an open side).</param>
public sealed record GridLine(int Position, double Thickness, IReadOnlyList<RuleSpan> Inked, bool IsVirtual)
{
    /// <summary>Share of [from, to) covered by rules on this line.</summary>
    public double Coverage(int from, int to)
    {
        if (to <= from) return 0;
        int covered = 0;
        foreach (var span in Inked)
            covered += Math.Max(0, Math.Min(to, span.End) - Math.Max(from, span.Start));
        return covered / (double)(to - from);
    }
}

/// <summary>One cell of a detected grid; a merged cell spans several grid rows or columns.</summary>
/// <param name="Row">Grid row of the cell's top-left corner.</param>
/// <param name="Column">Grid column of the cell's top-left corner.</param>
/// <param name="RowSpan">Grid rows covered (more than 1 for a vertically merged cell).</param>
/// <param name="ColumnSpan">Grid columns covered (more than 1 for a horizontally merged cell).</param>
/// <param name="Box">Between the centres of the surrounding grid lines.</param>
/// <param name="InnerBox">Inside the rules: the box minus half of each rule's thickness and a small margin, where only the cell's own ink is.</param>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, BoundingBox Box, BoundingBox InnerBox);

/// <summary>
/// A ruled table found on a page: its row and column lines and its cells (each merged cell once, at its
/// top-left grid position, cells ordered row by row).
/// </summary>
/// <param name="Box">From the first to the last row and column line (centres).</param>
/// <param name="RowLines">Row lines top to bottom; RowCount + 1 of them.</param>
/// <param name="ColumnLines">Column lines left to right; ColumnCount + 1 of them.</param>
/// <param name="Cells">Cells row by row, each merged cell once.</param>
/// <param name="OpenTop">The table has no top rule: it is cut at the top of the page (rows continued from the previous page).</param>
/// <param name="OpenBottom">The table has no bottom rule: it goes on beyond the page (rows continued on the next page).</param>
public sealed record DetectedTable(
    BoundingBox Box,
    IReadOnlyList<GridLine> RowLines,
    IReadOnlyList<GridLine> ColumnLines,
    IReadOnlyList<GridCell> Cells,
    bool OpenTop,
    bool OpenBottom)
{
    public int RowCount => RowLines.Count - 1;
    public int ColumnCount => ColumnLines.Count - 1;
}
