using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// What the ITA tests hand the parser: a page's lines, and tables written as grids of cell texts (a "\n" in a text
/// breaks the cell into lines). The parser keeps no state, so one instance serves every test.
/// </summary>
internal static class ItaInput
{
    /// <summary>The parser, for a test that hands it more than lines and tables.</summary>
    public static ItaParser Parser { get; } = new();

    /// <summary>The findings of lines alone.</summary>
    public static ItaFindings Parse(params string[] lines) => Parser.Parse(lines, [], null, new List<string>());

    /// <summary>The findings of lines with tables, each table standing after the last line.</summary>
    public static ItaFindings Parse(string[] lines, params Table[] tables) =>
        Parser.Parse(lines, tables, null, new List<string>(), tables.Select(_ => lines.Length).ToList());

    /// <summary>A cell of one row and column span.</summary>
    public static TableCell Cell(int row, int column, string text) => new(row, column, 1, 1, text.Split('\n'), null, 1);

    /// <summary>A table whose rows are the given cell texts.</summary>
    public static Table Grid(params string[][] rows) =>
        new(rows.Length, rows[0].Length, rows.SelectMany((r, i) => r.Select((text, k) => Cell(i, k, text))).ToList());
}
