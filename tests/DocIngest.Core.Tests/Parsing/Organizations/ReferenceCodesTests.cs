using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Parsing.Organizations;

namespace DocIngest.Core.Tests.Parsing.Organizations;

public class ReferenceCodesTests
{
    [Theory]
    [InlineData("ซบ", "ชบ")] // ช read as ซ
    [InlineData("ฮต", "อต")] // อ read as ฮ
    [InlineData("ขบ", "ชบ")] // the bold ช's tail lost
    [InlineData("ชซบ", "ชบ")] // ช read twice, as ช and its look-alike ซ (thin strokes)
    public void Correct_OneLookAlikeFromOneCode_ThatCode(string read, string expected) =>
        Assert.Equal(expected, ReferenceCodes.Correct(read));

    [Theory]
    [InlineData("ชบ")]   // known
    [InlineData("มท")]   // known ministry
    [InlineData("นก")]   // unknown, and no known code is its look-alike
    [InlineData("กทม")]  // three letters, none a look-alike of its neighbour
    [InlineData("ชบ.")]  // not consonants only
    public void Correct_KnownOrFarFromAnyCode_Unchanged(string code) =>
        Assert.Equal(code, ReferenceCodes.Correct(code));

    [Fact]
    public void Correct_LookAlikeOfTwoCodes_Unchanged()
    {
        // ลบ is known; สบ too; ศบ is a look-alike of both (ล ส ศ): no single answer, so it stays.
        Assert.Equal("ศบ", ReferenceCodes.Correct("ศบ"));
    }

    [Fact]
    public void NormalizeReference_ProvinceCodeMisreadByALookAlike_OfficialCode() =>
        Assert.Equal("ชบ 0832.1/50", HeaderFields.NormalizeReference("ซบ ๐๘๓๒.๑/๕๐"));
}
