using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Tests.Digits;
using DocIngest.Training.Digits;

namespace DocIngest.Training.Tests.Digits;

public class GlyphSampleGeneratorTests
{
    [Fact]
    public void GlyphSeed_SameArguments_GivesTheSameValueInEveryProcess()
    {
        // A fixed value, not a second call: a per-process randomised hash would pass a same-process comparison.
        Assert.Equal(596675257, GlyphSampleGenerator.GlyphSeed(20240901, 5));
    }

    [Fact]
    public void GlyphSeed_OtherIndex_GivesOtherSeeds()
    {
        var seeds = Enumerable.Range(0, 30000).Select(i => GlyphSampleGenerator.GlyphSeed(20240901, i)).ToHashSet();

        Assert.Equal(30000, seeds.Count);
    }

    [Fact]
    public void Generate_ThinInkDigitsOnly_RejectRowsAsWithoutThinInkDigitRowsThin()
    {
        var font = new ThaiFont(DigitTestImages.Norasi, "Norasi");
        var images = DigitTestImages.Glyphs(DigitTestImages.Norasi, 14, "๒ด");
        CleanGlyph[] glyphs = [new(images[0], DigitClasses.LabelOf(2), font, 14), new(images[1], DigitClasses.RejectLabelOf('ด'), font, 14)];

        var plain = GlyphSampleGenerator.Generate(glyphs, 4, 4, seed: 5);
        var digitsOnly = GlyphSampleGenerator.Generate(glyphs, 4, 4, seed: 5, thinInkShare: 1, thinInkDigitsOnly: true);
        var everyRow = GlyphSampleGenerator.Generate(glyphs, 4, 4, seed: 5, thinInkShare: 1);

        // Rows 0-3 are the digit's copies, 4-7 the reject letter's.
        for (int r = 4; r < 8; r++)
        {
            Assert.Equal(plain[r].Features, digitsOnly[r].Features);
            Assert.NotEqual(plain[r].Features, everyRow[r].Features);
        }
        for (int r = 0; r < 4; r++) Assert.Equal(everyRow[r].Features, digitsOnly[r].Features);
        Assert.Contains(Enumerable.Range(0, 4), r => !plain[r].Features.SequenceEqual(digitsOnly[r].Features));
    }
}
