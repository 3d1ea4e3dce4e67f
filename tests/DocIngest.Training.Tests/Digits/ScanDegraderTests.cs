using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Tests.Digits;
using DocIngest.Training.Digits;

namespace DocIngest.Training.Tests.Digits;

public class ScanDegraderTests
{
    [Fact]
    public void Degrade_SameSeed_GivesSameImage()
    {
        var clean = DigitTestImages.Glyphs(DigitTestImages.Norasi, 14, "๗")[0];

        var a = new ScanDegrader(11).Degrade(clean);
        var b = new ScanDegrader(11).Degrade(clean);

        Assert.Equal(a.Pixels, b.Pixels);
    }

    [Fact]
    public void Degrade_AnyGlyph_KeepsInkAndCutsNearIt()
    {
        var clean = DigitTestImages.Glyphs(DigitTestImages.Norasi, 14, "๙")[0];
        var degrader = new ScanDegrader(3);

        for (int i = 0; i < 20; i++)
        {
            var crop = degrader.Degrade(clean);
            var ink = GlyphInk.InkBox(crop, GlyphInk.OtsuThreshold(crop));
            Assert.NotNull(ink);
            // Symbol-box cut: at most a few pixels of margin on any side.
            Assert.InRange(crop.Width - ink.Value.Width, 0, 8);
            Assert.InRange(crop.Height - ink.Value.Height, 0, 8);
        }
    }

    [Theory]
    [InlineData("๒", true)]
    [InlineData("๕", false)]
    public void Degrade_ThinInkOrCoarseBilevelShareZero_GivesTheImagesOfBefore(string digit, bool thinInk)
    {
        var clean = DigitTestImages.Glyphs(DigitTestImages.Norasi, 14, digit)[0];
        var before = new ScanDegrader(5);
        var zero = thinInk ? new ScanDegrader(5, thinInkShare: 0) : new ScanDegrader(5, coarseBilevelShare: 0);

        for (int i = 0; i < 5; i++) Assert.Equal(before.Degrade(clean).Pixels, zero.Degrade(clean).Pixels);
    }

    [Fact]
    public void Degrade_AllThinInk_BilevelWithLessInkThanTheCleanGlyph()
    {
        var clean = DigitTestImages.Glyphs(DigitTestImages.Norasi, 16, "๒")[0];
        int cleanInk = clean.Pixels.Count(p => p < GlyphInk.OtsuThreshold(clean));
        var degrader = new ScanDegrader(7, thinInkShare: 1);

        var inks = new List<int>();
        for (int i = 0; i < 20; i++)
        {
            var crop = degrader.Degrade(clean);
            Assert.All(crop.Pixels, p => Assert.True(p is 0 or 255));
            Assert.NotNull(GlyphInk.InkBox(crop, GlyphInk.OtsuThreshold(crop)));
            inks.Add(crop.Pixels.Count(p => p == 0));
        }
        // Faded, thinned and broken: on average clearly less ink than the clean glyph (scale varies by ±15 %).
        Assert.InRange(inks.Average(), 1, 0.85 * cleanInk);
    }

    [Fact]
    public void Degrade_AllCoarseBilevel_BilevelGlyphsCutNearTheirInk()
    {
        var clean = DigitTestImages.Glyphs(DigitTestImages.Norasi, 16, "๖")[0];
        var degrader = new ScanDegrader(7, coarseBilevelShare: 1);

        for (int i = 0; i < 20; i++)
        {
            var crop = degrader.Degrade(clean);
            Assert.All(crop.Pixels, p => Assert.True(p is 0 or 255));
            var ink = GlyphInk.InkBox(crop, GlyphInk.OtsuThreshold(crop));
            Assert.NotNull(ink);
            // Specks may stand in the margin, but the cut follows the glyph's ink as the other copies' does.
            Assert.InRange(crop.Height - ink.Value.Height, 0, 8);
        }
    }

    [Fact]
    public void Degrade_AllCoarseBilevel_StepsOnTheEdgeAsAFaxsCoarsePixelsLeaveThem()
    {
        // A 16 pt glyph at 300 dpi is sampled to 9-16 px of ink: its edge turns blocky, so many pixels differ from the
        // clean glyph thresholded at the same place, unlike a bilevel copy at full resolution.
        var clean = DigitTestImages.Glyphs(DigitTestImages.Norasi, 16, "๕")[0];
        var coarse = ScanDegrader.CoarsePass(clean, 0.3);
        int threshold = GlyphInk.OtsuThreshold(clean);
        int differing = clean.Pixels.Zip(coarse.Pixels).Count(p => (p.First < threshold) != (p.Second < threshold));
        int ink = clean.Pixels.Count(p => p < threshold);

        Assert.Equal(clean.Width, coarse.Width);
        Assert.Equal(clean.Height, coarse.Height);
        Assert.InRange(differing, ink / 20, ink);
        Assert.Equal(clean.Pixels, ScanDegrader.CoarsePass(clean, 1).Pixels);
    }

    [Fact]
    public void New_CoarseBilevelShareOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScanDegrader(1, coarseBilevelShare: -0.1));
    }

    [Fact]
    public void New_ThinInkShareOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScanDegrader(1, thinInkShare: 1.5));
    }

    [Fact]
    public void Apply_JpegArtifacts_ChangesAnEdgyImageOnlySlightly()
    {
        var clean = DigitTestImages.Glyphs(DigitTestImages.Norasi, 18, "๘")[0];
        var copy = new DocIngest.Ocr.Imaging.GrayImage(clean.Width, clean.Height, (byte[])clean.Pixels.Clone());

        JpegArtifacts.Apply(copy, quality: 30);

        double meanDifference = clean.Pixels.Zip(copy.Pixels).Average(p => Math.Abs(p.First - p.Second));
        Assert.InRange(meanDifference, 0.1, 25);
    }
}
