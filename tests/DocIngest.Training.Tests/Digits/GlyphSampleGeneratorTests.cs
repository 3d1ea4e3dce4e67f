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
}
