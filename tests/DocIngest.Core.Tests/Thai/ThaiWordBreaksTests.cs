using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiWordBreaksTests
{
    private static readonly ThaiWordBreaks Judge = new(new ThaiWordSegmenter(new ThaiDictionary(["ประเมิน", "ประ", "เมิน", "ผล", "การ", "สำนัก", "ปลัด", "ฝ่าย"])));

    [Theory]
    [InlineData("การประ", "เมินผล", true)]      // one word reads across the gap
    [InlineData("สำนักปลัด", "ฝ่าย", false)]    // words on both sides, none across
    [InlineData("การ", "ผล", false)]
    [InlineData("ปลัด", "๑๒", false)]           // digits are never part of a Thai word
    [InlineData("", "การ", false)]
    [InlineData("ก", "\u0E32ร", true)]          // a following vowel cannot start a word
    public void IsInsideWord_Gaps_JudgedByDictionaryAndSpelling(string before, string after, bool expected)
    {
        Assert.Equal(expected, Judge.IsInsideWord(before, after));
    }
}
