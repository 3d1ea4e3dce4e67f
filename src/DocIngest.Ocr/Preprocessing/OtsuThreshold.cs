using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>Otsu's global threshold: the gray level that best separates the histogram into two classes.</summary>
public static class OtsuThreshold
{
    /// <summary>The threshold t; pixels &lt;= t are ink.</summary>
    public static byte Compute(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var histogram = new long[256];
        foreach (byte v in image.Pixels) histogram[v]++;
        long total = image.Pixels.LongLength;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) sumAll += (double)i * histogram[i];

        double sumBelow = 0, bestVariance = -1;
        long countBelow = 0;
        int best = 127;
        for (int t = 0; t < 256; t++)
        {
            countBelow += histogram[t];
            if (countBelow == 0) continue;
            long countAbove = total - countBelow;
            if (countAbove == 0) break;
            sumBelow += (double)t * histogram[t];
            double meanBelow = sumBelow / countBelow, meanAbove = (sumAll - sumBelow) / countAbove;
            double variance = (double)countBelow * countAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (variance > bestVariance) (bestVariance, best) = (variance, t);
        }
        return (byte)best;
    }

    /// <summary>A 0/255 image: 0 where the pixel is at or below Otsu's threshold.</summary>
    public static GrayImage Binarize(GrayImage image)
    {
        byte threshold = Compute(image);
        var output = new byte[image.Pixels.Length];
        for (int i = 0; i < output.Length; i++) output[i] = image.Pixels[i] <= threshold ? (byte)0 : (byte)255;
        return new GrayImage(image.Width, image.Height, output, image.Dpi);
    }
}
