using DocIngest.Pipeline.Loading.Pdf;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Pipeline.Loading.Docx;

/// <summary>
/// Which runs are set in an IT๙ font (TH SarabunIT๙ and its kin draw the Arabic digit code points as Thai digits): a
/// memo typed "2568" in TH SarabunIT๙ prints ๒๕๖๘, and free text is taken as printed. A run's font is Word's effective
/// one: the run's own, its character style's, its paragraph style's (following basedOn; the default paragraph style
/// when none is named), then the document defaults. Digits are ASCII, so the ASCII font decides; the complex-script and
/// high-ANSI fonts only when no ASCII font is set anywhere.
/// </summary>
public sealed class DocxFonts
{
    private readonly DocxStyles styles;

    /// <param name="styles">The package's styles and defaults.</param>
    public DocxFonts(DocxStyles styles) => this.styles = styles ?? throw new ArgumentNullException(nameof(styles));

    /// <summary>True when the run's effective font draws Arabic digit code points as Thai digits.</summary>
    public bool DrawsThaiDigits(Run run, Paragraph? paragraph)
    {
        ArgumentNullException.ThrowIfNull(run);
        return IsThaiDigitChain(Chain(run.RunProperties?.RunFonts, run.RunProperties?.RunStyle?.Val?.Value, paragraph).ToList());
    }

    /// <summary>
    /// True when a list label is set in an IT๙ font: the list level's own font, else the paragraph mark's, else the
    /// paragraph's style and the defaults, as Word sets a label.
    /// </summary>
    public bool LabelDrawsThaiDigits(RunFonts? levelFonts, Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var mark = paragraph.ParagraphProperties?.ParagraphMarkRunProperties;
        var chain = Chain(mark?.GetFirstChild<RunFonts>(), mark?.GetFirstChild<RunStyle>()?.Val?.Value, paragraph);
        return IsThaiDigitChain(levelFonts is null ? chain.ToList() : [levelFonts, .. chain]);
    }

    private static bool IsThaiDigitChain(List<RunFonts> chain)
    {
        string? ascii = chain.Select(f => f.Ascii?.Value).FirstOrDefault(n => n is not null);
        if (ascii is not null) return PdfGlyph.IsThaiDigitFont(ascii);
        string? other = chain.Select(f => f.ComplexScript?.Value ?? f.HighAnsi?.Value).FirstOrDefault(n => n is not null);
        return other is not null && PdfGlyph.IsThaiDigitFont(other);
    }

    /// <summary>The font settings that apply to a run with these fonts and character style, nearest first.</summary>
    private IEnumerable<RunFonts> Chain(RunFonts? own, string? characterStyle, Paragraph? paragraph)
    {
        if (own is not null) yield return own;
        foreach (var fonts in StyleFonts(characterStyle)) yield return fonts;
        var paragraphStyle = paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? styles.DefaultParagraphStyle?.StyleId?.Value;
        foreach (var fonts in StyleFonts(paragraphStyle)) yield return fonts;
        if (styles.DefaultFonts is { } defaults) yield return defaults;
    }

    private IEnumerable<RunFonts> StyleFonts(string? styleId) =>
        styles.Chain(styleId).Select(s => s.StyleRunProperties?.RunFonts).OfType<RunFonts>();
}
