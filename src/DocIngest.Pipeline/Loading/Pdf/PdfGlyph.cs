using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// One glyph of a PDF text layer as the line builder needs it, with Thai presentation forms already mapped back
/// to letters and digits as printed. Coordinates are PDF points (origin bottom-left).
/// </summary>
public sealed record PdfGlyph(string Value, PdfRectangle Bounds, double StartX, double EndX, double Baseline, double FontSize, string FontName)
{
    /// <summary>Glyphs set smaller than this many points are not printed text: Word writes field and bookmark markers in
    /// 1-point type (a "17" beside each numbered clause), which no reader sees and no scan of the page shows.</summary>
    public const double MinLegiblePoints = 2.5;

    /// <summary>False for a glyph set below <see cref="MinLegiblePoints"/>; a glyph whose size the PDF does not say counts as legible.</summary>
    public static bool IsLegible(Letter letter) => !(letter.PointSize > 0 && letter.PointSize < MinLegiblePoints);

    public static PdfGlyph From(Letter letter) => new(
        PrintedDigits(ThaiPresentationForms.Normalize(letter.Value), letter.FontName),
        letter.BoundingBox,
        letter.StartBaseLine.X,
        letter.EndBaseLine.X,
        letter.StartBaseLine.Y,
        letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height),
        letter.FontName ?? "");

    /// <summary>
    /// The IT๙ fonts (TH SarabunIT๙, TH NiramitIT๙, ... the government's "Thai digits" cuts) draw the Arabic digit code
    /// points as Thai digits: a memo typed 25 in TH SarabunIT๙ prints ๒๕. The layer then says 25 where the page shows ๒๕;
    /// the text is taken as printed.
    /// </summary>
    public static string PrintedDigits(string value, string? fontName)
    {
        if (fontName is null || !IsThaiDigitFont(fontName) || !value.Any(c => c is >= '0' and <= '9')) return value;
        return Core.Thai.ThaiDigits.ToThai(value);
    }

    /// <summary>
    /// Whether the font is an IT๙ cut. Word writes the ๙ of the name as the Windows-874 byte F9, which a PDF name holds as
    /// that byte: read as Latin-1 it is ù, undecodable it is U+FFFD; some embeddings spell it 9.
    /// </summary>
    public static bool IsThaiDigitFont(string fontName) =>
        ThaiDigitFontSuffixes.Any(suffix => fontName.Contains(suffix, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] ThaiDigitFontSuffixes = ["IT\u0E59", "IT9", "IT\u00F9", "IT\uFFFD"];
}
