using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Preprocessing;

public class BackgroundNormalizerTests
{
    [Fact]
    public void Normalize_DarkeningGradientPaper_PaperBecomesNearWhiteOnBothSides()
    {
        var scan = EngineFixtures.Image("thai-prose-scan.png"); // paper 97% gray on the right, 40% on the left

        var normalized = new BackgroundNormalizer().Normalize(scan);

        Assert.True(Median(scan, 60, 120) < 140, "fixture should start dark on the left");
        Assert.InRange(Median(normalized, 60, 120), 225, 255);
        Assert.InRange(Median(normalized, 1500, 1600), 225, 255);
    }

    [Fact]
    public void Normalize_DarkeningGradientPaper_InkStaysDarkerThanPaper()
    {
        var clean = EngineFixtures.Image("thai-prose.png");
        var dimmed = new GrayImage(clean.Width, clean.Height, clean.Pixels.Select((p, i) => (byte)(p * (0.5 + 0.5 * (i % clean.Width) / clean.Width))).ToArray());

        var normalized = new BackgroundNormalizer().Normalize(dimmed);

        int inkBefore = SyntheticPages.InkCount(clean, 0, clean.Width);
        int inkAfter = SyntheticPages.InkCount(normalized, 0, clean.Width);
        Assert.InRange(inkAfter, inkBefore * 0.9, inkBefore * 1.1);
    }

    [Fact]
    public void Normalize_WhitePage_StaysWhite()
    {
        var normalized = new BackgroundNormalizer().Normalize(new GrayImage(300, 200));

        Assert.All(normalized.Pixels, p => Assert.Equal(255, p));
    }

    private static int Median(GrayImage image, int x0, int x1)
    {
        var values = new List<byte>();
        for (int y = 0; y < image.Height; y++) for (int x = x0; x < x1; x++) values.Add(image[x, y]);
        values.Sort();
        return values[values.Count / 2];
    }
}

public class BackgroundDivisionTests
{
    [Fact]
    public void Divide_NoisyPageAndPaperGrid_SamePixelsAsOnePixelAtATime()
    {
        // Odd width and a tile that does not divide it: the last pixels of a row fall outside the SIMD blocks.
        var random = new Random(5);
        var page = new GrayImage(1001, 333, Enumerable.Range(0, 1001 * 333).Select(_ => (byte)random.Next(256)).ToArray());
        int tile = 36;
        var paper = new float[(333 + tile - 1) / tile, (1001 + tile - 1) / tile];
        for (int y = 0; y < paper.GetLength(0); y++)
            for (int x = 0; x < paper.GetLength(1); x++) paper[y, x] = random.Next(4) == 0 ? 0.5f : 100 + (float)random.NextDouble() * 155;

        var divided = BackgroundNormalizer.Divide(page, paper, tile);

        Assert.Equal(OnePixelAtATime(page, paper, tile), divided.Pixels);
    }

    /// <summary>The division as it was before it worked several pixels at a time.</summary>
    private static byte[] OnePixelAtATime(GrayImage page, float[,] paper, int tile)
    {
        int rows = paper.GetLength(0), cols = paper.GetLength(1);
        var output = new byte[page.Width * page.Height];
        for (int y = 0; y < page.Height; y++)
        {
            float gyf = Math.Clamp((y + 0.5f) / tile - 0.5f, 0, rows - 1);
            int gy0 = (int)gyf, gy1 = Math.Min(gy0 + 1, rows - 1);
            float wy = gyf - gy0;
            for (int x = 0; x < page.Width; x++)
            {
                float gxf = Math.Clamp((x + 0.5f) / tile - 0.5f, 0, cols - 1);
                int gx0 = (int)gxf, gx1 = Math.Min(gx0 + 1, cols - 1);
                float wx = gxf - gx0;
                float top = paper[gy0, gx0] + (paper[gy0, gx1] - paper[gy0, gx0]) * wx;
                float bottom = paper[gy1, gx0] + (paper[gy1, gx1] - paper[gy1, gx0]) * wx;
                float level = Math.Max(1f, top + (bottom - top) * wy);
                output[y * page.Width + x] = (byte)Math.Min(255f, page[x, y] * 255f / level + 0.5f);
            }
        }
        return output;
    }
}
