using DocIngest.Core.Content;
using UglyToad.PdfPig.Core;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// Converts PDF user space (points, origin bottom-left) into page pixels at the render resolution (origin top-left),
/// so that text-layer pages and OCR pages report boxes in the same units.
/// </summary>
public sealed record PdfPageGeometry(double WidthPoints, double HeightPoints, int Dpi)
{
    private double Scale => Dpi / 72.0;

    public int WidthPixels => (int)Math.Round(WidthPoints * Scale);

    public int HeightPixels => (int)Math.Round(HeightPoints * Scale);

    public BoundingBox ToPixels(PdfRectangle rectangle)
    {
        int x = (int)Math.Round(rectangle.Left * Scale);
        int y = (int)Math.Round((HeightPoints - rectangle.Top) * Scale);
        int right = (int)Math.Round(rectangle.Right * Scale);
        int bottom = (int)Math.Round((HeightPoints - rectangle.Bottom) * Scale);
        return new BoundingBox(x, y, Math.Max(1, right - x), Math.Max(1, bottom - y));
    }
}
