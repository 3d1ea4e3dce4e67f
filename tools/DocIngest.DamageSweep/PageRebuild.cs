using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Pipeline.Results;

namespace DocIngest.DamageSweep;

/// <summary>
/// The pages a result was parsed from, rebuilt from the result's JSON: its text blocks (the page text's paragraphs, whose
/// lines and boxes are the result's lines in order) and its tables (cells, spans, boxes) where their text stands.
/// </summary>
public static class PageRebuild
{
    /// <summary>The page content of one result page; null when its text and its lines and tables do not line up.</summary>
    public static PageContent? From(PageResult page)
    {
        var method = page.Method switch { "text-layer" => PageMethod.TextLayer, "docx" => PageMethod.Docx, _ => PageMethod.Ocr };
        var lines = page.Lines ?? [];
        var tables = (page.Tables ?? []).Select(ToTable).ToList();
        var blocks = new List<PageBlock>();
        var current = new List<TextLine>();
        string text = page.Text;
        int position = 0, nextLine = 0, nextTable = 0;

        void EndBlock()
        {
            if (current.Count > 0) blocks.Add(new TextBlock(current.ToList()));
            current.Clear();
        }

        while (position < text.Length)
        {
            if (string.CompareOrdinal(text, position, "\n\n", 0, 2) == 0) { EndBlock(); position += 2; continue; }
            if (text[position] == '\n') { position++; continue; }
            bool blockStart = current.Count == 0;
            string? tableText = nextTable < tables.Count ? tables[nextTable].Text : null;
            string? lineText = nextLine < lines.Count ? lines[nextLine].Text : null;
            bool tableFits = blockStart && tableText is { Length: > 0 } && string.CompareOrdinal(text, position, tableText, 0, tableText.Length) == 0;
            bool lineFits = lineText is { Length: > 0 } && string.CompareOrdinal(text, position, lineText, 0, lineText.Length) == 0;
            if (tableFits && (!lineFits || tableText!.Length > lineText!.Length))
            {
                EndBlock();
                blocks.Add(new TableBlock(tables[nextTable++]));
                position += tableText!.Length;
                continue;
            }
            if (lineFits)
            {
                var line = lines[nextLine++];
                current.Add(new TextLine(line.Text, Box(line.Box), line.Confidence));
                position += lineText!.Length;
                continue;
            }
            return null;
        }
        EndBlock();
        // Tables whose text is empty never show in the page text: they still stand on the page.
        while (nextTable < tables.Count) blocks.Add(new TableBlock(tables[nextTable++]));
        if (nextLine < lines.Count) return null;
        return new PageContent(page.Number, method, blocks)
        {
            Width = page.Width,
            Height = page.Height,
            SkewDegrees = page.SkewDegrees,
            MeanConfidence = page.MeanConfidence,
        };
    }

    /// <summary>The result record of a page: its text, lines and tables mapped as the pipeline maps them, the rest as read.</summary>
    public static PageResult ToResult(PageContent page, PageResult original)
    {
        var mapped = PageResultMapper.Map(page);
        return original with { Text = mapped.Text, Lines = mapped.Lines, Tables = mapped.Tables };
    }

    private static Table ToTable(TableResult table) => new(table.Rows, table.Columns,
        table.Cells.Select(c => new TableCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Lines, Box(c.Box), c.Confidence)
        {
            Marked = c.Marked == true,
            MarkedAcross = c.MarkedAcross is [var from, var to] ? new WidthShare(from, to) : null,
        }).ToList(),
        Box(table.Box));

    private static BoundingBox? Box(int[]? box) => box is [var x, var y, var w, var h] ? new BoundingBox(x, y, w, h) : null;
}
