using DocIngest.Core.Content;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Training.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Digits.Features;

public class GlyphFeaturesTests
{
    [Fact]
    public void Extract_BlankCrop_ReturnsAllZeros()
    {
        var features = GlyphFeatures.Extract(new GrayImage(20, 30));

        Assert.Equal(GlyphFeatures.Length, features.Length);
        Assert.All(features, f => Assert.Equal(0f, f));
    }

    [Fact]
    public void Extract_SameGlyphWithMorePadding_GivesSameFeatures()
    {
        var glyph = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, "๘")[0];
        var padded = GlyphSegmenter.PadCrop(glyph, new BoundingBox(-5, -3, glyph.Width + 9, glyph.Height + 8));

        var a = GlyphFeatures.Extract(glyph);
        var b = GlyphFeatures.Extract(padded);

        for (int i = 0; i < a.Length; i++) Assert.Equal(a[i], b[i], 3);
    }

    [Fact]
    public void Extract_DifferentDigits_GiveDifferentFeatures()
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, "๔๕");

        var four = GlyphFeatures.Extract(glyphs[0]);
        var five = GlyphFeatures.Extract(glyphs[1]);

        Assert.True(four.Zip(five).Sum(p => Math.Abs(p.First - p.Second)) > 1f);
    }

    [Fact]
    public void OtsuThreshold_BlackOnWhite_SplitsBetweenInkAndPaper()
    {
        var image = new GrayImage(10, 10);
        for (int x = 2; x < 6; x++) image[x, 5] = 20;

        int threshold = GlyphInk.OtsuThreshold(image);

        Assert.InRange(threshold, 21, 255);
        Assert.Equal(new BoundingBox(2, 5, 4, 1), GlyphInk.InkBox(image, threshold));
    }
}
