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

        var amount = CellAmounts.Read(image, binary, decimals: 2, separators: 2, digits: null, sign: "", new CellOcrOptions().ThaiDigitMinConfidence, Ratio);

        Assert.NotNull(amount);
        output.WriteLine($"{amount.Value.Text} {amount.Value.Confidence:F3} {amount.Value.Box}");
        Assert.Equal(expected, amount.Value.Text);
    }

    [Theory]
    [InlineData(1.6, "๘๖๐,๗๔๖.๔๔")]
    [InlineData(0.0, null)]
    public void Read_TwoDigitsTouching_TheAmountWhenCutApartElseNull(double touchingWidthRatio, string? expected)
    {
        // ๔๖ of ๘๖๐,๗๔๖.๔๔ are one component: read whole (ratio 0, main's reading), the model takes the pair for one unsure ๒.
        var (image, binary) = Load("amount-cell-touching.png");

        var amount = CellAmounts.Read(image, binary, decimals: 2, separators: 2, digits: 8, sign: "", new CellOcrOptions().ThaiDigitMinConfidence, touchingWidthRatio);

        Assert.Equal(expected, amount?.Text);
    }

    [Fact]
    public void Read_ColumnPrintsOneDecimal_Null()
    {
        var (image, binary) = Load("amount-cell-letters.png");

        Assert.Null(CellAmounts.Read(image, binary, decimals: 1, separators: 2, digits: null, sign: "", new CellOcrOptions().ThaiDigitMinConfidence, Ratio));
    }

    [Fact]
    public void Read_ReadingHadOtherSeparators_Null()
    {
        // The reading had one separator where the ink leaves two gaps, and other digits than the ink's eight: a digit may be
        // lost or doubled, so the cell stays.
        var (image, binary) = Load("amount-cell-percent-sign.png");

        Assert.Null(CellAmounts.Read(image, binary, decimals: 2, separators: 1, digits: null, sign: "", new CellOcrOptions().ThaiDigitMinConfidence, Ratio));
    }

    [Fact]
    public void Read_ReadingDoubledASeparatorKeptItsDigits_TheAmount()
    {
        // Read "๒๕๐.,๓๘๐.๐๐": three separators where the ink leaves two, the same eight digits.
        var (image, binary) = Load("amount-cell-letters.png");

        var amount = CellAmounts.Read(image, binary, decimals: 2, separators: 3, digits: 8, sign: "", new CellOcrOptions().ThaiDigitMinConfidence, Ratio);

        Assert.Equal("๒๕๐,๓๘๐.๐๐", amount?.Text);
    }

    [Fact]
    public void Read_ReadingLostDigitsAndHadOtherSeparators_Null()
    {
        var (image, binary) = Load("amount-cell-letters.png");

        Assert.Null(CellAmounts.Read(image, binary, decimals: 2, separators: 3, digits: 6, sign: "", new CellOcrOptions().ThaiDigitMinConfidence, Ratio));
    }

    [Fact]
    public void Read_SignTheInkDoesNotShow_Null()
    {
        // The reading began with a minus, but the crop's first glyph is a digit as tall as the others.
        var (image, binary) = Load("amount-cell-letters.png");

        Assert.Null(CellAmounts.Read(image, binary, decimals: 2, separators: 2, digits: null, sign: "-", new CellOcrOptions().ThaiDigitMinConfidence, Ratio));
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

        var thaiTwoDecimals = new CellAmounts.AmountFormat(2, Thai: true);
        Assert.Equal([(6, thaiTwoDecimals), (10, thaiTwoDecimals), (14, thaiTwoDecimals), (18, thaiTwoDecimals), (22, thaiTwoDecimals)], found);
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
    [InlineData("(๑,๒๓๔.๐๐)", false)]
    [InlineData("-1,234", false)]
    [InlineData("4.,582.00", true)]
    [InlineData("๗๑๘๕.๐๐", true)]
    [InlineData("(2,.625.00)", true)]
    [InlineData("7333", true)]
    [InlineData("๑,๑๖๕๒๘๓.๐๐", true)]
    [InlineData("๑๕.๐๑.๒๕๖๗", true)]
    [InlineData("๑๒๓", false)]
    [InlineData("๘ธสส.ว๔", false)]
    public void IsMisreadAmount_Token_AmountShapeNotClean(string token, bool expected) =>
        Assert.Equal(expected, CellAmounts.IsMisreadAmount(token));

    [Theory]
    [InlineData("๗๑๘๕.๐๐", 2, true, "๗,๑๘๕.๐๐")]
    [InlineData("4.,582.00", 2, false, "4,582.00")]
    [InlineData("1.042.28", 2, false, "1,042.28")]
    [InlineData("(2,.625.00)", 2, false, "(2,625.00)")]
    [InlineData("-1.234.567", 0, false, "-1,234,567")]
    [InlineData("1.553", 0, false, "1,553")]
    [InlineData("๑,๑๖๕๒๘๓.๐๐", 2, true, "๑,๑๖๕,๒๘๓.๐๐")]
    [InlineData("๑๕.๐๑.๒๕๖๗", 2, true, null)]
    [InlineData("7333", 0, false, "7,333")]
    [InlineData("๓,๘๐.๐๐", 2, true, null)]
    [InlineData("1,234", 2, false, null)]
    [InlineData("150217", 2, false, null)]
    [InlineData("๑,๒๓๔.๐๐", 2, true, null)]
    [InlineData("1,234.00", 2, true, null)]
    [InlineData("๑๒.๕๐", 2, true, null)]
    [InlineData("๓๔๕", 0, true, null)]
    public void Regrouped_Token_SeparatorsSetByTheColumnsFormat(string token, int decimals, bool thai, string? expected) =>
        Assert.Equal(expected, CellAmounts.Regrouped(token, new CellAmounts.AmountFormat(decimals, thai)));

    [Fact]
    public void AmountCellsToRead_ColumnOfNegativeWholeAmounts_EveryAmountCellInTheColumnsFormat()
    {
        var found = Candidates(
            ["รายการ", "ผลต่าง"],
            ["ก", "(7,075,448)"],
            ["ข", "-2,486,811"],
            ["ค", "7333"],
            ["ง", "607,750"]);

        var arabicWhole = new CellAmounts.AmountFormat(0, Thai: false);
        Assert.Equal([(3, arabicWhole), (5, arabicWhole), (7, arabicWhole), (9, arabicWhole)], found);
    }

    private static readonly double Ratio = new CellOcrOptions().AmountTouchingWidthRatio;

    private static (GrayImage Image, GrayImage Binary) Load(string fixture) => CellTables.LoadCrop(fixture);

    private static IReadOnlyList<(int Cell, CellAmounts.AmountFormat Format)> Candidates(params string[][] rows)
    {
        var (cells, readings) = CellTables.Of(rows);
        return CellAmounts.AmountCellsToRead(cells, readings);
    }
}
