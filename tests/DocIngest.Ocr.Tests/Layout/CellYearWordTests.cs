using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

/// <summary>ปี read "U" in the tuning plan's target-table headers and age ranges (ethics-action-plan p9, p74).</summary>
public sealed class CellYearWordTests
{
    [Theory]
    [InlineData("U ๒๕๖๖", "ปี ๒๕๖๖")]
    [InlineData("U๒๕๖๙", "ปี๒๕๖๙")]
    [InlineData("อายุ ๒-๑๐ U", "อายุ ๒-๑๐ ปี")]
    [InlineData("(อายุ ๑๓-๑๖U)", "(อายุ ๑๓-๑๖ปี)")]
    [InlineData("ขิยุ ๑๐-๑๖ u", "ขิยุ ๑๐-๑๖ ปี")]
    public void Restore_LoneUBesideThaiDigits_ReadAsPi(string read, string expected) => Assert.Equal(expected, CellYearWord.Restore(read));

    [Theory]
    [InlineData("UN ๗๔๓๐๒")]
    [InlineData("(ITA) ๒๕๖๖")]
    [InlineData("U 2566")]
    [InlineData("Unit ๕")]
    [InlineData("ปี ๒๕๖๖")]
    [InlineData("กลุ่ม U")]
    public void Restore_NoLoneUBesideThaiDigits_Unchanged(string read) => Assert.Equal(read, CellYearWord.Restore(read));
}
