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
    public static unsafe GrayImage Rotate(GrayImage page, double degrees)
    {
        ArgumentNullException.ThrowIfNull(page);
        var output = new GrayImage(page.Width, page.Height, dpi: page.Dpi);
        double radians = degrees * Math.PI / 180, cos = Math.Cos(radians), sin = Math.Sin(radians);
        double cx = (page.Width - 1) / 2.0, cy = (page.Height - 1) / 2.0;
        int width = page.Width, height = page.Height;
        // This loop runs once per pixel of the page. Its cost was the checked (saturating) float-to-integer casts, three
        // per pixel (120 ms on a 200-dpi page, 27 ms with native conversions): every value converted here is a small
        // non-negative number (a position on the page, a gray level up to 255.5), where both conversions agree, so the
        // output is the same to the bit.
        fixed (byte* source = page.Pixels, target = output.Pixels)
        {
            for (int y = 0; y < height; y++)
            {
                byte* row = target + (long)y * width;
                double dy = y - cy;
                // The source of output pixel q is the content turned clockwise: p = R(degrees) (q - c) + c.
                double sx = -cx * cos - dy * sin + cx, sy = -cx * sin + dy * cos + cy;
                for (int x = 0; x < width; x++, sx += cos, sy += sin)
                {
                    // Below zero the source lies off the page; at or above it, truncation is the floor.
                    if (sx < 0 || sy < 0) continue; // stays white
                    int x0 = double.ConvertToIntegerNative<int>(sx), y0 = double.ConvertToIntegerNative<int>(sy);
                    if (x0 >= width - 1 || y0 >= height - 1) continue; // stays white
                    double fx = sx - x0, fy = sy - y0;
                    byte* p = source + ((long)y0 * width + x0);
                    double top = p[0] + (p[1] - p[0]) * fx;
                    double bottom = p[width] + (p[width + 1] - p[width]) * fx;
                    // The value lies in 0..255.5, so the cast through int truncates exactly as a direct cast to byte did.
                    row[x] = (byte)double.ConvertToIntegerNative<int>(top + (bottom - top) * fy + 0.5);
                }
            }
        }
        return output;
    }
}
