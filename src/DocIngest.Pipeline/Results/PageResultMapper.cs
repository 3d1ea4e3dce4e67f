using DocIngest.Core.Content;
using DocIngest.Core.Extraction;

namespace DocIngest.Pipeline.Results;

/// <summary>Maps what a page yielded onto the JSON contract's page record (text, lines with boxes, tables with cells).</summary>
public static class PageResultMapper
{
    public static PageResult Map(PageContent page) => new()
    {
        Number = page.Number,
        Method = MethodName(page.Method),
        Width = page.Width,
        Height = page.Height,
        SkewDegrees = page.SkewDegrees,
        MeanConfidence = page.MeanConfidence is { } c ? Math.Clamp(c, 0, 1) : null,
        Text = page.Text,
        Lines = page.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines)
            .Select(l => new LineResult(l.Text, ToArray(l.Box), Math.Clamp(l.Confidence, 0, 1))).ToList(),
        Tables = page.Tables.Select(MapTable).ToList(),
    };

    /// <summary>The schema's method names: ocr, text-layer, docx.</summary>
    public static string MethodName(PageMethod method) => method switch
    {
        PageMethod.Ocr => "ocr",
        PageMethod.TextLayer => "text-layer",
        PageMethod.Docx => "docx",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown page method"),
    };

    private static TableResult MapTable(Table table) => new(
        table.RowCount, table.ColumnCount, ToArray(table.Box),
        table.Cells.Select(c => new CellResult(c.Row, c.Column, c.RowSpan, c.ColumnSpan, c.Text, c.Lines, ToArray(c.Box), Math.Clamp(c.Confidence, 0, 1))
        {
            Marked = c.Marked ? true : null,
            MarkedAcross = c.MarkedAcross is { } across ? [Math.Round(across.From, 3), Math.Round(across.To, 3)] : null,
        }).ToList());

    private static int[]? ToArray(BoundingBox? box) => box is { } b ? [b.X, b.Y, b.Width, b.Height] : null;
}
