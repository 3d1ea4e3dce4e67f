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
