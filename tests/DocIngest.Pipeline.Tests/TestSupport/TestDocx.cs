using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Pipeline.Tests.TestSupport;

/// <summary>Builds real DOCX packages with the OpenXml SDK.</summary>
public static class TestDocx
{
    public static byte[] Build(params OpenXmlElement[] bodyElements)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(bodyElements));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>A cell with one paragraph per line; optional gridSpan and vMerge.</summary>
    public static TableCell Cell(string[] lines, int gridSpan = 1, MergedCellValues? verticalMerge = null)
    {
        var properties = new TableCellProperties();
        if (gridSpan > 1) properties.Append(new GridSpan { Val = gridSpan });
        if (verticalMerge is { } merge) properties.Append(new VerticalMerge { Val = merge });
        var cell = new TableCell(properties);
        foreach (var line in lines.DefaultIfEmpty("")) cell.Append(Paragraph(line));
        return cell;
    }

    public static Table Table(int gridColumns, params TableRow[] rows)
    {
        var grid = new TableGrid(Enumerable.Range(0, gridColumns).Select(_ => new GridColumn { Width = "2000" }));
        var table = new Table(grid);
        foreach (var row in rows) table.Append(row);
        return table;
    }

    public static TableRow Row(params TableCell[] cells) => new(cells);
}
