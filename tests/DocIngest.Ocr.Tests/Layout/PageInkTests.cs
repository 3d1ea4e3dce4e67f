using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class PageInkTests
{
    [Fact]
    public void Under_BlobsInAndAcrossTheBox_CountsThoseCentredInside()
    {
        var page = new GrayImage(200, 100, dpi: 200);
        Array.Fill(page.Pixels, (byte)255);
        foreach (int left in new[] { 10, 40, 90 })
            for (int y = 20; y < 40; y++)
                for (int x = left; x < left + 10; x++)
                    page[x, y] = 0;

        var ink = PageInk.Of(page);

        Assert.Equal(3, ink.Components.Count);
        Assert.Equal(2, ink.Under(new BoundingBox(0, 0, 60, 100)).Components);  // the third blob lies beyond x 60
        Assert.Equal(1, ink.Under(new BoundingBox(36, 0, 54, 100)).Components); // the first blob's centre (15) is outside
        Assert.Equal(0, ink.Under(new BoundingBox(0, 50, 200, 50)).Components);
    }

    [Fact]
    public void Under_BlobsInTheBox_CountAndCoveredShareOfItsWidth()
    {
        var page = new GrayImage(200, 100, dpi: 200);
        Array.Fill(page.Pixels, (byte)255);
        // Blobs at columns 10-19 and 15-24 (one above the other: their columns count once) and 40-49.
        foreach (var (left, top) in new[] { (10, 20), (15, 35), (40, 20) })
            for (int y = top; y < top + 10; y++)
                for (int x = left; x < left + 10; x++)
                    page[x, y] = 0;

        var ink = PageInk.Of(page).Under(new BoundingBox(0, 0, 100, 100));

        Assert.Equal(3, ink.Components);
        Assert.Equal(0.25, ink.CoveredShare, 3); // columns 10-24 and 40-49 of 100
    }
}
