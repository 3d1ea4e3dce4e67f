using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiCharactersTests
{
    [Theory]
    [InlineData("ที่", 1, false)]     // before the upper vowel
    [InlineData("ที่", 2, false)]     // before the tone mark
    [InlineData("การ", 1, false)]     // before า
    [InlineData("เรื่อง", 1, false)]  // after the leading vowel เ
    [InlineData("จันทร์", 5, false)]  // before ร silenced by ์
    [InlineData("การงาน", 3, true)]
    [InlineData("ไปมา", 2, true)]
    [InlineData("ก", 0, true)]
    [InlineData("ก", 1, true)]
    public void IsClusterBoundary_Positions_FollowThaiSpelling(string text, int index, bool expected)
    {
        Assert.Equal(expected, ThaiCharacters.IsClusterBoundary(text, index));
    }

    [Theory]
    [InlineData('ก', true)]
    [InlineData('\u0E48', true)]
    [InlineData('เ', true)]
    [InlineData('ะ', true)]
    [InlineData('๑', false)]
    [InlineData('ฯ', false)]
    [InlineData('ๆ', false)]
    [InlineData('a', false)]
    public void IsThaiLetter_Characters_LettersAndMarksOnly(char c, bool expected)
    {
        Assert.Equal(expected, ThaiCharacters.IsThaiLetter(c));
    }
}
