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

    [Theory]
    [InlineData("thai-prose.png", 0.0)]
    [InlineData("thai-prose-rot+3.png", 0.0)]
    [InlineData("thai-prose.png", 2.2)]
    [InlineData("thai-prose.png", -4.9)]
    public void Estimate_Page_SameAsRoundingEveryInkPixel(string file, double turnedDegrees)
    {
        var page = ImageRotator.Rotate(EngineFixtures.Image(file), turnedDegrees);

        Assert.Equal(PixelByPixelEstimate(page), estimator.Estimate(page));
    }

    /// <summary>The estimator's search as first written: every ink pixel's sheared row rounded on its own.</summary>
    private static SkewEstimate PixelByPixelEstimate(GrayImage page, double maxDegrees = 6.0, byte inkLevel = 128)
    {
        int factor = Math.Max(1, page.Dpi / 150);
        int width = page.Width / factor, height = page.Height / factor;
        var ink = new List<(int X, int Y)>();
        for (int ry = 0; ry < height; ry++)
            for (int rx = 0; rx < width; rx++)
            {
                bool dark = false;
                for (int dy = 0; dy < factor && !dark; dy++)
                    for (int dx = 0; dx < factor && !dark; dx++) dark = page[rx * factor + dx, ry * factor + dy] < inkLevel;
                if (dark) ink.Add((rx, ry));
            }
        if (ink.Count < 200) return new SkewEstimate(0, false);
        double Sharpness(double degrees)
        {
            double slope = Math.Tan(degrees * Math.PI / 180);
            var profile = new int[height * 2 + 1];
            foreach (var (x, y) in ink)
            {
                int row = (int)Math.Round(y - x * slope) + height;
                if (row >= 0 && row < profile.Length) profile[row]++;
            }
            double sum = 0;
            for (int i = 1; i < profile.Length; i++) sum += (double)(profile[i] - profile[i - 1]) * (profile[i] - profile[i - 1]);
            return sum;
        }
        double best = 0, bestScore = double.MinValue, total = 0;
        int tried = 0;
        for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.5)
        {
            double score = Sharpness(a);
            total += score; tried++;
            if (score > bestScore) (best, bestScore) = (a, score);
        }
        if (bestScore < total / tried * 1.1) return new SkewEstimate(0, false);
        var fine = new List<(double Angle, double Score)>();
        for (double a = best - 0.5; a <= best + 0.5 + 1e-9; a += 0.05) fine.Add((a, Sharpness(a)));
        int top = fine.IndexOf(fine.MaxBy(f => f.Score));
        double offset = 0;
        if (top > 0 && top < fine.Count - 1)
        {
            double left = fine[top - 1].Score, centre = fine[top].Score, right = fine[top + 1].Score;
            double denominator = left - 2 * centre + right;
            offset = denominator >= 0 ? 0 : Math.Clamp(0.5 * (left - right) / denominator, -0.5, 0.5);
        }
        return new SkewEstimate(Math.Round(fine[top].Angle + offset * 0.05, 3), true);
    }
}
