using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class InkSpecksLoneTests
{
    private static void Blot(GrayImage image, int x0, int y0, int width, int height)
    {
        for (int y = y0; y < y0 + height; y++)
            for (int x = x0; x < x0 + width; x++) image[x, y] = 0;
    }

    [Fact]
    public void Whiten_LoneSpeckAfterTheText_WhitenedDecimalPointKept()
    {
        // 300 dpi: a "digit" 20x30, a decimal point 4x4 two pixels after it on the baseline, another digit after the
        // point, and a 4x4 speck 60 px right of the text with nothing around it.
        var crop = new GrayImage(200, 60, dpi: 300);
        Blot(crop, 20, 15, 20, 30);
        Blot(crop, 42, 41, 4, 4);
        Blot(crop, 48, 15, 20, 30);
        Blot(crop, 130, 40, 4, 4);
        var binary = new GrayImage(crop.Width, crop.Height, (byte[])crop.Pixels.Clone(), crop.Dpi);

        int whitened = InkSpecks.Whiten(crop, binary, side: 0, loneSide: 5, clearance: 9);

        Assert.Equal(1, whitened);
        Assert.Equal(255, crop[131, 41]);
        Assert.Equal(255, binary[131, 41]);
        Assert.Equal(0, crop[43, 42]);
    }

    [Fact]
    public void Whiten_LonePieceLargerThanASpeck_Kept()
    {
        var crop = new GrayImage(200, 60, dpi: 300);
        Blot(crop, 130, 20, 8, 8);
        var binary = new GrayImage(crop.Width, crop.Height, (byte[])crop.Pixels.Clone(), crop.Dpi);

        Assert.Equal(0, InkSpecks.Whiten(crop, binary, side: 0, loneSide: 5, clearance: 9));
        Assert.Equal(0, crop[133, 23]);
    }
}
