using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Pipeline.Loading.Docx;

/// <summary>What a Word page prints that its runs of text do not say: automatic list labels and IT๙ digits.</summary>
/// <param name="Numbering">The document's list numbering; stateful, so paragraphs go through it once, in document order.</param>
/// <param name="Fonts">The document's fonts, for digits an IT๙ font draws as Thai digits.</param>
public sealed record DocxPrint(DocxListNumbering Numbering, DocxFonts Fonts)
{
    /// <summary>The print settings of <paramref name="document"/>.</summary>
    public static DocxPrint Of(WordprocessingDocument document)
    {
        var styles = DocxStyles.Of(document);
        var fonts = new DocxFonts(styles);
        return new DocxPrint(DocxListNumbering.Of(document, styles, fonts), fonts);
    }
}
