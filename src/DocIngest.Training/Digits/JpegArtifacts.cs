using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>
/// JPEG's loss on a gray image without an encoder: 8x8 block DCT, quantisation with the standard luminance
/// table scaled to a quality, inverse DCT. That reproduces the ringing and blocking scanned JPEGs show.
/// </summary>
public static class JpegArtifacts
{
    private static readonly int[] LuminanceTable =
    {
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
    };

    private static readonly double[,] Cosines = BuildCosines();

    /// <summary>Applies the loss in place; <paramref name="quality"/> is 1–100 as in libjpeg.</summary>
    public static void Apply(GrayImage image, int quality)
    {
        quality = Math.Clamp(quality, 1, 100);
        int scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
        var table = LuminanceTable.Select(q => Math.Clamp((q * scale + 50) / 100, 1, 255)).ToArray();
        var block = new double[64];
        var coefficients = new double[64];
        var temp = new double[64];
        for (int by = 0; by < image.Height; by += 8)
            for (int bx = 0; bx < image.Width; bx += 8)
            {
                for (int y = 0; y < 8; y++)
                    for (int x = 0; x < 8; x++)
                        block[y * 8 + x] = image[Math.Min(bx + x, image.Width - 1), Math.Min(by + y, image.Height - 1)] - 128.0;
                // Separable 2-D DCT: rows, then columns.
                for (int y = 0; y < 8; y++)
                    for (int u = 0; u < 8; u++)
                    {
                        double sum = 0;
                        for (int x = 0; x < 8; x++) sum += block[y * 8 + x] * Cosines[x, u];
                        temp[y * 8 + u] = sum;
                    }
                for (int v = 0; v < 8; v++)
                    for (int u = 0; u < 8; u++)
                    {
                        double sum = 0;
                        for (int y = 0; y < 8; y++) sum += temp[y * 8 + u] * Cosines[y, v];
                        coefficients[v * 8 + u] = Math.Round(sum / table[v * 8 + u]) * table[v * 8 + u];
                    }
                for (int v = 0; v < 8; v++)
                    for (int x = 0; x < 8; x++)
                    {
                        double sum = 0;
                        for (int u = 0; u < 8; u++) sum += coefficients[v * 8 + u] * Cosines[x, u];
                        temp[v * 8 + x] = sum;
                    }
                for (int y = 0; y < 8 && by + y < image.Height; y++)
                    for (int x = 0; x < 8 && bx + x < image.Width; x++)
                    {
                        double sum = 0;
                        for (int v = 0; v < 8; v++) sum += temp[v * 8 + x] * Cosines[y, v];
                        image[bx + x, by + y] = (byte)Math.Clamp(Math.Round(sum + 128), 0, 255);
                    }
            }
    }

    private static double[,] BuildCosines()
    {
        var c = new double[8, 8];
        for (int x = 0; x < 8; x++)
            for (int u = 0; u < 8; u++)
                c[x, u] = (u == 0 ? Math.Sqrt(1.0 / 8) : Math.Sqrt(2.0 / 8)) * Math.Cos((2 * x + 1) * u * Math.PI / 16);
        return c;
    }
}
