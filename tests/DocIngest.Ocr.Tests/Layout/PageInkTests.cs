using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class PageInkTests
{
    [Fact]
    public void CountCentredIn_BlobsInAndAcrossTheBox_CountsThoseCentredInside()
    {
        var page = new GrayImage(200, 100, dpi: 200);
        Array.Fill(page.Pixels, (byte)255);
        foreach (int left in new[] { 10, 40, 90 })
            for (int y = 20; y < 40; y++)
                for (int x = left; x < left + 10; x++)
                    page[x, y] = 0;

        var ink = PageInk.Of(page);

        Assert.Equal(3, ink.Components.Count);
        Assert.Equal(2, ink.CountCentredIn(new BoundingBox(0, 0, 60, 100)));  // the third blob lies beyond x 60
        Assert.Equal(1, ink.CountCentredIn(new BoundingBox(36, 0, 54, 100))); // the first blob's centre (15) is outside
        Assert.Equal(0, ink.CountCentredIn(new BoundingBox(0, 50, 200, 50)));
    }
}
