using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Tests.Digits;
using DocIngest.Training.Digits.Harvest;

namespace DocIngest.Training.Tests.Digits.Harvest;

public class GlyphReadComparisonTests
{
    [Fact]
    public void Taken_DigitBelowTheThreshold_IsNone()
    {
        Assert.Null(GlyphReadComparison.Taken(new DigitGuess(6, 0.79f), 0.8f));
        Assert.Equal('๖', GlyphReadComparison.Taken(new DigitGuess(6, 0.8f), 0.8f));
        Assert.Null(GlyphReadComparison.Taken(DigitGuess.Rejected(0.99f), 0.8f));
    }

    [Fact]
    public void Transition_SureDigitToUnsureOne_NamesWhatTheCorrectorTakes()
    {
        var change = new GlyphReadChange("ปี ๒๕๖๗", "๒๕๖๗", 3, new BoundingBox(0, 0, 10, 14), 3.0, new DigitGuess(7, 0.97f), new DigitGuess(2, 0.6f), 0.8f);

        Assert.Equal("๗ -> none", change.Transition);
        Assert.Contains("๗ 0.97 -> ๒ 0.60", change.Describe());
    }

    [Fact]
    public void Changes_SameModelTwice_FindsNone()
    {
        var glyph = DigitTestImages.Glyphs(DigitTestImages.Norasi, 14, "๗")[0];
        var run = new DigitRunGlyphs(0, 1, Stray: false, [new SegmentedGlyph(new BoundingBox(0, 0, glyph.Width, glyph.Height), glyph)], glyph.Height);

        var changes = GlyphReadComparison.Changes([new CaughtDigitRun("๗", run)], ThaiDigitRecognizer.Shared, ThaiDigitRecognizer.Shared, new ThaiDigitCorrectorOptions());

        Assert.Empty(changes);
    }
}
