namespace DocIngest.Ocr.Tests.Engine;

public class CharacterErrorRateTests
{
    [Theory]
    [InlineData("abcd", "abcd", 0.0)]
    [InlineData("abcd", "abxd", 0.25)]
    [InlineData("abcd", "abd", 0.25)]
    [InlineData("abcd", "", 1.0)]
    public void Of_KnownPairs_ReturnsEditDistanceOverReferenceLength(string reference, string hypothesis, double expected)
    {
        Assert.Equal(expected, CharacterErrorRate.Of(reference, hypothesis), 6);
    }
}
