using System.Text.RegularExpressions;
using DocIngest.Core.Content;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Builds page content for measure tests. Grid cells are strings whose '\n' separate the cell's lines;
/// "^" marks a position covered by the cell above (row span), "&lt;" one covered by the cell to the left (column span).
/// </summary>
internal static partial class MeasurePages
{
    public static Table Grid(params string[][] rows)
    {
        int columns = rows.Max(r => r.Length);
        var spans = new Dictionary<(int Row, int Column), (int RowSpan, int ColumnSpan)>();
        var origins = new Dictionary<(int, int), (int, int)>();
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                if (text == "^" && r > 0 && origins.TryGetValue((r - 1, c), out var up))
                {
                    origins[(r, c)] = up;
                    var s = spans[up];
                    spans[up] = (Math.Max(s.RowSpan, r - up.Item1 + 1), s.ColumnSpan);
                }
                else if (text == "<" && c > 0 && origins.TryGetValue((r, c - 1), out var left))
                {
                    origins[(r, c)] = left;
                    var s = spans[left];
                    spans[left] = (s.RowSpan, Math.Max(s.ColumnSpan, c - left.Item2 + 1));
                }
                else
                {
                    origins[(r, c)] = (r, c);
                    spans[(r, c)] = (1, 1);
                }
            }
        var cells = spans.Select(p => new TableCell(p.Key.Row, p.Key.Column, p.Value.RowSpan, p.Value.ColumnSpan,
                CellLines(rows[p.Key.Row][p.Key.Column]), null, 1.0))
            .OrderBy(c => c.Row).ThenBy(c => c.Column).ToList();
        return new Table(rows.Length, columns, cells);
    }

    public static string[] Row(params string[] cells) => cells;

    public static PageContent Page(int number, params PageBlock[] blocks) => new(number, PageMethod.Ocr, blocks);

    public static PageContent DocxPage(int number, params PageBlock[] blocks) => new(number, PageMethod.Docx, blocks);

    public static TableBlock Block(Table table) => new(table);

    public static TableBlock Block(params string[][] rows) => new(Grid(rows));

    public static TextBlock TextLines(params string[] lines) => new(lines.Select(l => new TextLine(l, null, 1.0)).ToList());

    /// <summary>
    /// Pages from a seed-style excerpt: consecutive lines holding tabs form one table (cells split on tabs,
    /// &lt;li&gt; / &lt;p&gt; / &lt;br&gt; inside a cell separate its lines); each table starts a new page, as the
    /// seeds repeat the header on every page; other lines are text on the page they follow.
    /// </summary>
    public static IReadOnlyList<PageContent> FromSeedExcerpt(string excerpt, PageMethod method = PageMethod.Docx)
    {
        var pages = new List<List<PageBlock>> { new() };
        var rows = new List<string[]>();
        var text = new List<string>();
        void FlushTable()
        {
            if (rows.Count == 0) return;
            if (pages[^1].OfType<TableBlock>().Any()) pages.Add([]);
            pages[^1].Add(Block(rows.ToArray()));
            rows.Clear();
        }
        void FlushText()
        {
            if (text.Count == 0) return;
            pages[^1].Add(TextLines(text.ToArray()));
            text.Clear();
        }
        foreach (var raw in excerpt.Replace("\r", "").Split('\n'))
        {
            if (raw.Contains('\t'))
            {
                FlushText();
                rows.Add(raw.Split('\t').Select(c => string.Join('\n', CellLines(c))).ToArray());
            }
            else
            {
                FlushTable();
                if (raw.Trim().Length > 0) text.Add(raw.Trim());
            }
        }
        FlushTable();
        FlushText();
        return pages.Where(p => p.Count > 0).Select((blocks, i) => new PageContent(i + 1, method, blocks)).ToList();
    }

    private static IReadOnlyList<string> CellLines(string cell) =>
        Tag().Split(cell.Replace("\\n", "\n")).SelectMany(p => p.Split('\n'))
            .Select(p => AnchorTag().Replace(p, "").Trim()).Where(p => p.Length > 0).ToList();

    [GeneratedRegex(@"</?(?:p|li|ul|br)\b[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</?a\b[^>]*>")]
    private static partial Regex AnchorTag();
}
