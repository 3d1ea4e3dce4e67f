using DocIngest.Core.Parsing.Headers;

namespace DocIngest.Core.Tests.Parsing.Headers;

public class HeaderFieldsTests
{
    [Theory]
    [InlineData("๐๔๓ - ๘๑๖๐๖๑", "043-816061")]
    [InlineData("๐-๔๔๙๗-๔๒๒๔", "0-4497-4224")]
    [InlineData("0 4351 2233 ต่อ 12", "0 4351 2233")]
    public void NormalizePhone_PrintedForms_ArabicWithoutSpacesAroundDashes(string printed, string expected) =>
        Assert.Equal(expected, HeaderFields.NormalizePhone(printed));

    [Fact]
    public void NormalizePhone_TooFewDigits_Null() => Assert.Null(HeaderFields.NormalizePhone("12"));

    [Theory]
    [InlineData("กส ๕๑๐๐๑/ ๑๓๓๓", "กส 51001/1333")]
    [InlineData("มท ๐๘๑๐.๓/ว ๒๒๑๕", "มท 0810.3/ว 2215")]
    [InlineData("นก.๕๒๐๐๑.๒ / -", "นก.52001.2")]
    public void NormalizeReference_PrintedForms_Normalised(string printed, string expected) =>
        Assert.Equal(expected, HeaderFields.NormalizeReference(printed));

    [Theory]
    [InlineData("-")]
    [InlineData("  ")]
    public void NormalizeReference_Blank_Null(string printed) => Assert.Null(HeaderFields.NormalizeReference(printed));

    [Theory]
    [InlineData("ที่ ๕/๒๕๖๔", "5/2564")]
    [InlineData("ที 12 / 2566", "12/2566")]
    [InlineData("คำสั่งโรงเรียนบ้านโคก ที่ 031/2565", "031/2565")]
    public void OrderNumbersFind_PrintedForms_NumberSlashYear(string line, string expected) =>
        Assert.Equal(expected, OrderNumbers.Find([line]));
}
