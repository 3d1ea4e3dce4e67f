using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class NoiseLineFilterTests
{
    [Theory] // read from the blank margins of measures-khokkhon-2566 and a signature of memo-buengkan-2567
    [InlineData("Hones he cae", 0.22)]
    [InlineData("หอคติงย", 0.23)]
    [InlineData("6คีอก214", 0.36)]
    [InlineData("ew a", 0.47)]
    [InlineData("7", 0.57)]
    public void IsNoise_LowConfidenceWithoutWords_True(string text, double confidence) =>
        Assert.True(NoiseLineFilter.IsNoise(text, confidence));

    [Theory]
    [InlineData("ประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน", 0.45)] // hard to read, but words
    [InlineData("Hones he cae", 0.9)]                                // confident: kept whatever it says
    [InlineData("- ๓ -", 0.9)]
    public void IsNoise_WordsOrConfident_False(string text, double confidence) =>
        Assert.False(NoiseLineFilter.IsNoise(text, confidence));

    [Theory] // read from blank paper (bundle-kampang-2564 page 2) and from the marks over a line (memo-buengkan-2567 page 3)
    [InlineData("|", 0, 0.0)]
    [InlineData("- ชัน", 0, 0.0)]
    [InlineData("Sha เอเคอเกเลครณ๑เอเภาซี่เร็ว,", 3, 0.12)]
    public void LacksInk_NoInkOrFarFewerComponentsThanCharactersOverASliver_True(string text, int components, double covered) =>
        Assert.True(NoiseLineFilter.LacksInk(text, new LineInk(components, covered)));

    [Theory]
    [InlineData("ความเห็นหัวหน้าสำนักปลัดเทศบาลเมือง", 36, 0.8)]
    [InlineData("- ๓ -", 3, 0.6)]
    [InlineData("N ๕/๓๒๕๐๕", 5, 0.7)]                           // touching digits: a few characters per component
    [InlineData("ความเห็นหัวหน้าสำนักปลัด", 4, 0.85)]           // a smudged copy: whole words one component each
    [InlineData("", 0, 0.0)]
    public void LacksInk_InkForItsCharacters_False(string text, int components, double covered) =>
        Assert.False(NoiseLineFilter.LacksInk(text, new LineInk(components, covered)));
}
