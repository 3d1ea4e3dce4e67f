using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits.Features;

/// <summary>
/// Where the ink of a glyph crop is: an Otsu threshold and the tight box of the pixels darker than it.
/// Crops arrive with some padding (and the training crops with random padding), so features are computed
/// on this tight box to make them independent of how generously the symbol box was cut.
/// </summary>
public static class GlyphInk
{
    /// <summary>Otsu's threshold over the crop's histogram; pixels below it are ink.</summary>
    public static int OtsuThreshold(GrayImage image)
    {
        Span<int> histogram = stackalloc int[256];
        foreach (var p in image.Pixels) histogram[p]++;
        long total = image.Pixels.Length, sumAll = 0;
        for (int i = 0; i < 256; i++) sumAll += (long)i * histogram[i];
        long weightBack = 0, sumBack = 0;
        double bestVariance = -1;
        int best = 128;
        for (int t = 0; t < 256; t++)
        {
            weightBack += histogram[t];
            if (weightBack == 0) continue;
            long weightFore = total - weightBack;
            if (weightFore == 0) break;
            sumBack += (long)t * histogram[t];
            double meanBack = (double)sumBack / weightBack, meanFore = (double)(sumAll - sumBack) / weightFore;
            double variance = (double)weightBack * weightFore * (meanBack - meanFore) * (meanBack - meanFore);
            if (variance > bestVariance) { bestVariance = variance; best = t; }
        }
        // A blank or nearly uniform crop has no meaningful split: treat only clearly dark pixels as ink.
        int min = 255, max = 0;
        foreach (var p in image.Pixels) { if (p < min) min = p; if (p > max) max = p; }
        if (max - min < 40) return Math.Min(min, 96);
        return best + 1;
    }

    /// <summary>The tight box of ink pixels (below <paramref name="threshold"/>), or null when there is none.</summary>
    public static BoundingBox? InkBox(GrayImage image, int threshold)
    {
        int x0 = image.Width, y0 = image.Height, x1 = -1, y1 = -1;
        for (int y = 0; y < image.Height; y++)
        {
            var row = image.RowSpan(y);
            for (int x = 0; x < row.Length; x++)
            {
                if (row[x] >= threshold) continue;
                if (x < x0) x0 = x;
                if (x > x1) x1 = x;
                if (y < y0) y0 = y;
                y1 = y;
            }
        }
        return x1 < 0 ? null : new BoundingBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}
