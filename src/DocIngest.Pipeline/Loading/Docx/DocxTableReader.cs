using DocumentFormat.OpenXml.Wordprocessing;
using ContentTable = DocIngest.Core.Content.Table;
using ContentCell = DocIngest.Core.Content.TableCell;

namespace DocIngest.Pipeline.Loading.Docx;

/// <summary>
/// A Word table as a grid: gridSpan widens a cell, vMerge="restart" opens a cell that following "continue" cells
/// in the same column extend downwards, gridBefore shifts a row. Each paragraph of a cell is one line, so bullet
/// lists inside cells stay apart.
/// </summary>
public static class DocxTableReader
{
    private sealed class CellDraft(int row, int column, int columnSpan, List<string> lines)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int RowSpan { get; set; } = 1;
        public int ColumnSpan { get; } = columnSpan;
        public List<string> Lines { get; } = lines;
    }

    /// <summary>The table as a grid; with <paramref name="print"/>, cells as printed: list labels (an auto-numbered ลำดับ column) and IT๙ digits.</summary>
    public static ContentTable Read(Table table, DocxPrint? print = null)
    {
        var drafts = new List<CellDraft>();
        // The draft cell that occupies each grid column in the row above, for vMerge continuation.
        var openByColumn = new Dictionary<int, CellDraft>();
        int row = 0, columns = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
        foreach (var tableRow in table.Elements<TableRow>())
        {
            int column = tableRow.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var cell in tableRow.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                int span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                bool continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var lines = DocxText.CellLines(cell, print);
                if (continues && openByColumn.TryGetValue(column, out var above) && above.Row + above.RowSpan == row)
                {
                    above.RowSpan++;
                    above.Lines.AddRange(lines);
                }
                else
                {
                    var draft = new CellDraft(row, column, span, lines);
                    drafts.Add(draft);
                    openByColumn[column] = draft;
                }
                column += span;
            }
            columns = Math.Max(columns, column);
            row++;
        }
        var cells = drafts.Select(d => new ContentCell(d.Row, d.Column, d.RowSpan, d.ColumnSpan, d.Lines, null, 1.0)).ToList();
        return new ContentTable(row, Math.Max(1, columns), cells);
    }
}
