using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// ITA results whose wording wrapped over two lines, whose cue or grade OCR damaged, and tables of years read where
/// they stand; every sentence and table here was written for these tests.
/// </summary>
public class ItaWrappedAndDamagedTests
{
    private readonly ItaParser _parser = new();

    private IReadOnlyList<ItaResult> Results(params string[] lines) => _parser.Parse(lines, [], null, new List<string>()).Results;

    [Fact]
    public void Parse_CueEndsTheLineAndScoreOpensTheNext_OneResultWithItsYear()
    {
        var results = Results("ผลการประเมินประจำปีงบประมาณ ๒๕๖๔ ของหน่วยงานได้คะแนน", "รวม ๘๓.๑๒ คะแนน อยู่ในระดับ B และจะใช้เป็นแนวทางต่อไป");

        Assert.Equal(new ItaResult(2564, 83.12, "B"), Assert.Single(results));
    }

    [Fact]
    public void Parse_YearAtTheEndOfTheLineBeforeTheScore_ClauseYearAcrossTheBreak()
    {
        var results = Results("ได้คะแนน ๙๐.๑๐ อยู่ในระดับ A ขณะที่ปีงบประมาณ", "๒๕๖๒ ได้คะแนน ๗๗.๒๕ อยู่ในระดับ B", "ในปีงบประมาณ ๒๕๖๓");

        Assert.Contains(new ItaResult(2562, 77.25, "B"), results);
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Parse_GradeOnTheNextLineGluedToTheVerdict_GradeRead()
    {
        var results = Results("คะแนนรวมของปีงบประมาณ ๒๕๖๑ คิดเป็นร้อยละ ๖๗.๕๕ ระดับ", "6ไม่ผ่านเกณฑ์ที่กำหนด");

        Assert.Equal(new ItaResult(2561, 67.55, "C"), Assert.Single(results));
    }

    [Fact]
    public void Parse_CueReadAsLatinJunk_ScoreBeforeLevelStillAResult()
    {
        var results = Results("ปี พ.ศ. 2560 Td 53.10", "คะแนน ระดับ E ซึ่งต่ำกว่าเกณฑ์");

        Assert.Equal(new ItaResult(2560, 53.10, "E"), Assert.Single(results));
    }

    [Theory]
    [InlineData("ปีงบประมาณ ๒๕๖๓ ได้คะ แนน ๘๘.๔๐ คะแนน อยู่ในระดับ ภ.โดยมีตัวชี้วัดที่ต้องพัฒนา", 88.40, "A")]
    [InlineData("ปีงบประมาณ ๒๕๖๓ อยู่ในระดับ ษ ด้วยคะแนน ๗๖.๐๕", 76.05, "B")]
    public void Parse_GradeReadAsAThaiLetter_GradeOfTheScoresBand(string line, double score, string grade)
    {
        Assert.Equal(new ItaResult(2563, score, grade), Assert.Single(Results(line)));
    }

    [Fact]
    public void Parse_YearWithFiveReadAsFour_YearReadAgain()
    {
        var results = Results("เพื่อเตรียมการประเมินปีงบประมาณ ๒๕๖๘ โดยผลการประเมินปีงบประมาณ ๒๔๖๗ ได้คะแนน ๘๖.๐๐ อยู่ในระดับ A");

        Assert.Equal(new ItaResult(2567, 86.00, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_IndicatorGradedInAClause_NoOverallResult()
    {
        Assert.Empty(Results("ปีงบประมาณ ๒๕๖๖ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ๗๑.๒๐ คะแนน ระดับ C"));
    }

    [Fact]
    public void Parse_YearTableWithGarbledYearsAndGrades_YearsBetweenNeighboursAndGradesFromBands()
    {
        // The first year lost its ๒ to a letter, the second is unreadable, the grade cells of two rows read as letters.
        var table = new Table(5, 4,
        [
            Cell(0, 0, "ปีงบประมาณ"), Cell(0, 1, "คะแนนที่ได้"), Cell(0, 2, "ระดับผล"), Cell(0, 3, "ผลการประเมิน"),
            Cell(1, 0, "ใๆ๕๕๙"), Cell(1, 1, "๖๐.๔๐"), Cell(1, 2, "D"), Cell(1, 3, "ไม่ผ่าน"),
            Cell(2, 0, "Icom"), Cell(2, 1, "๗๐.๒๕"), Cell(2, 2, "ย็"), Cell(2, 3, "ไม่ผ่าน"),
            Cell(3, 0, "๒๕๖๑"), Cell(3, 1, "๘๙.๑๐"), Cell(3, 2, "ภ"), Cell(3, 3, "ผ่าน"),
            Cell(4, 0, "๒๔๖๒"), Cell(4, 1, "๙๗.๐๐"), Cell(4, 2, "AA"), Cell(4, 3, "ผ่าน"),
        ]);

        var results = _parser.Parse([], [table], null, new List<string>()).Results;

        Assert.Equal(
            [new ItaResult(2559, 60.40, "D"), new ItaResult(2560, 70.25, "C"), new ItaResult(2561, 89.10, "A"), new ItaResult(2562, 97.00, "AA")],
            results);
    }

    [Fact]
    public void Parse_YearTableWithOnlyAVerdict_ResultWithoutLetter()
    {
        var table = new Table(2, 3, [Cell(0, 0, "ปี"), Cell(0, 1, "คะแนน"), Cell(0, 2, "ผลการประเมิน"), Cell(1, 0, "๒๕๖๕"), Cell(1, 1, "๙๑.๑๑"), Cell(1, 2, "ผ่าน")]);

        Assert.Equal(new ItaResult(2565, 91.11, null), Assert.Single(_parser.Parse([], [table], null, new List<string>()).Results));
    }

    [Fact]
    public void Parse_IndicatorTableUnderItsYearHeading_TakesThatYearNotTheLastOneInTheText()
    {
        var table = new Table(3, 4,
        [
            Cell(0, 0, "ที่"), Cell(0, 1, "ตัวชี้วัด"), Cell(0, 2, "แบบวัด"), Cell(0, 3, "คะแนน"),
            Cell(1, 0, "๑"), Cell(1, 1, "การปฏิบัติหน้าที่"), Cell(1, 2, "IIT"), Cell(1, 3, "๙๓ู.๑๐"),
            Cell(2, 0, "ล"), Cell(2, 1, "การเปิดเผยข้อมูล"), Cell(2, 2, "OIT"), Cell(2, 3, "900.00"),
        ]);
        string[] lines = ["คะแนนรายตัวชี้วัดของปีงบประมาณ พ.ศ. ๒๕๖๒ เป็นดังนี้", "สำหรับการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๓ จะนำผลไปปรับปรุง"];

        var indicators = _parser.Parse(lines, [table], null, new List<string>(), tablePositions: [1]).Indicators;

        Assert.Equal([(1, 93.10, (int?)2562), (9, 100.0, 2562)], indicators.Select(i => (i.Number, i.Score, i.FiscalYear)));
    }

    [Fact]
    public void Parse_EraGarbledAfterAWrappedCueAndScoreWordsAfterASpeck_YearCarriedToTheNextSentence()
    {
        var results = Results(
            "ตามที่หน่วยงานได้รับการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ",
            "WAL. ๒๕๖๓ และได้รับแจ้งผลแล้วนั้น",
            "ผลการประเมินปรากฏว่าหน่วยงานได้คะ แนน ๘๖.๗๐",
            ". คะแนน อยู่ในระดับ A โดยมีตัวชี้วัดที่ต้องพัฒนา");

        Assert.Equal(new ItaResult(2563, 86.70, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_NoPlainYearAndFiveReadAsFour_YearFromItsLastDigits()
    {
        var results = Results("ปีงบประมาณ ๒๔๕๙ ได้คะแนน ๗๐.๐๐ อยู่ในระดับ C");

        Assert.Equal(new ItaResult(2559, 70.00, "C"), Assert.Single(results));
    }

    [Fact]
    public void IndicatorsIn_NumberMisreadBeforeAnOfficialName_NumberOfTheName()
    {
        var indicator = Assert.Single(ItaParser.IndicatorsIn("ตัวชี้วัดที่ 4 การแก้ไขปัญหาการทุจริต ได้ 74.80 คะแนน"));

        Assert.Equal((5, 74.80), (indicator.Number, indicator.Score));
    }

    [Fact]
    public void IndicatorsIn_NameOutsideTheOfficialList_PrintedNumberKept()
    {
        var indicator = Assert.Single(ItaParser.IndicatorsIn("ตัวชี้วัดที่ 4 ความพึงพอใจของผู้รับบริการ ได้ 74.80 คะแนน"));

        Assert.Equal(4, indicator.Number);
    }

    private static TableCell Cell(int row, int column, string text) => new(row, column, 1, 1, [text], null, 1);
}
