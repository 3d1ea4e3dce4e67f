namespace DocIngest.Core.Content;

/// <summary>How a page's text was obtained.</summary>
public enum PageMethod
{
    /// <summary>Recognised from the page image.</summary>
    Ocr,
    /// <summary>Read from a PDF's own text layer.</summary>
    TextLayer,
    /// <summary>Read from a DOCX's paragraphs and tables.</summary>
    Docx,
}

/// <summary>One line of text with where it stands on the page and how sure the recogniser was.</summary>
/// <param name="Text">Cleaned text (NFC, Thai vowels recomposed), characters as printed.</param>
/// <param name="Box">Position in page pixels; null when the source has no geometry (DOCX, text layer without positions).</param>
/// <param name="Confidence">0..1; 1 for text read from a text layer or DOCX.</param>
public sealed record TextLine(string Text, BoundingBox? Box, double Confidence);

/// <summary>A block of the page in reading order: running text or a table.</summary>
public abstract record PageBlock
{
    /// <summary>The block's text in reading order (lines joined by newlines; tables cell by cell, row by row).</summary>
    public abstract string Text { get; }
}

/// <summary>A run of lines that belong together (a paragraph, a header line, a signature block...).</summary>
public sealed record TextBlock(IReadOnlyList<TextLine> Lines, BoundingBox? Box = null) : PageBlock
{
    public override string Text => string.Join('\n', Lines.Select(l => l.Text));
}

/// <summary>A ruled (or DOCX) table.</summary>
public sealed record TableBlock(Table Table) : PageBlock
{
    public override string Text => Table.Text;
}

/// <summary>A table as a grid of cells; merged cells carry spans and appear once, at their top-left grid position.</summary>
public sealed record Table(int RowCount, int ColumnCount, IReadOnlyList<TableCell> Cells, BoundingBox? Box = null)
{
    /// <summary>Cells of one grid row, left to right (cells spanning into the row from above are not repeated).</summary>
    public IEnumerable<TableCell> Row(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Column);

    /// <summary>The cell covering grid position (row, column), following spans; null when none does.</summary>
    public TableCell? CellAt(int row, int column) => Cells.FirstOrDefault(c =>
        row >= c.Row && row < c.Row + c.RowSpan && column >= c.Column && column < c.Column + c.ColumnSpan);

    public string Text => string.Join('\n', Enumerable.Range(0, RowCount)
        .Select(r => string.Join(" | ", Row(r).Select(c => c.Text.Replace('\n', ' ')))));
}

/// <summary>One cell. Lines keeps bullet items and line breaks apart.</summary>
public sealed record TableCell(int Row, int Column, int RowSpan, int ColumnSpan, IReadOnlyList<string> Lines, BoundingBox? Box, double Confidence)
{
    public string Text => string.Join('\n', Lines);

    /// <summary>
    /// True when the page image shows a mark inside the cell that its text does not carry: a fill (a Gantt chart's
    /// shaded month; a tick or an arrow OCR reads as text). Sources without an image (text layers, DOCX) leave it false.
    /// </summary>
    public bool Marked { get; init; }

    /// <summary>
    /// The part of the cell's width a fill behind <see cref="Marked"/> covers; null when the mark is no fill, or the
    /// source has no image. A Gantt cell whose grid lost the rule between two quarters is shaded over the one that runs.
    /// </summary>
    public WidthShare? MarkedAcross { get; init; }
}

/// <summary>A stretch of a box's width, as shares of the width from its left edge.</summary>
/// <param name="From">Where the stretch starts, 0..1.</param>
/// <param name="To">Where it ends, <paramref name="From"/>..1.</param>
public readonly record struct WidthShare(double From, double To)
{
    /// <summary>The share of the stretch [<paramref name="from"/>, <paramref name="to"/>] this one covers (0..1).</summary>
    public double Covers(double from, double to) =>
        to <= from ? 0 : Math.Max(0, Math.Min(To, to) - Math.Max(From, from)) / (to - from);
}

/// <summary>What one page yielded, whatever the source: the input of every parser.</summary>
public sealed record PageContent(int Number, PageMethod Method, IReadOnlyList<PageBlock> Blocks)
{
    public int? Width { get; init; }
    public int? Height { get; init; }
    public double? SkewDegrees { get; init; }
    /// <summary>Mean line/cell confidence 0..1, weighted by text length; null when not recognised.</summary>
    public double? MeanConfidence { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The page's full text in reading order, blocks separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Blocks.Select(b => b.Text).Where(t => t.Length > 0));

    public IEnumerable<Table> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);
}
