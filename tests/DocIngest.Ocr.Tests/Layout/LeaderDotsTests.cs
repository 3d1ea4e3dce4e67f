using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class LeaderDotsTests
{
    private const int LineTop = 20, LineHeight = 60;

    [Fact]
    public void Whiten_RowOfDotsOnTheBaselineBetweenWords_DotsGoneLettersKept()
    {
        var crop = new GrayImage(400, 100);
        Fill(crop, 10, LineTop + 5, 20, 50);                                   // a letter before the leader
        for (int k = 0; k < 8; k++) Fill(crop, 50 + 15 * k, LineTop + 48, 5, 5); // the leader, on the baseline
        Fill(crop, 200, LineTop + 5, 20, 50);                                  // the value after it

        int whitened = LeaderDots.Whiten(crop, new BoundingBox(0, LineTop, 400, LineHeight));

        Assert.Equal(8, whitened);
        Assert.Equal(0, crop.Pixels[(LineTop + 30) * crop.Width + 15]);
        Assert.Equal(0, crop.Pixels[(LineTop + 30) * crop.Width + 205]);
        Assert.All(Enumerable.Range(0, 8), k => Assert.Equal(255, crop.Pixels[(LineTop + 50) * crop.Width + 52 + 15 * k]));
    }

    [Fact]
    public void Whiten_ThreeDotsOrDotsAboveTheLetters_NothingWhitened()
    {
        var crop = new GrayImage(400, 100);
        for (int k = 0; k < 3; k++) Fill(crop, 50 + 30 * k, LineTop + 48, 5, 5);  // the points of พ.ศ., letters between in print
        for (int k = 0; k < 6; k++) Fill(crop, 200 + 15 * k, LineTop + 2, 5, 5);  // marks above the letters
        Fill(crop, 300, LineTop + 30, 5, 5);                                     // ะ: two small circles one over the other
        Fill(crop, 300, LineTop + 45, 5, 5);

        Assert.Equal(0, LeaderDots.Whiten(crop, new BoundingBox(0, LineTop, 400, LineHeight)));
    }

    [Fact]
    public void Whiten_DateTypedOverLeaders_ReadsAsTheDateAlone()
    {
        var (image, line) = RenderedLine.Read("วันที่ .................... ๑๔ ธันวาคม ๒๕๖๖");

        int whitened = LeaderDots.Whiten(image, line.Box);
        using var engine = RenderedLine.ThaiEngine();
        var reread = Assert.Single(engine.Recognize(image, null, SegmentationMode.SingleLine));

        Assert.True(whitened >= 15, $"{whitened} dots whitened");
        Assert.DoesNotContain(".", reread.Text);
        Assert.StartsWith("วันที่ ", reread.Text, StringComparison.Ordinal);
    }

    private static void Fill(GrayImage image, int x, int y, int width, int height)
    {
        for (int row = y; row < y + height; row++)
            for (int column = x; column < x + width; column++)
                image.Pixels[row * image.Width + column] = 0;
    }
}
