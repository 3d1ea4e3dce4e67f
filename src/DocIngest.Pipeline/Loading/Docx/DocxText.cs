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
        Append(paragraph, paragraph, print, text);
        return text.ToString();
    }

    /// <summary>
    /// The printed text under <paramref name="element"/>. A text box's content is stored twice (a DrawingML choice and a VML
    /// fallback for old readers): only the choice is read. Hidden runs (w:vanish) print nothing. A paragraph inside a
    /// text box is a line of its own.
    /// </summary>
    private static void Append(OpenXmlElement element, Paragraph paragraph, DocxPrint? print, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case AlternateContentFallback: break;
                case Run run when run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value): break;
                case Paragraph inner:
                    text.Append('\n');
                    Append(inner, inner, print, text);
                    text.Append('\n');
                    break;
                case Text t when print is not null && t.Parent is Run run && print.Fonts.DrawsThaiDigits(run, paragraph):
                    text.Append(ThaiDigits.ToThai(t.Text));
                    break;
                case Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: text.Append(' '); break;
                case CarriageReturn: text.Append('\n'); break;
                case Break b when b.Type?.Value == BreakValues.Page: text.Append(PageBreak); break;
                case Break: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
                default: Append(child, paragraph, print, text); break; // runs, hyperlinks, fields, drawings: what they hold
            }
        }
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
