using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Tests.Parsing.Text;

public class JunkLineTests
{
    [Theory]
    // Decorative rules OCR read as letters or symbols.
    [InlineData("วอวอวอวอวอวอวอวอวอวอวอวอวอวอ96อวอวอว6วอวอ9อวอวอวอ")]
    [InlineData("xoxoxoxoxoxoxoxoxo")]
    [InlineData("ๆๆๆๆๆๆๆๆๆๆ")]
    [InlineData("-=-=-=-=-=-=-=-=-=")]
    [InlineData("*************")]
    [InlineData("~~~~~~~~~~~ ~~~~~~~")]
    [InlineData("ลลลลลลลลลลลลล")]
    public void IsJunkLine_RulesAndRepeats_True(string line) => Assert.True(ParsingText.IsJunkLine(line));

    [Theory]
    [InlineData("โปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ")]
    [InlineData("ตำบลกำปัง : ๐-๔๔๙๗-๔๒๒๔")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖")]
    [InlineData("๒๕๖๖")]
    [InlineData("งบประมาณ ๑๐๐,๐๐๐ บาท")]
    [InlineData("นายสมศักดิ์ นานาวงศ์ ผู้อำนวยการกองช่าง")]
    [InlineData("สำนักงาน ป.ป.ช.")]
    [InlineData("โทร. ๐ ๔๓๒๖ ๑๕๔๗")]
    [InlineData("๔๓๒๖ ๑๕๔๗ oy")]
    [InlineData("' u ๒๕๖๘ |")] // a wrapped fiscal year among specks (HeaderSpeckTests)
    public void IsJunkLine_Text_False(string line) => Assert.False(ParsingText.IsJunkLine(line));

    [Fact]
    public void RepeatedPatternShare_NumbersRepeatDigits_NotCounted() =>
        Assert.Equal(0, ParsingText.RepeatedPatternShare("๑๐๐๐๐๐๐ ๒๒๒๒๒๒"));
}
