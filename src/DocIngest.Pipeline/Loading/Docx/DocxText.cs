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
    /// <paramref name="print"/>, a numbered paragraph starts with the list label Word prints before it, and digits set in
    /// an IT๙ font are the Thai digits it draws.
    /// </summary>
    public static string Paragraph(Paragraph paragraph, DocxPrint? print = null)
    {
        var text = new StringBuilder(print?.Numbering.Label(paragraph) ?? "");
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when print is not null && t.Parent is Run run && print.Fonts.DrawsThaiDigits(run, paragraph):
                    text.Append(ThaiDigits.ToThai(t.Text));
                    break;
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

    /// <summary>A cell's lines: one per paragraph (and per line break), as printed (<see cref="DocxPrint"/>); nested tables row by row.</summary>
    public static List<string> CellLines(OpenXmlElement cell, DocxPrint? print = null)
    {
        var lines = new List<string>();
        foreach (var child in cell.Elements())
        {
            switch (child)
            {
                case Paragraph p: lines.AddRange(Lines(Paragraph(p, print))); break;
                case Table nested: lines.AddRange(DocxTableReader.Read(nested, print).Text.Split('\n').Where(l => l.Length > 0)); break;
                case SdtBlock block: lines.AddRange(CellLines(block.SdtContentBlock ?? (OpenXmlElement)block, print)); break;
                default: break; // cell properties
            }
        }
        return lines;
    }
}
