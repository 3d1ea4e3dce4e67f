namespace DocIngest.Ocr.Imaging;

/// <summary>Exact turns of a page by multiples of 90°: pixels moved, none interpolated.</summary>
public static class QuarterTurn
{
    /// <summary>The page turned clockwise by <paramref name="clockwiseDegrees"/> (0, 90, 180 or 270; 0 returns the page itself).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The angle is not a multiple of 90° in [0, 360).</exception>
    public static GrayImage Rotate(GrayImage page, int clockwiseDegrees)
    {
        ArgumentNullException.ThrowIfNull(page);
        int w = page.Width, h = page.Height;
        var source = page.Pixels;
        switch (clockwiseDegrees)
        {
            case 0:
                return page;
            case 180:
            {
                var pixels = new byte[source.Length];
                for (int i = 0; i < source.Length; i++) pixels[^(i + 1)] = source[i];
                return new GrayImage(w, h, pixels, page.Dpi);
            }
            case 90:
            {
                // Source (x, y) lands at (h - 1 - y, x) in a page h wide.
                var pixels = new byte[source.Length];
                for (int y = 0; y < h; y++)
                {
                    int column = h - 1 - y;
                    for (int x = 0; x < w; x++) pixels[x * h + column] = source[y * w + x];
                }
                return new GrayImage(h, w, pixels, page.Dpi);
            }
            case 270:
            {
                // Source (x, y) lands at (y, w - 1 - x).
                var pixels = new byte[source.Length];
                for (int y = 0; y < h; y++)
                    for (int x = 0; x < w; x++) pixels[(w - 1 - x) * h + y] = source[y * w + x];
                return new GrayImage(h, w, pixels, page.Dpi);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(clockwiseDegrees), clockwiseDegrees, "a quarter turn is 0, 90, 180 or 270 degrees");
        }
    }
}
