using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// Rotates a page about its centre with bilinear interpolation, keeping its size; uncovered corners become white.
/// Used to straighten a page by its measured skew. O(pixels).
/// </summary>
public static class ImageRotator
{
    /// <summary>
    /// Turns the content by <paramref name="degrees"/> counter-clockwise as displayed
    /// (so <c>Rotate(page, estimate.Degrees)</c> undoes a clockwise skew of that size).
    /// </summary>
    public static GrayImage Rotate(GrayImage page, double degrees)
    {
        ArgumentNullException.ThrowIfNull(page);
        var output = new GrayImage(page.Width, page.Height, dpi: page.Dpi);
        double radians = degrees * Math.PI / 180, cos = Math.Cos(radians), sin = Math.Sin(radians);
        double cx = (page.Width - 1) / 2.0, cy = (page.Height - 1) / 2.0;
        var source = page.Pixels;
        int width = page.Width, height = page.Height;
        for (int y = 0; y < height; y++)
        {
            var target = output.RowSpan(y);
            double dy = y - cy;
            // The source of output pixel q is the content turned clockwise: p = R(degrees) (q - c) + c.
            double sx = -cx * cos - dy * sin + cx, sy = -cx * sin + dy * cos + cy;
            for (int x = 0; x < width; x++, sx += cos, sy += sin)
            {
                int x0 = (int)Math.Floor(sx), y0 = (int)Math.Floor(sy);
                if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) continue; // stays white
                double fx = sx - x0, fy = sy - y0;
                int i = y0 * width + x0;
                double top = source[i] + (source[i + 1] - source[i]) * fx;
                double bottom = source[i + width] + (source[i + width + 1] - source[i + width]) * fx;
                target[x] = (byte)(top + (bottom - top) * fy + 0.5);
            }
        }
        return output;
    }
}
