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
