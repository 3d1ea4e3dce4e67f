namespace DocIngest.Ocr.Layout;

/// <summary>
/// A table's columns as the cell passes that judge a cell by its column see them (<see cref="CellScores"/>,
/// <see cref="CellAmounts"/>): each column's top read cell is its heading, whatever it says; the column's other cells are
/// the read cells of one column below it.
/// </summary>
internal static class TableColumns
{
    /// <summary>The top read cell of each column: its heading (ที่, คะแนน, วงเงิน (บาท)).</summary>
    /// <exception cref="ArgumentException">Not one reading per cell.</exception>
    internal static HashSet<int> Headings(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(readings);
        if (cells.Count != readings.Count) throw new ArgumentException("one reading per cell", nameof(readings));
        return Enumerable.Range(0, cells.Count).Where(i => readings[i].Lines.Count > 0)
            .GroupBy(i => cells[i].Column).Select(g => g.MinBy(i => cells[i].Row)).ToHashSet();
    }

    /// <summary>The read cells of <paramref name="cell"/>'s column, one column wide, below its heading (the cell itself included).</summary>
    internal static List<int> ReadCellsBelowHeading(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings, HashSet<int> headings, int cell) =>
        Enumerable.Range(0, cells.Count)
            .Where(j => cells[j].Column == cells[cell].Column && cells[j].ColumnSpan == 1 && !headings.Contains(j) && readings[j].Lines.Count > 0).ToList();
}
