using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Preprocessing;

/// <summary>Test pages built from the committed fixtures.</summary>
internal static class SyntheticPages
{
    /// <summary>An A4 page at 300 dpi (2480 x 3508) with the Thai prose fixture pasted in rows down the page.</summary>
    public static GrayImage A4WithProse()
    {
        var prose = EngineFixtures.Image("thai-prose.png");
        var page = new GrayImage(2480, 3508);
        for (int top = 250; top + prose.Height < 3508 - 250; top += prose.Height)
            for (int y = 0; y < prose.Height; y++)
                prose.RowSpan(y).CopyTo(page.RowSpan(top + y)[300..]);
        return page;
    }

    public static int InkCount(GrayImage image, int x0, int x1, byte level = 128)
    {
        int count = 0;
        for (int y = 0; y < image.Height; y++)
            for (int x = x0; x < x1; x++)
                if (image[x, y] < level) count++;
        return count;
    }
}
