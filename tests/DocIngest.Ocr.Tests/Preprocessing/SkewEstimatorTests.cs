using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.Engine;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Preprocessing;

public class SkewEstimatorTests(ITestOutputHelper output)
{
    private readonly SkewEstimator estimator = new();

    [Theory]
    [InlineData("thai-prose.png", 0.0)]
    [InlineData("thai-prose-rot+3.png", 3.0)]   // ImageMagick -rotate 3 turns clockwise
    [InlineData("thai-prose-rot-3.png", -3.0)]
    public void Estimate_RotatedFixture_WithinPointTwoDegrees(string file, double expected)
    {
        var estimate = estimator.Estimate(EngineFixtures.Image(file));

        output.WriteLine($"{file}: {estimate.Degrees:F3}°");
        Assert.True(estimate.Reliable);
        Assert.InRange(estimate.Degrees, expected - 0.2, expected + 0.2);
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(-3.0)]
    [InlineData(1.3)]
    [InlineData(-0.7)]
    public void Estimate_A4PageTurnedByKnownAngle_WithinPointTwoDegrees(double degrees)
    {
        // ImageRotator.Rotate(page, -d) turns the content clockwise by d, i.e. a skew of +d.
        var skewed = ImageRotator.Rotate(SyntheticPages.A4WithProse(), -degrees);

        var estimate = estimator.Estimate(skewed);

        output.WriteLine($"A4 turned {degrees}°: estimated {estimate.Degrees:F3}°");
        Assert.InRange(estimate.Degrees, degrees - 0.2, degrees + 0.2);
    }

    [Fact]
    public void Estimate_BlankPage_Unreliable()
    {
        var estimate = estimator.Estimate(new GrayImage(800, 600));

        Assert.False(estimate.Reliable);
        Assert.Equal(0, estimate.Degrees);
    }
}
