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

    /// <summary>A package whose document.xml is <paramref name="bodyXml"/> inside w:document/w:body, with the namespaces Word writes.</summary>
    public static byte[] BuildFromBodyXml(string bodyXml)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using var part = main.GetStream(FileMode.Create);
            using var writer = new StreamWriter(part);
            writer.Write($"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
                  xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
                  xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
                  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
                  xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>{bodyXml}</w:body></w:document>
                """.Trim());
        }
        return stream.ToArray();
    }

    /// <summary>A package with numbering definitions (numbering.xml) and, optionally, styles (styles.xml).</summary>
    public static byte[] BuildWithNumbering(Numbering numbering, Styles? styles, params OpenXmlElement[] bodyElements)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(bodyElements));
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            if (styles is not null) main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A list level: its format, its text (<c>%1.</c>), optionally its start and the font its number is set in.</summary>
    public static Level ListLevel(int index, NumberFormatValues format, string text, int start = 1, string? font = null)
    {
        var level = new Level(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
        if (font is not null) level.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }));
        return level;
    }

    /// <summary>An abstract list and one list instance of it (numId = abstractNumId + 1 unless given).</summary>
    public static Numbering Lists(params (int AbstractId, Level[] Levels)[] lists) =>
        new([.. lists.Select(l => (OpenXmlElement)new AbstractNum(l.Levels) { AbstractNumberId = l.AbstractId }),
             .. lists.Select(l => (OpenXmlElement)new NumberingInstance(new AbstractNumId { Val = l.AbstractId }) { NumberID = l.AbstractId + 1 })]);

    /// <summary>A paragraph numbered by list instance <paramref name="numberId"/> at <paramref name="level"/>.</summary>
    public static Paragraph Numbered(int numberId, int level, string text) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberId })),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

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
