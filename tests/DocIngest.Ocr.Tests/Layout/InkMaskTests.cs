using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class InkMaskTests
{
    [Theory]
    [InlineData(16, 16)]
    [InlineData(37, 53)]
    [InlineData(250, 161)]
    [InlineData(7, 300)]
    public void From_GrayPixels_InkWhereDarkerThanThreshold(int width, int height)
    {
        var image = RandomGray(width, height, seed: width * height);

        var mask = InkMask.From(image);

        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                Assert.Equal(image[x, y] < InkMask.InkThreshold, mask[x, y]);
    }

    [Theory]
    [InlineData(16, 16)]
    [InlineData(37, 53)]
    [InlineData(250, 161)]
    [InlineData(7, 300)]
    [InlineData(300, 7)]
    public void Transpose_WholeBlocksAndEdges_ColumnsBecomeRows(int width, int height)
    {
        var mask = InkMask.From(RandomGray(width, height, seed: width + height));

        var transposed = mask.Transpose();

        Assert.Equal((height, width), (transposed.Width, transposed.Height));
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                Assert.Equal(mask[x, y], transposed[y, x]);
    }

    private static GrayImage RandomGray(int width, int height, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[width * height];
        random.NextBytes(pixels);
        return new GrayImage(width, height, pixels);
    }
}
