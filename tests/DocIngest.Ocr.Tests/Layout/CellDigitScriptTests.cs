using DocIngest.Core.Content;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellDigitScriptTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("number-cell-arabic-6-photocopy.png", "๓")]
    [InlineData("number-cell-arabic-6-photocopy-wide.png", "๓")]
    [InlineData("number-cell-arabic-5-photocopy.png", "๑")]
    public void ThaiDigitsOf_LoneThaiDigitTheEngineReadAsArabic_TheThaiDigit(string fixture, string expected)
    {
        // Padded cell crops of two bilevel tuning pages as the cell recogniser read them (Fixtures/layout/README.md).
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0);
        var binary = new SauvolaBinarizer().Binarize(image);

        var digits = CellRecognizer.ThaiDigitsOf(image, binary, minCount: 1, maxCount: 1, minConfidence: new CellOcrOptions().ThaiDigitMinConfidence);

        Assert.NotNull(digits);
        output.WriteLine($"{digits.Value.Text} {digits.Value.Confidence:F3} {digits.Value.Box}");
        Assert.Equal(expected, digits.Value.Text);
    }

    [Fact]
    public void ThaiDigitsOf_TwoDigitsCounted_NullForOneGlyph()
    {
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout("number-cell-arabic-5-photocopy.png")), 0);

        Assert.Null(CellRecognizer.ThaiDigitsOf(image, new SauvolaBinarizer().Binarize(image), minCount: 2, maxCount: 2, minConfidence: 0.5));
    }

    private static GridCell Cell(int row, int column) => new(row, column, 1, 1, new BoundingBox(column * 100, row * 50, 100, 50), new BoundingBox(column * 100 + 2, row * 50 + 2, 96, 46));

    private static CellReading Reading(string text) =>
        text.Length == 0 ? CellReading.Empty : new CellReading([new TextLine(text, new BoundingBox(0, 0, 10, 10), 0.95)], 0.95, HasInk: true);

    private static (List<GridCell> Cells, List<CellReading> Readings) Table(string[][] rows)
    {
        var cells = new List<GridCell>();
        var readings = new List<CellReading>();
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
            {
                cells.Add(Cell(r, c));
                readings.Add(Reading(rows[r][c]));
            }
        return (cells, readings);
    }

    private static IReadOnlyList<int> Candidates(params string[][] rows)
    {
        var (cells, readings) = Table(rows);
        return CellRecognizer.ArabicDigitCellsInThaiTable(cells, readings);
    }

    [Fact]
    public void ArabicDigitCellsInThaiTable_OneArabicItemNumberAmongThai_ThatCell()
    {
        var found = Candidates(["ลำดับ", "รายการ"], ["๑", "งบลงทุน ๒๕๖๒"], ["๒", "งบดำเนินงาน"], ["6", "งบประมาณ"], ["๔", "ค่าใช้จ่าย"]);

        Assert.Equal([6], found);
    }

    [Fact]
    public void ArabicDigitCellsInThaiTable_ColumnOfArabicItemNumbersBesideThaiAmounts_None()
    {
        var found = Candidates(["1", "๑,๒๐๐.๐๐"], ["2", "๓๐๐.๐๐"], ["3", "๔๕.๐๐"]);

        Assert.Empty(found);
    }

    [Fact]
    public void ArabicDigitCellsInThaiTable_AnotherCellHoldsArabicDigits_None()
    {
        var found = Candidates(["๑", "งบ 2562"], ["6", "งบดำเนินงาน"], ["๓", "ค่าใช้จ่าย"]);

        Assert.Empty(found);
    }

    [Fact]
    public void ArabicDigitCellsInThaiTable_NoThaiDigitInItsColumn_None()
    {
        var found = Candidates(["ลำดับ", "๑๒๐"], ["ก", "๓๐"], ["6", "๔๕"]);

        Assert.Empty(found);
    }

    [Fact]
    public void ArabicDigitCellsInThaiTable_ArabicDigitInARowOfThaiQuarters_ThatCell()
    {
        // A chart's quarters under a year: ๒ read "6", its column below empty (tools/corpus/quarter-tables.py, tuning).
        var found = Candidates(["", "", "๒๕๖๗", "", "", ""], ["ที่", "โครงการ", "๑", "6", "๓", "๔"], ["๑", "อบรม", "", "", "", ""]);

        Assert.Equal([9], found);
    }

    private static IReadOnlyList<int> Misread(params string[][] rows)
    {
        var (cells, readings) = Table(rows);
        return CellRecognizer.MisreadCellsInThaiNumberColumn(cells, readings);
    }

    [Fact]
    public void MisreadCellsInThaiNumberColumn_LoneDigitReadAsLettersAmongItemNumbers_ThatCell()
    {
        // ethics-action-plan p111 (tuning): the item numbers ๗ and ๙ read "เม" and "เวง" in a column of ๖ and ๘.
        var found = Misread(["ที่", "มาตรการ"], ["๖", "ส่งเสริมจิตอาสา"], ["เม", "กำกับติดตามผล"], ["๘", "สร้างเครือข่าย"], ["เวง", "ประเมินผล"]);

        Assert.Equal([4, 8], found);
    }

    [Fact]
    public void MisreadCellsInThaiNumberColumn_TheColumnsHeading_None()
    {
        // ที่ heads a column of item numbers: a word the digit model must not be asked to read (ท looks like ๗).
        var found = Misread(["ที่", "รายการ"], ["๑", "ค่าตอบแทน"], ["๒", "ค่าใช้สอย"], ["๓", "ค่าวัสดุ"]);

        Assert.Empty(found);
    }

    [Fact]
    public void MisreadCellsInThaiNumberColumn_LoneDigitReadAsALetterInARowOfQuarters_ThatCell()
    {
        // ๔ read "ค" at the end of each year's quarters; the quarters head columns that hold nothing below.
        var found = Misread(["ที่", "โครงการ", "๑", "๒", "๓", "ค", "๑", "๒", "๓", "ค"], ["๑", "อบรม", "", "", "", "", "", "", "", ""]);

        Assert.Equal([5, 9], found);
    }

    [Fact]
    public void MisreadCellsInThaiNumberColumn_HeadingBesideARowOfQuarters_None()
    {
        // ที่ shares the quarters' row, but its neighbour is a word: no number's place.
        var found = Misread(["ที่", "โครงการ", "๑", "๒", "๓", "๔"], ["๑", "อบรม", "", "", "", ""]);

        Assert.Empty(found);
    }

    [Fact]
    public void MisreadCellsInThaiNumberColumn_ColumnOfText_None()
    {
        var found = Misread(["ลำดับ", "งบ"], ["ด", "ค่าใช้สอย"], ["๑", "ค่าวัสดุ"], ["เม", "ค่าจ้าง"], ["กอง", "ค่าจ้าง"]);

        Assert.Empty(found);
    }
}
