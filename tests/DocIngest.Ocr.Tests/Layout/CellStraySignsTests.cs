using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellStraySignsTests
{
    [Theory]
    [InlineData("ใ๒๘๐,๐๐๐.๐๐", "๒๘๐,๐๐๐.๐๐")]
    [InlineData("รวม ไ๑๒.๕๐", "รวม ๑๒.๕๐")]
    [InlineData(". ๖", "๖")]
    [InlineData(", ๕๘๑,๐๙๖.๐๐", "๕๘๑,๐๙๖.๐๐")]
    public void Strip_SpeckReadAsASign_SignGone(string read, string expected) => Assert.Equal(expected, CellStraySigns.Strip(read));

    [Theory]
    [InlineData("เมื่อสิ้นปี พ.ศ. ๒๕๖๖")]
    [InlineData("ไม่น้อยกว่า ๓ ครั้ง")]
    [InlineData("๑. ๒๕๖๖")]
    [InlineData("ใ๒๕จ๑ -")]
    [InlineData("ไ๒๕๑๓ -")]
    [InlineData(". ๖ ครั้ง")]
    [InlineData("เงินงบประมาณ ๑๒,๐๐๐.๐๐ บาท")]
    public void Strip_SignsThatBelong_Unchanged(string read) => Assert.Equal(read, CellStraySigns.Strip(read));
}
