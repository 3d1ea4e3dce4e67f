using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellAmountsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("amount-cell-percent-sign.png", "๕๘๑,๐๙๖.๐๐")]
    [InlineData("amount-cell-latin.png", "๕๓,๖๘๗.๔๔")]
    [InlineData("amount-cell-letters.png", "๒๕๐,๓๘๐.๐๐")]
    public void Read_AmountTheEngineMisread_TheAmount(string fixture, string expected)
    {
        // Padded amount-cell crops of a tuning procurement table as the cell recogniser read them (Fixtures/layout/README.md).
        var (image, binary) = Load(fixture);

        var amount = CellAmounts.Read(image, binary, decimals: 2, separators: 2, new CellOcrOptions().ThaiDigitMinConfidence);

        Assert.NotNull(amount);
        output.WriteLine($"{amount.Value.Text} {amount.Value.Confidence:F3} {amount.Value.Box}");
        Assert.Equal(expected, amount.Value.Text);
    }

    [Fact]
    public void Read_ColumnPrintsOneDecimal_Null()
    {
        var (image, binary) = Load("amount-cell-letters.png");

        Assert.Null(CellAmounts.Read(image, binary, decimals: 1, separators: 2, new CellOcrOptions().ThaiDigitMinConfidence));
    }

    [Fact]
    public void Read_ReadingHadOtherSeparators_Null()
    {
        // The reading had one separator where the ink leaves two gaps: a digit may be lost or doubled, so the cell stays.
        var (image, binary) = Load("amount-cell-percent-sign.png");

        Assert.Null(CellAmounts.Read(image, binary, decimals: 2, separators: 1, new CellOcrOptions().ThaiDigitMinConfidence));
    }

    [Fact]
    public void AmountCellsToRead_ColumnOfAmountsSomeMisread_EveryAmountCellBelowTheHeading()
    {
        // procurement-table-2563 p6 (tuning) as main's build read its table.
        var found = Candidates(
            ["ลำดับ", "หมวด", "วงเงินที่จ่าย (บาท)", "ร้อยละ"],
            ["๑", "ค่าครุภัณฑ์ (งบลงทุน)", "๑๕๐,๐๐๐.๐๐", "๒๙.๐๔"],
            ["๒", "ค่าวัสดุ", "๑๗๓,๒๘๐.๐๐", "๒๐.๑๓"],
            ["๓", "ค่าสาธารณูปโภค", "em, ose. ce", "๖.๒๔"],
            ["๔", "ค่าใช้สอย", "๒๕๐,ดต๘๐.๐๐", "๒๙.๐๙"],
            ["๕", "ค่ายานพาหนะ", "๒๙,๔๓๖.๐๐", "๓.๔๒"]);

        Assert.Equal([(6, 2), (10, 2), (14, 2), (18, 2), (22, 2)], found);
    }

    [Fact]
    public void AmountCellsToRead_ColumnWithOneCleanAmount_None()
    {
        var found = Candidates(["รายการ", "วงเงิน"], ["ก", "๑๒,๐๐๐.๐๐"], ["ข", "๕๘๑,๐๙%.๐๐"], ["ค", "ไม่มี"], ["ง", "-"]);

        Assert.Empty(found);
    }

    [Fact]
    public void AmountCellsToRead_ColumnOfScores_None()
    {
        // Scores (no thousands separator) are the cell scores pass's.
        var found = Candidates(["ตัวชี้วัด", "คะแนน"], ["ก", "๙๘.๗๐"], ["ข", "๘ธสส.ว๔"], ["ค", "๘๖.๒๕"], ["ง", "๙๑.๐๐"]);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("๕๘๑,๐๙%.๐๐", true)]
    [InlineData("em,ose.ce", true)]
    [InlineData("๒๕๐,ดต๘๐.๐๐", true)]
    [InlineData("๒๕๐,๓๘๐.๐๐", false)]
    [InlineData("๙๘.๗๐", false)]
    [InlineData("กข,คงจ.ฉช", true)]
    [InlineData("กิน,ข้าว.ดี", false)]
    [InlineData("๑,๒๓๔", false)]
    public void IsMisreadAmount_Token_AmountShapeNotClean(string token, bool expected) =>
        Assert.Equal(expected, CellAmounts.IsMisreadAmount(token));

    private static (GrayImage Image, GrayImage Binary) Load(string fixture) => CellTables.LoadCrop(fixture);

    private static IReadOnlyList<(int Cell, int Decimals)> Candidates(params string[][] rows)
    {
        var (cells, readings) = CellTables.Of(rows);
        return CellAmounts.AmountCellsToRead(cells, readings);
    }
}
