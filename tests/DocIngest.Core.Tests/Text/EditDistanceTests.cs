using DocIngest.Core.Text;

namespace DocIngest.Core.Tests.Text;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("กขค", "", 3)]
    [InlineData("บันทึก", "บนัทึก", 2)]
    public void Levenshtein_KnownPairs_ReturnsEditCount(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Levenshtein(a, b));

    [Theory]
    [InlineData("มาตรการที่ ๑", "มาตรการ", 1, true)]
    [InlineData("มาตรกรที่ ๑", "มาตรการ", 1, true)]
    [InlineData("มาตรฐานการ", "มาตรการ", 1, false)]
    [InlineData("มาตร", "มาตรการ", 1, false)]
    [InlineData("", "มาตรการ", 1, false)]
    public void OpensWithin_Openings_TrueWithinTheEdits(string text, string prefix, int maxEdits, bool expected) =>
        Assert.Equal(expected, EditDistance.OpensWithin(text, prefix, maxEdits));
}
