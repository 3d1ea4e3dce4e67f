using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

using static DocIngest.Core.Tests.Parsing.Ita.ItaInput;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// ITA results as the session-19 tuning documents (eval/documents-tune/ita19-*) print them and as OCR read them: a score
/// and its grade on label lines (คะแนนที่ได้ : … / ระดับผลการประเมิน : …), a total whose grade comes a few words or a line
/// on, a target or pass mark worded like a score, a score whose point OCR read as a space, a year table whose grade cells
/// OCR garbled. Every line and table was written for these tests.
/// </summary>
public class ItaUnseenWordingsTests
{
    [Fact]
    public void Parse_ScoreAndGradeOnLabelLines_ResultPerYearHeading()
    {
        var results = Parse(
            "๑. ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            "คะแนนที่ได้ : ๘๑.๔๖ คะแนน",
            "ระดับผลการประเมิน : B",
            "ผลการประเมิน : ไม่ผ่านเกณฑ์ (เกณฑ์ผ่าน ๘๕ คะแนน)",
            "๒. ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
            "คะแนนที่ได้ : ๗๒.๐๒ คะแนน",
            "ระดับผลการประเมิน : 6",
            "ผลการประเมิน : ไม่ผ่านเกณฑ์").Results;

        Assert.Equal([new ItaResult(2567, 81.46, "B"), new ItaResult(2566, 72.02, "C")], results);
    }

    [Fact]
    public void Parse_TotalWithGradeAfterFullMarksTwoLinesOn_Graded()
    {
        var results = Parse(
            "ในปีงบประมาณ พ.ศ. ๒๕๖๗ โรงพยาบาลนาหว้าได้",
            "คะแนนรวม ๘๙.๗๔ คะแนน จากคะแนนเต็ม ๑๐๐ คะแนน ทำให้",
            "ผลการประเมินอยในระดับ A").Results;

        Assert.Equal(new ItaResult(2567, 89.74, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_GradeAfterAnotherYearsClause_NotTakenByTheTotal()
    {
        // The grade after และ belongs to the clause of the year before, not to this year's total.
        var results = Parse("ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนนรวม ๘๙.๗๔ คะแนน และปี พ.ศ. ๒๕๖๖ อยู่ในระดับ B").Results;

        Assert.Equal(new ItaResult(2567, 89.74, null), Assert.Single(results));
    }

    [Fact]
    public void Parse_TargetWordedLikeAScore_NoResult()
    {
        var results = Parse(
            "ปี พ.ศ. 2567 ได้ 95.10 คะแนน (ระดับ AA ผ่าน)",
            "สำนักงานตั้งเป้าหมายให้ได้คะแนนไม่ต่ำกว่า 90.00 คะแนน ใน",
            "ปีงบประมาณ พ.ศ. 2568 โดยรักษาระดับการเปิดเผยข้อมูลบนเว็บไซต์").Results;

        Assert.Equal(new ItaResult(2567, 95.10, "AA"), Assert.Single(results));
    }

    [Fact]
    public void Parse_ScoreWhosePointWasReadAsASpace_ScoreWithDecimals()
    {
        var results = Parse(
            "ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ที่ได้ ๘๔ ๑๑",
            "คะแนน (ระดับ 8) รายละเอียดตามผลการวิเคราะห์").Results;

        Assert.Equal(new ItaResult(2566, 84.11, "B"), Assert.Single(results));
    }

    [Fact]
    public void Parse_YearAfterCueWithSpace_NotTakenForAScore()
    {
        // "พ.ศ. 25 67" is a year split by a space, no score of 25.67.
        var results = Parse("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๒๕ ๖๗").Results;

        Assert.Empty(results);
    }

    [Fact]
    public void Parse_YearTableWithGarbledGradeCells_GradesFromTheirScores()
    {
        var table = Grid(
            ["ปีงบประมาณ", "คะแนนที่ได้", "ระดับผลการ\nประเมิน", "ผ่าน/ไม่ผ่าน\nเกณฑ์"],
            ["๒๕๖๒", "๕๓.๔๐.", "E", "ไม่ผ่าน"],
            ["๒๕๖๓", "๖๑.๘๘", "0 =", "ไม่ผ่าน"],
            ["๒๕๖๔", "๗๒.๑๒", "16", "ไม่ผ่าน"],
            ["๒๕๖๕", "๘๘.๙๐", "ก ' น", "ผ่าน"]);

        var results = Parser.Parse([], [table], null, new List<string>()).Results;

        Assert.Equal([new ItaResult(2562, 53.40, "E"), new ItaResult(2563, 61.88, "D"), new ItaResult(2564, 72.12, "C"),
            new ItaResult(2565, 88.90, "A")], results);
    }

    [Fact]
    public void Parse_YearTableGradeCellHoldingWords_NoGrade()
    {
        // A cell of words under ระดับ is no garbled letter: the grade stays unknown rather than a band.
        var table = Grid(
            ["ปีงบประมาณ", "คะแนน", "ระดับ"],
            ["๒๕๖๕", "๘๘.๙๐", "รอประกาศผล"],
            ["๒๕๖๖", "๙๐.๑๐", "A"]);

        var results = Parser.Parse([], [table], null, new List<string>()).Results;

        Assert.Equal([new ItaResult(2565, 88.90, null), new ItaResult(2566, 90.10, "A")], results);
    }

    [Fact]
    public void Parse_YearRowsReadAsLines_ResultPerYearWithLookalikeGrades()
    {
        // A borderless list of years: C read as 0 (no letter: its score's band), B as 8.
        var results = Parse("๑. ผลการประเมินย้อนหลัง", "ปี ๒๕๖๔ ๗๔.๓๐ 0", "ปี ๒๕๖๕ ๖๘.๙๕ C", "ปี ๒๕๖๖ ๘๒.๔๐ 8").Results;

        Assert.Equal([new ItaResult(2564, 74.30, "C"), new ItaResult(2565, 68.95, "C"), new ItaResult(2566, 82.40, "B")], results);
    }

    [Fact]
    public void Parse_LabelWithBracketedGradeNoUnit_Result()
    {
        var results = Parse("คะแนน ITA ปี ๒๕๖๗ : ๘๖.๕๕ (A)").Results;

        Assert.Equal(new ItaResult(2567, 86.55, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_VerdictBeforeGrade_GradeKept()
    {
        var results = Parse("ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๘๖.๕๕ คะแนน ผลการประเมิน ผ่าน ระดับ A").Results;

        Assert.Equal(new ItaResult(2567, 86.55, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_PreparedYearInBracketsBeforeScore_ScoredYearKept()
    {
        // The bracket opens on one line and closes on the next, before the score.
        var results = Parse(
            "การประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (ผลที่ใช้จัดทำ",
            "มาตรการปีงบประมาณ พ.ศ. ๒๕๖๘) ได้ ๘๖.๕๕ คะแนน ผลการ",
            "ประเมิน ผ่าน ระดับ A โดยตัวชี้วัดการป้องกันการทุจริตยังได้คะแนนต่ำที่สุด").Results;

        Assert.Equal(new ItaResult(2567, 86.55, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_YearAloneInBrackets_TheScoresYear()
    {
        var results = Parse(
            "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗",
            "ผลการประเมิน ITA (ปีงบประมาณ พ.ศ. ๒๕๖๖) ได้คะแนน ๘๐.๑๒ ระดับ B").Results;

        Assert.Equal(new ItaResult(2566, 80.12, "B"), Assert.Single(results));
    }
}
