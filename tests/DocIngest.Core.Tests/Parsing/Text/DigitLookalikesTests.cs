using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Tests.Parsing.Text;

/// <summary>Letters OCR reads for digits inside numbers that stand alone (texts written for these tests).</summary>
public class DigitLookalikesTests
{
    [Theory]
    [InlineData("ปีงบประมาณ ๒๕ว๓ ได้คะแนน", "ปีงบประมาณ ๒๕๖๓ ได้คะแนน")]
    [InlineData("ได้คะแนน ว๘.๔๐ คะแนน", "ได้คะแนน ๖๘.๔๐ คะแนน")]
    [InlineData("| ๒๕ว๑ | ๗๗.๐๕ |", "| ๒๕๖๑ | ๗๗.๐๕ |")]
    [InlineData("ได้คะแนน ๙๑.๓ใ๗ คะแนน", "ได้คะแนน ๙๑.๓๗ คะแนน")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖o มีผลคะแนน ๘m.๖๔", "ปีงบประมาณ พ.ศ. ๒๕๖๐ มีผลคะแนน ๘๓.๖๔")]
    [InlineData("| ๗O.๙m |", "| ๗๐.๙๓ |")]
    public void Repair_NumberWithLookalikeLetter_Digits(string text, string expected) =>
        Assert.Equal(expected, DigitLookalikes.Repair(text));

    [Theory]
    [InlineData("ทั่วไป ๒ แห่ง ว่าจ้าง")]      // ว inside words
    [InlineData("ว ๑ ราย")]                      // a lone ว is no number
    [InlineData("ข้อ ๓ใ")]                       // one digit only
    [InlineData("คะแนน ๘๗ใ๑๒๓")]                 // dropping the glyph leaves no score of two decimals
    [InlineData("วันที่ ๑๒ ธันวาคม ๒๕๖๖")]
    [InlineData("ITA mo ๑ ราย")]                     // Latin words, one digit
    [InlineData("ข้อ om ๑๒")]                         // o and m apart from the digits
    public void Repair_NoNumberToRepair_Unchanged(string text) =>
        Assert.Equal(text, DigitLookalikes.Repair(text));
}
