using System.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// The number form of a table column, by which the <c>cell re-read form</c> pass judges a <c>cell re-read</c> take in a
/// number cell. Session 17 listed the pass's takes on tuning material: in number columns a right take reads Latin junk as
/// digits ("ac" -> ๕๕, "on." -> ๓.), a wrong one reads a digit as a lone letter (๓ -> ด) or cuts the next line's glyph on
/// (๒๕๖๖ -> "๒๕๖๖ เ"), equally confident. A dictionary cannot judge digits (session 17's dictionary check cost score cells);
/// the column can: its other cells show the form a number there takes (Thai-digit integers, two decimals, percentages,
/// dates written in digits, ranges).
/// </summary>
internal static class CellNumberForm
{
    /// <summary>Fewest other read cells below the heading, numbers in form, that make a column one of numbers.</summary>
    private const int MinNumberCells = 2;

    /// <summary>
    /// A cell text's shape: a run of Thai digits is <c>d</c> and one of Arabic digits <c>D</c>, except after a point, where
    /// each digit stands (the decimals count: ๙๖.๐๘ is <c>d.dd</c>); separators and signs stay as written; a run of letters
    /// and marks is <c>a</c>; spaces go; a line break is <c>|</c>.
    /// </summary>
    internal static string Shape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shape = new StringBuilder();
        bool afterPoint = false;
        foreach (char c in text)
        {
            if (c == ' ') continue;
            char mark = ThaiDigits.IsThaiDigit(c) ? 'd' : char.IsAsciiDigit(c) ? 'D' : c == '\n' ? '|' : char.IsLetter(c) || ThaiCharacters.IsCombiningMark(c) ? 'a' : c;
            bool isDigit = mark is 'd' or 'D';
            if (isDigit && afterPoint || shape.Length == 0 || shape[^1] != mark || mark is not ('d' or 'D' or 'a')) shape.Append(mark);
            if (!isDigit) afterPoint = c == '.';
        }
        return shape.ToString();
    }

    /// <summary>
    /// True when the text, spaces aside, is a number: digits (either script) with the signs numbers are written with (a
    /// point, a comma, a dash or slash of a range or date, a percent sign, brackets), at least one digit, no letter.
    /// </summary>
    internal static bool IsNumber(string text) =>
        text.Any(ThaiDigits.IsDigit) && text.All(c => ThaiDigits.IsDigit(c) || c is ' ' or '\n' or '.' or ',' or '-' or '/' or '%' or '(' or ')');

    /// <summary>
    /// The shapes of the numbers in <paramref name="cell"/>'s column, or null when it is no column of numbers: of the
    /// column's other read cells below its heading, <see cref="MinNumberCells"/> at least and more than half are numbers.
    /// The cell itself is not counted: its reading is what is judged.
    /// </summary>
    internal static HashSet<string>? NumberShapesOfColumn(IReadOnlyList<GridCell> cells, IReadOnlyList<CellReading> readings, HashSet<int> headings, int cell)
    {
        if (headings.Contains(cell)) return null;
        var texts = TableColumns.ReadCellsBelowHeading(cells, readings, headings, cell).Where(j => j != cell).Select(j => readings[j].Text).ToList();
        var numbers = texts.Where(IsNumber).ToList();
        if (numbers.Count < MinNumberCells || 2 * numbers.Count <= texts.Count) return null;
        return numbers.Select(Shape).ToHashSet();
    }

    /// <summary>
    /// How well a cell text fits its column of numbers: 2 when it is a number of the shape of one of the column's numbers;
    /// 1 when it is a number of another shape, or holds one of the column's shape among junk ("๗๗.๑๖ 0ฏ0": the score is
    /// there to be read); 0 otherwise.
    /// </summary>
    internal static int Fit(string text, HashSet<string> columnShapes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsNumber(text)) return columnShapes.Contains(Shape(text)) ? 2 : 1;
        return text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Any(t => IsNumber(t) && columnShapes.Contains(Shape(t))) ? 1 : 0;
    }
}
