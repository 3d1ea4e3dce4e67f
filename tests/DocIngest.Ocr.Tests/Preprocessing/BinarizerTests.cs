using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Preprocessing;

public class BinarizerTests
{
    [Fact]
    public void OtsuCompute_TwoLevels_ThresholdBetweenThem()
    {
        var image = new GrayImage(100, 10);
        for (int x = 0; x < 30; x++) for (int y = 0; y < 10; y++) image[x, y] = 40;
        for (int x = 30; x < 100; x++) for (int y = 0; y < 10; y++) image[x, y] = 210;

        Assert.InRange(OtsuThreshold.Compute(image), 40, 209);
    }

    [Fact]
    public void SauvolaBinarize_CleanText_MatchesInkOfSource()
    {
        var image = EngineFixtures.Image("thai-prose.png");

        var binary = new SauvolaBinarizer().Binarize(image);

        Assert.All(binary.Pixels, p => Assert.True(p is 0 or 255));
        int ink = SyntheticPages.InkCount(image, 0, image.Width), binaryInk = SyntheticPages.InkCount(binary, 0, image.Width);
        Assert.InRange(binaryInk, ink * 0.85, ink * 1.15);
    }

    [Fact]
    public void SauvolaBinarize_UniformGray_AllPaper()
    {
        var gray = new GrayImage(200, 100, Enumerable.Repeat((byte)180, 200 * 100).ToArray());

        Assert.All(new SauvolaBinarizer().Binarize(gray).Pixels, p => Assert.Equal(255, p));
    }

    [Theory]
    [InlineData(97, 61, 100)]  // odd sizes, a window clipped at every edge, whole windows in between
    [InlineData(9, 40, 100)]   // narrower than a window: every window clipped
    [InlineData(331, 23, 300)] // a page's window (radius 18): row ends of odd length beside the vector lanes
    public void SauvolaBinarize_NoisyPage_SameAsEveryWindowSummedPixelByPixel(int width, int height, int dpi)
    {
        // The random gray levels put many pixels near their threshold.
        var random = new Random(17);
        var pixels = new byte[width * height];
        random.NextBytes(pixels);
        var image = new GrayImage(width, height, pixels, dpi: dpi);
        const double windowInches = 0.12, k = 0.3;
        int radius = Math.Max(2, (int)Math.Round(windowInches * image.Dpi / 2));

        var binary = new SauvolaBinarizer(windowInches, k).Binarize(image);

        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                long sum = 0, squares = 0;
                int y0 = Math.Max(0, y - radius), y1 = Math.Min(image.Height - 1, y + radius);
                int x0 = Math.Max(0, x - radius), x1 = Math.Min(image.Width - 1, x + radius);
                for (int wy = y0; wy <= y1; wy++)
                    for (int wx = x0; wx <= x1; wx++) { sum += image[wx, wy]; squares += image[wx, wy] * image[wx, wy]; }
                double count = (double)(y1 - y0 + 1) * (x1 - x0 + 1);
                double mean = sum / count;
                double deviation = Math.Sqrt(Math.Max(0, squares / count - mean * mean));
                double threshold = mean * (1 + k * (deviation / 128 - 1));
                Assert.Equal(image[x, y] <= threshold ? 0 : 255, binary[x, y]);
            }
    }
}
