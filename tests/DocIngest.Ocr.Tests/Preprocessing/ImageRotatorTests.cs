using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Preprocessing;

public class ImageRotatorTests
{
    [Fact]
    public void Rotate_ByMeasuredSkew_StraightensFixture()
    {
        var skewed = EngineFixtures.Image("thai-prose-rot+3.png");
        var estimator = new SkewEstimator();

        var straightened = ImageRotator.Rotate(skewed, estimator.Estimate(skewed).Degrees);

        Assert.InRange(estimator.Estimate(straightened).Degrees, -0.15, 0.15);
    }

    [Fact]
    public void Rotate_ZeroDegrees_KeepsPixels()
    {
        var image = EngineFixtures.Image("memo-line.png");

        Assert.Equal(image.Pixels, ImageRotator.Rotate(image, 0).Pixels);
    }

    [Fact]
    public void Rotate_Ninety_MovesRightEdgeMarkToTop()
    {
        var image = new GrayImage(101, 101);
        image[95, 50] = 0;

        var rotated = ImageRotator.Rotate(image, 90); // counter-clockwise as displayed

        Assert.True(rotated[50, 5] < 128, "a mark on the right should end up at the top");
    }
}
