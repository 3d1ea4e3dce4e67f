using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class TableColumnsTests
{
    [Fact]
    public void Headings_TableWithAHeadingRow_TheTopRowsCells()
    {
        var (cells, readings) = CellTables.Of(["ลำดับ", "รายการ", "วงเงิน (บาท)"], ["๑", "ค่าตอบแทน", "๑๒,๐๐๐.๐๐"], ["๒", "ค่าวัสดุ", "๕๐๐.๐๐"]);

        Assert.Equal([0, 1, 2], TableColumns.Headings(cells, readings).Order());
    }

    [Fact]
    public void Headings_ContinuedTableStartingWithAnItemNumberAndAnAmount_None()
    {
        var (cells, readings) = CellTables.Of(["๗", "งบประมาณตามแผนงานบูรณาการป้องกันและปราบปรามยาเสพติด", "๙,๗๖๐.๐๐"],
            ["๘", "งบประมาณตามแผนงานบูรณาการต่อต้านการทุจริต", "๑๒,๐๐๐.๐๐"]);

        Assert.Empty(TableColumns.Headings(cells, readings));
    }

    [Fact]
    public void HasHeadingRow_ContinuedTableStartingWithSteps_False()
    {
        var (cells, readings) = CellTables.Of(["", "มาตรการส่งเสริมการมีส่วนร่วมของผู้รับบริการ", "๑) สำรวจความพึงพอใจของผู้รับบริการ"],
            ["", "", "๒) นำข้อเสนอแนะเข้าที่ประชุม"]);

        Assert.False(TableColumns.HasHeadingRow(cells, readings));
    }

    [Theory]
    [InlineData("ตัวชี้วัด", "๒๕๖๖", "๒๕๖๗")]
    [InlineData("ที่", "รายการ", "๑๐๐")]
    [InlineData("ลำดับ", "มาตรการ", "ระยะเวลา")]
    public void HasHeadingRow_ACellNamesItsColumn_True(string first, string second, string third)
    {
        var (cells, readings) = CellTables.Of([first, second, third], ["๑", "ค่าตอบแทน", "๙๐"]);

        Assert.True(TableColumns.HasHeadingRow(cells, readings));
    }
}
