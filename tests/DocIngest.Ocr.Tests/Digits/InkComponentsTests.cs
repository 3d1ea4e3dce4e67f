using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Digits;

public class InkComponentsTests
{
    [Theory]
    [InlineData(0.05, 128)]
    [InlineData(0.45, 128)] // dense: long chains that meet only at corners and merge late
    [InlineData(0.9, 128)]
    [InlineData(0.3, 1)]    // only black is ink
    [InlineData(0.3, 256)]  // every pixel is ink
    [InlineData(0.3, 0)]    // nothing is
    public void Label_RandomInk_SameAsFloodFillFromEachPixel(double density, int threshold)
    {
        var random = new Random(23);
        for (int trial = 0; trial < 40; trial++)
        {
            int width = random.Next(1, 70), height = random.Next(1, 45);
            var pixels = new byte[width * height];
            for (int i = 0; i < pixels.Length; i++)
                pixels[i] = random.NextDouble() < density ? (byte)random.Next(0, 2) : (byte)random.Next(128, 256);
            var image = new GrayImage(width, height, pixels);

            var labels = InkComponents.Label(image, threshold, out var components);

            var expected = FloodFill(image, threshold, out var expectedComponents);
            Assert.Equal(expected, labels);
            Assert.Equal(expectedComponents, components);
        }
    }

    [Fact]
    public void Label_ThaiProse_SameAsFloodFillFromEachPixel()
    {
        var image = EngineFixtures.Image("thai-prose.png");

        var labels = InkComponents.Label(image, 128, out var components);

        Assert.Equal(FloodFill(image, 128, out var expectedComponents), labels);
        Assert.Equal(expectedComponents, components);
        Assert.True(components.Count > 100);
    }

    /// <summary>Labels as first written: a flood fill started from every unlabelled ink pixel in reading order.</summary>
    private static int[] FloodFill(GrayImage image, int threshold, out List<BoundingBox> components)
    {
        int width = image.Width, height = image.Height;
        var labels = new int[width * height];
        components = [];
        var stack = new Stack<(int X, int Y)>();
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                if (labels[y * width + x] != 0 || image[x, y] >= threshold) continue;
                int label = components.Count + 1, x0 = x, y0 = y, x1 = x, y1 = y;
                labels[y * width + x] = label;
                stack.Push((x, y));
                while (stack.TryPop(out var p))
                {
                    (x0, x1, y0, y1) = (Math.Min(x0, p.X), Math.Max(x1, p.X), Math.Min(y0, p.Y), Math.Max(y1, p.Y));
                    for (int ny = Math.Max(0, p.Y - 1); ny <= Math.Min(height - 1, p.Y + 1); ny++)
                        for (int nx = Math.Max(0, p.X - 1); nx <= Math.Min(width - 1, p.X + 1); nx++)
                        {
                            if (labels[ny * width + nx] != 0 || image[nx, ny] >= threshold) continue;
                            labels[ny * width + nx] = label;
                            stack.Push((nx, ny));
                        }
                }
                components.Add(new BoundingBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
            }
        return labels;
    }
}
