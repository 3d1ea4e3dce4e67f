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
}
