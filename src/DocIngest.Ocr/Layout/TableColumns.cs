using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// A table's columns as the cell passes that judge a cell by its column see them (<see cref="CellScores"/>,
/// <see cref="CellAmounts"/>, <see cref="CellNumberForm"/>): each column's top read cell is its heading unless the table
/// has no heading row (<see cref="HasHeadingRow"/>: a table continued from the page before starts with a data row); the
/// column's other cells are the read cells of one column below it.
/// </summary>
internal static partial class TableColumns
{
    /// <summary>Most letters (spaces and line breaks left out) of a heading cell that names its column: ลำดับที่, ผู้รับผิดชอบ.</summary>
    private const int MaxHeadingLength = 24;

    /// <summary>
    /// The top read cell of each column: its heading (ที่, คะแนน, วงเงิน (บาท)); none when the table has no heading row.
    /// </summary>
    /// <exception cref="ArgumentException">Not one reading per cell.</exception>
    internal static HashSet<int> Headings(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(readings);
        if (cells.Count != readings.Count) throw new ArgumentException("one reading per cell", nameof(readings));
        if (!HasHeadingRow(cells, readings)) return [];
        return Enumerable.Range(0, cells.Count).Where(i => readings[i].Lines.Count > 0)
            .GroupBy(i => cells[i].Column).Select(g => g.MinBy(i => cells[i].Row)).ToHashSet();
    }

    /// <summary>
    /// False when the table's top row reads as data, not headings: one of its cells is a number (๗, ๙,๗๖๐.๐๐; no heading
    /// is digits alone) or opens with an item marker (๑) บันทึก...), and none is a short cell naming a column (ลำดับ, ที่,
    /// มาตรการ, ผู้รับผิดชอบ, ระยะเวลา, ตัวชี้วัด, คะแนน...). A table continued from the page before has no heading row, and
    /// its top row's item number and amounts belong to their columns.
    /// </summary>
    internal static bool HasHeadingRow(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings)
    {
        if (cells.Count == 0) return false;
        int topRow = cells.Min(c => c.Row);
        var top = Enumerable.Range(0, cells.Count).Where(i => cells[i].Row == topRow && readings[i].Lines.Count > 0)
            .Select(i => readings[i].Text).ToList();
        if (top.Any(NamesAColumn)) return true;
        return !top.Any(t => CellNumberForm.IsNumber(t) || ItemMarker().IsMatch(t));
    }

    /// <summary>True when a cell text is short and holds a word that heads a column of Thai official tables.</summary>
    internal static bool NamesAColumn(string text)
    {
        string letters = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return letters.Length <= MaxHeadingLength && (HeadingWord().IsMatch(letters) || letters is "ที่" or "ข้อ");
    }

    /// <summary>The read cells of <paramref name="cell"/>'s column, one column wide, below its heading (the cell itself included).</summary>
    internal static List<int> ReadCellsBelowHeading(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings, HashSet<int> headings, int cell) =>
        Enumerable.Range(0, cells.Count)
            .Where(j => cells[j].Column == cells[cell].Column && cells[j].ColumnSpan == 1 && !headings.Contains(j) && readings[j].Lines.Count > 0).ToList();

    // Words that head columns: item number, measure, activity, steps, responsible unit, period, indicator, score, target,
    // level, result, list, amount, budget, year, name, position, remarks.
    [GeneratedRegex("ลำดับ|มาตรการ|กิจกรรม|ขั้นตอน|ผู้รับผิดชอบ|หน่วยงาน|ระยะเวลา|ตัวชี้วัด|คะแนน|เป้าหมาย|ระดับ|ผลการ|รายการ|วงเงิน|งบประมาณ|ปีงบ|ชื่อ|ตำแหน่ง|หมายเหตุ|ร้อยละ")]
    private static partial Regex HeadingWord();

    // An item marker opening a cell: a digit and a closing bracket or point (๑) , 1.), as a data row's steps begin.
    [GeneratedRegex(@"^\s*[0-9๐-๙]{1,2}\s*[\).]\s*\S")]
    private static partial Regex ItemMarker();
}
