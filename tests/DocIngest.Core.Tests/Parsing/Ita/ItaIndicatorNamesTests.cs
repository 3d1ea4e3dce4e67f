using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// Indicator table rows as damaged scans leave them: a name a few letters off, placed by its printed number (the tuning
/// analysis ita-thapla-analysis-2567's row ๔ as main's build read it), and a name cell with a speck read as a digit.
/// </summary>
public class ItaIndicatorNamesTests
{
    [Theory]
    [InlineData("การใช้ทรัพย์สินของราชภกภาร", 4)]
    [InlineData("การปรับปรุงการทำาน", 8)]
    public void NumberNear_NameAFewLettersOff_ThatIndicator(string text, int number) =>
        Assert.Equal(number, ItaIndicatorNames.NumberNear(text));

    [Theory]
    [InlineData("การใช้ทรัพย์สิน")]
    [InlineData("งานบริหารทั่วไป")]
    [InlineData("การใช้")]
    public void NumberNear_NoNameClose_Null(string text) =>
        Assert.Null(ItaIndicatorNames.NumberNear(text));

    [Fact]
    public void Parse_TableRowNameAFewLettersOffItsNumberAgreeing_IndicatorRead()
    {
        var table = new Table(3, 3,
        [
            Cell(0, 0, "ตัวชี้วัด"), Cell(0, 1, "ตัวชี้วัด"), Cell(0, 2, "คะแนน"),
            Cell(1, 0, "๑"), Cell(1, 1, "การปฏิบัติหน้าที่"), Cell(1, 2, "๙๘.๗๐"),
            Cell(2, 0, "๔"), Cell(2, 1, "การใช้ทรัพย์สินของราชภกภาร"), Cell(2, 2, "๘๙.๖๔"),
        ]);

        var indicators = new ItaParser().Parse(["ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"], [table], null, new List<string>(), [1]).Indicators;

        Assert.Equal([(1, 98.70), (4, 89.64)], indicators.Select(i => (i.Number, i.Score)));
    }

    [Fact]
    public void Parse_TableRowNameAFewLettersOffAnotherNumberPrinted_NoIndicator()
    {
        var table = new Table(2, 3,
        [
            Cell(0, 0, "ตัวชี้วัด"), Cell(0, 1, "ตัวชี้วัด"), Cell(0, 2, "คะแนน"),
            Cell(1, 0, "๖"), Cell(1, 1, "การใช้ทรัพย์สินของราชภกภาร"), Cell(1, 2, "๘๙.๖๔"),
        ]);

        Assert.Empty(new ItaParser().Parse(["ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"], [table], null, new List<string>(), [1]).Indicators);
    }

    [Fact]
    public void Parse_TableRowNameWithASpeckReadAsADigit_IndicatorRead()
    {
        // ita-erawan-results-2567 (tuning) as main's build read it: a speck after the name read "0".
        var table = new Table(3, 3,
        [
            Cell(0, 0, "ลำดับ"), Cell(0, 1, "- ตัวชี้วัด"), Cell(0, 2, "คะแนน"),
            Cell(1, 0, "๑"), Cell(1, 1, "การปฏิบัติหน้าที่ ' -"), Cell(1, 2, "๙๗.๒๑ :"),
            Cell(2, 0, "๒"), Cell(2, 1, "การใช้งบประมาณ 0"), Cell(2, 2, "๙๒.๕๐"),
        ]);

        var indicators = new ItaParser().Parse(["คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖"], [table], null, new List<string>(), [1]).Indicators;

        Assert.Equal([(1, 97.21), (2, 92.50)], indicators.Select(i => (i.Number, i.Score)));
    }

    private static TableCell Cell(int row, int column, string text) => new(row, column, 1, 1, [text], null, 1);
}
