using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellNumberFormTests
{
    [Theory]
    [InlineData("๕๓,๖๘๗.๔๔", "d,d.dd")]
    [InlineData("๙๖.๐๘", "d.dd")]
    [InlineData("๑๒", "d")]
    [InlineData("๘๕ %", "d%")]
    [InlineData("๑-๒", "d-d")]
    [InlineData("96.08", "D.DD")]
    [InlineData("ม.ค.๖๔", "a.a.dd")]
    [InlineData("๒๕๖๖\nเ", "d|a")]
    public void Shape_Text_DigitRunsDecimalsAndSigns(string text, string expected) => Assert.Equal(expected, CellNumberForm.Shape(text));

    [Theory]
    [InlineData("๕๕", 1)]
    [InlineData("๕๓,๖๘๗.๔๔", 2)]
    [InlineData("ac", 0)]
    [InlineData("ด", 0)]
    [InlineData("๒๕๖๖ เ", 0)]
    [InlineData("(2)", 1)]
    [InlineData("๑๒.๕๐ 0ฏ0", 1)]
    [InlineData("aa. 0", 0)]
    public void Fit_TextInAColumnOfAmounts_ShapeOverNumberOverJunk(string text, int expected) =>
        Assert.Equal(expected, CellNumberForm.Fit(text, ["d,d.dd", "d.dd"]));

    [Fact]
    public void NumberShapesOfColumn_ColumnOfAmounts_TheirShapes()
    {
        var (cells, readings) = CellTables.Of(
            ["รายการ", "วงเงิน"], ["ก", "๑๒,๐๐๐.๐๐"], ["ข", "๕๐๐.๐๐"], ["ค", "ac"], ["ง", "๒๕๐,๐๐๐.๐๐"]);

        var shapes = CellNumberForm.NumberShapesOfColumn(cells, readings, TableColumns.Headings(cells, readings), 7);

        Assert.NotNull(shapes);
        Assert.Equal(["d,d.dd", "d.dd"], shapes.Order());
    }

    [Fact]
    public void NumberShapesOfColumn_ColumnOfWordsOrDates_Null()
    {
        var (cells, readings) = CellTables.Of(
            ["รายการ", "ระยะเวลา"], ["ก", "ม.ค.- มี.ค.๖๔"], ["ข", "ต.ค.๖๓"], ["ค", "ก.ย.๖๔"], ["ง", "๒๕๖๔"]);
        var headings = TableColumns.Headings(cells, readings);

        Assert.Null(CellNumberForm.NumberShapesOfColumn(cells, readings, headings, 3));
        Assert.Null(CellNumberForm.NumberShapesOfColumn(cells, readings, headings, 2));
    }
}
