using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// One glyph of a PDF text layer as the line builder needs it, with Thai presentation forms already mapped back
/// to letters. Coordinates are PDF points (origin bottom-left).
/// </summary>
public sealed record PdfGlyph(string Value, PdfRectangle Bounds, double StartX, double EndX, double Baseline, double FontSize, string FontName)
{
    public static PdfGlyph From(Letter letter) => new(
        ThaiPresentationForms.Normalize(letter.Value),
        letter.BoundingBox,
        letter.StartBaseLine.X,
        letter.EndBaseLine.X,
        letter.StartBaseLine.Y,
        letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height),
        letter.FontName ?? "");
}
