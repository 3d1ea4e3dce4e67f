using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellScoresTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("score-cell-letters-point-glyph.png", "๘๙.๖๔")]
    [InlineData("score-cell-letters-point-dropped.png", "๙๖.๐๘")]
    [InlineData("score-cell-letters-jpeg.png", "๗๙.๘๐")]
    [InlineData("score-cell-touching-digits.png", "๙๗.๕๐")]
    [InlineData("score-cell-tails-above-band.png", "๘๖.๑๐")]
    public void Read_ScoreTheEngineReadAsLetters_TheScore(string fixture, string expected)
    {
        // Padded score-cell crops of three tuning analyses as the cell recogniser read them (Fixtures/layout/README.md).
        var (image, binary) = Load(fixture);

        var score = CellScores.Read(image, binary, decimals: 2, new CellOcrOptions().ThaiDigitMinConfidence);

        Assert.NotNull(score);
        output.WriteLine($"{score.Value.Text} {score.Value.Confidence:F3} {score.Value.Box}");
        Assert.Equal(expected, score.Value.Text);
    }

    [Fact]
    public void Read_OneDigitDoubtful_Null()
    {
        // ๙๔.๑๒ whose ๒ the digit model gives 0.51: the cell is left as read.
        var (image, binary) = Load("score-cell-weak-digit.png");

        Assert.Null(CellScores.Read(image, binary, decimals: 2, new CellOcrOptions().ThaiDigitMinConfidence));
    }

    [Fact]
    public void Read_ColumnPrintsOneDecimal_NullForTwo()
    {
        var (image, binary) = Load("score-cell-letters-point-glyph.png");

        Assert.Null(CellScores.Read(image, binary, decimals: 1, new CellOcrOptions().ThaiDigitMinConfidence));
    }

    private static (GrayImage Image, GrayImage Binary) Load(string fixture) => CellTables.LoadCrop(fixture);

    [Fact]
    public void MisreadInScoreColumn_ScoresReadAsLettersInAColumnOfScores_ThoseCells()
    {
        // ita-thapla-analysis-2567 (tuning) as main's build read its table: four of five scores damaged.
        var found = Candidates(
            ["ตัวชี้วัด", "ตัวชี้วัด", "คะแนน"],
            ["๑", "การปฏิบัติหน้าที่", "๙๘.๗๐"],
            ["๒ฯ", "การใช้งบประมาณ", "๙๔.๑๒๓"],
            ["๓", "การใช้อำนาจ", "๙ลญฒญ.๕๐"],
            ["๔", "การใช้ทรัพย์สินของราชภกภาร", "๘ธสส.ว๔"],
            ["๕", "การแก้ไขปัญหาการทุจริต", "ล๕ว.06"]);

        Assert.Equal([(8, 2), (11, 2), (14, 2), (17, 2)], found);
    }

    [Fact]
    public void MisreadInScoreColumn_PointLostAndSpecksAround_ThoseCells()
    {
        // ita-thoeng-years-2568 (tuning): "๘๘๒๕ ก" lost its point, "ฒณญ่๖๕ — ." its first digits.
        var found = Candidates(
            ["ตัวชี้วัด", "ปี ๒๕๖๖", "ปี ๒๕๖๗"],
            ["๖. คุณภาพการดำเนินงาน", "๘๔.๗๐", "ส ๙๐ ก'"],
            ["๗. ประสิทธิภาพการสื่อสาร", "๘๑.๔๐", "๘๘๒๕ ก"],
            ["๘. การปรับปรุงการทำงาน", "ฒณญ่๖๕ — .", "๘๕.๕๐"],
            ["๙. การเปิดเผยข้อมูล", "๘๖.๒๕", "๙๕.๗๕"]);

        Assert.Equal([(5, 2), (8, 2), (10, 2)], found);
    }

    [Theory]
    [InlineData("ผ่าน")]
    [InlineData("ไม่ผ่าน")]
    [InlineData("๑๒,๐๐๐.๐๐")]
    [InlineData("๒๕๖๖๗๘")]
    [InlineData("๑๐๐")]
    public void MisreadInScoreColumn_WordOrAmountAmongScores_None(string text)
    {
        var found = Candidates(["รายการ", "คะแนน"], ["ก", "๘๔.๗๐"], ["ข", "๘๑.๔๐"], ["ค", text], ["ง", "๘๖.๒๕"]);

        Assert.Empty(found);
    }

    [Fact]
    public void MisreadInScoreColumn_ColumnOfWords_None()
    {
        var found = Candidates(["รายการ", "หมายเหตุ"], ["ก", "ดำเนินการ"], ["ข", "๘ธสส.ว๔"], ["ค", "ไม่ผ่าน"], ["ง", "๘๖.๒๕"]);

        Assert.Empty(found);
    }

    private static IReadOnlyList<(int Cell, int Decimals)> Candidates(params string[][] rows)
    {
        var (cells, readings) = CellTables.Of(rows);
        return CellScores.MisreadInScoreColumn(cells, readings);
    }
}
