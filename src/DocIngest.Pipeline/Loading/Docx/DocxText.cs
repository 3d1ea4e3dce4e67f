using System.Text;
using DocIngest.Core.Thai;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Pipeline.Loading.Docx;

/// <summary>Text of Word paragraphs as printed: runs joined, tabs as spaces, line breaks kept, page breaks marked.</summary>
public static class DocxText
{
    /// <summary>Stands in a paragraph's text where a page break (w:br w:type="page") was.</summary>
    public const char PageBreak = '\f';

    /// <summary>
    /// The paragraph's text; line breaks as '\n', page breaks as <see cref="PageBreak"/>. Not normalised. With
    /// <paramref name="numbering"/>, a numbered paragraph starts with the list label Word prints before it.
    /// </summary>
    public static string Paragraph(Paragraph paragraph, DocxListNumbering? numbering = null)
    {
        var text = new StringBuilder(numbering?.Label(paragraph) ?? "");
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: text.Append(' '); break;
                case CarriageReturn: text.Append('\n'); break;
                case Break b when b.Type?.Value == BreakValues.Page: text.Append(PageBreak); break;
                case Break: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
                default: break; // properties, bookmarks, field codes: no printed text
            }
        }
        return text.ToString();
    }

    /// <summary>Lines of a paragraph after normalisation, empty lines dropped.</summary>
    public static IEnumerable<string> Lines(string paragraphText) =>
        ThaiText.Normalize(paragraphText.Replace(PageBreak, '\n')).Split('\n').Where(l => l.Length > 0);

    /// <summary>A cell's lines: one per paragraph (and per line break), list labels included; nested tables row by row.</summary>
    public static List<string> CellLines(OpenXmlElement cell, DocxListNumbering? numbering = null)
    {
        var lines = new List<string>();
        foreach (var child in cell.Elements())
        {
            switch (child)
            {
                case Paragraph p: lines.AddRange(Lines(Paragraph(p, numbering))); break;
                case Table nested: lines.AddRange(DocxTableReader.Read(nested, numbering).Text.Split('\n').Where(l => l.Length > 0)); break;
                case SdtBlock block: lines.AddRange(CellLines(block.SdtContentBlock ?? (OpenXmlElement)block, numbering)); break;
                default: break; // cell properties
            }
        }
        return lines;
    }
}
