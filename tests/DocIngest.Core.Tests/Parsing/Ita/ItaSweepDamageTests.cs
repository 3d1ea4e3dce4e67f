using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// ITA wordings and OCR damage the font sweep (tools/sweep/ita_sweep.py) showed on the sweep-tune fonts: the grade after
/// "ผลการประเมินอยู่ในระดับ", years behind specks or glued to the next word, ปี after ITA read as a Latin letter, year
/// tables whose headings OCR garbled, a grade letter read twice. Lines written for these tests.
/// </summary>
public class ItaSweepDamageTests
{
    private readonly ItaParser _parser = new();

    private List<ItaResult> Results(params string[] lines) => _parser.Parse(lines, [], null, new List<string>()).Results.ToList();

    [Theory]
    [InlineData("ผลคะแนน ITA ปีงบประมาณ พ.ศ. ๒๕๖๓ เท่ากับ ๖๕.๓๕ คะแนน ผลการประเมินอยู่ในระดับ C", 2563, 65.35, "C")]
    [InlineData("ในปี พ.ศ. ๒๕๖๖ มีผลคะแนน ITA ๘๓.๗๙ คะแนน ผลการประเมินอยู่ในระดับ B", 2566, 83.79, "B")]
    [InlineData("ในปีงบประมาณ 2564 มีผลคะแนน ITA 96.97 คะแนน ผลการประเมิน อยู่ในระดับ AA", 2564, 96.97, "AA")]
    public void Parse_GradeAfterAssessmentInLevel_ResultWithGrade(string line, int year, double score, string grade)
    {
        var result = Assert.Single(Results(line));

        Assert.Equal(new ItaResult(year, score, grade), result);
    }

    [Fact]
    public void Parse_AssessmentInLevelWrapped_GradeOnTheNextLine()
    {
        // "… คะแนน ผล" / "การประเมินอยู่ในระดับ 0": the cue split after ผล, the grade D read as 0 (its score's band).
        var results = Results("ในปีงบประมาณ พ.ศ. ๒๕๖๒ มีผลคะแนน ITA ๖๔.๖๓ คะแนน ผล", "การประเมินอยู่ในระดับ 0");

        Assert.Equal(new ItaResult(2562, 64.63, "D"), Assert.Single(results));
    }

    [Theory]
    // A speck before the year, the next word glued to it, ปี after ITA read as a Latin letter.
    [InlineData("ปี '๒๕๖๒ ได้คะแนนรวม ๙๕.๔๕ คะแนน ระดับ AA", 2562)]
    [InlineData("ส่วนปีงบประมาณ พ.ศ. ๒๕๖๓ได้ ๘๗.๗๐ คะแนน ระดับ A", 2563)]
    [InlineData("ผลการประเมิน ITA U ๒๕๖๒ มีผลคะแนน ๗๘.๑๐ คะแนน ซึ่งอยู่ในระดับ B", 2562)]
    [InlineData("ส่วนปีงบประมาณ พ.ศ. ๒๔ว๓ได้ ๘๗.๗๐ คะแนน ระดับ A", 2563)]
    [InlineData("ส่วนปีงบประมาณพ.ศ. . ๒๕๖๓ ซึ่งได้ ๘๗.๗๐ คะแนน ระดับ A", 2563)]   // a speck between the era and the year
    [InlineData("ส่วนปี พ.ศ. , ๒๕๖๓ ได้ ๘๗.๗๐ คะแนน ระดับ A", 2563)]
    public void Parse_YearDamagedAroundIt_TheYearOfItsClause(string line, int year)
    {
        // The line before names another year: a year missed here would be borrowed from it.
        var results = Results("ในปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนน ๗๐.๑๐ คะแนน ระดับ C", line);

        Assert.Equal(2, results.Count);
        Assert.Equal(year, results[1].FiscalYear);
    }

    [Theory]
    // A look-alike digit whose letter is not the score's band: the band when the glyph may stand for it (6 beside
    // 52.85 is E, 4 beside 96.10 is AA); one that agrees is kept.
    [InlineData("ในปี พ.ศ. 2562 ได้คะแนน 52.85 คะแนน อยู่ในระดับ 6", "E")]
    [InlineData("ในปี พ.ศ. 2562 ได้คะแนน 68.85 คะแนน อยู่ในระดับ 6", "C")]
    [InlineData("ในปี พ.ศ. 2562 ได้คะแนน 96.10 คะแนน อยู่ในระดับ 4", "AA")]
    public void Parse_LookalikeGradeOutsideItsScoresBand_TheBand(string line, string grade)
    {
        Assert.Equal(grade, Assert.Single(Results(line)).Grade);
    }

    [Theory]
    // B printed beside a score of A's band and read as 8 (or 13): 8 is B's look-alike only, so the printed grade stands.
    [InlineData("ในปี พ.ศ. 2562 ได้คะแนน 91.20 คะแนน อยู่ในระดับ 8")]
    [InlineData("ในปี พ.ศ. 2562 ได้คะแนน 85.40 คะแนน อยู่ในระดับ 13")]
    [InlineData("ในปี พ.ศ. 2562 อยู่ในระดับ 8 ด้วยคะแนน 85.40 คะแนน")]
    public void Parse_LookalikeOfOneLetterOutsideItsScoresBand_ThatLetter(string line)
    {
        Assert.Equal("B", Assert.Single(Results(line)).Grade);
    }

    [Fact]
    public void Parse_PrintedLetterOutsideItsScoresBand_KeptAsPrinted()
    {
        // A letter read as a letter is what the page says, band or not.
        Assert.Equal("B", Assert.Single(Results("ในปี พ.ศ. 2562 ได้คะแนน 91.20 คะแนน อยู่ในระดับ B")).Grade);
    }

    [Fact]
    public void Parse_GradeEReadAsEuroSign_E()
    {
        Assert.Equal("E", Assert.Single(Results("ปีงบประมาณ 2562 มีผลคะแนน 53.62 คะแนน ซึ่งอยู่ในระดับ € ไม่ผ่านเกณฑ์")).Grade);
    }

    [Fact]
    public void Parse_ScoreWordWithALetterReadTwice_Result()
    {
        var result = Assert.Single(Results("ในปีงบประมาณ 2563 มีผลคะแนน ITA 55.55 คะแนแน ผลการประเมินอยู่ในระดับ D"));

        Assert.Equal(new ItaResult(2563, 55.55, "D"), result);
    }

    [Theory]
    // A number below ten where a score stands: a stray number of a garbled line, or a score whose tens digit no grade restores.
    [InlineData("ปีงบประมาณ 2565 ได้ 2 คะแนน ระดับ A")]
    [InlineData("ในปีงบประมาณ ๒๕๖๕ ได้คะแนน ๓.๐๑ คะแนน ไม่ผ่านเกณฑ์")]
    public void Parse_ScoreBelowTen_NoResult(string line)
    {
        Assert.Empty(Results(line));
    }

    [Fact]
    public void Parse_NoPlainYearAnywhere_GarbledYearsReadNearTheOneThatIsUnique()
    {
        // No year of the document was read whole and none is given: "2464" (its 5 read as 4) is 2564 over the whole range;
        // "24ฯ3" then reads as the 25x3 near it, not as a year left unknown.
        var results = _parser.Parse(
            ["ขณะที่ปีงบประมาณ ๒๔๖๔ ได้คะแนน ๗๘.๓๐ อยู่ในระดับ B", "ส่วนคะแนนรวมของปีงบประมาณ ๒๔ฯ๓ คิดเป็นร้อยละ ๖๖.๑๒ ระดับ C"],
            [], null, new List<string>()).Results;

        Assert.Equal([new ItaResult(2564, 78.30, "B"), new ItaResult(2563, 66.12, "C")], results);
    }

    [Theory]
    // A score's point read as a comma, quote marks after a score, a grade glued to its verdict read "เผ่าน".
    [InlineData("ในปีงบประมาณ 2561 มีผลคะแนน ITA 76,61 คะแนน ผลการประเมินอยู่ในระดับ B", 2561, 76.61, "B")]
    [InlineData("ในปี ๒๕๖๓ ได้คะแนน ๙๘.๘๙” คะแนน (ระดับ AA)", 2563, 98.89, "AA")]
    [InlineData("ผลการประเมิน ITA ปีงบประมาณ ๒๕๖๒ มีผลคะแนน ๙๒.๒๑ คะแนน ซึ่งอยู่ในระดับ 4เผ่านเกณฑ์", 2562, 92.21, "A")]
    [InlineData("ปี | ๒๕๖๔ ได้คะแนนรวม ๙๗.๘๒ คะแนน ระดับ AA", 2564, 97.82, "AA")]
    public void Parse_ScoreOrGradeWithSpecks_Result(string line, int year, double score, string grade)
    {
        Assert.Equal(new ItaResult(year, score, grade), Assert.Single(Results(line)));
    }

    [Fact]
    public void Parse_GradeReadTwice_TheLetter()
    {
        var result = Assert.Single(Results("ปีงบประมาณ พ.ศ. ๒๕๖๔ ได้คะแนน ๗๒.๖๗ คะแนน ระดับ Cc"));

        Assert.Equal("C", result.Grade);
    }

    [Fact]
    public void Parse_YearTableWithGarbledHeadings_ColumnsFoundFromTheirCells()
    {
        // The year heading read "ปข้งบประมาณ", the score heading lost, a score without its point, a grade read twice.
        var table = Table(
            ["ปข้งบประมาณ", "", "ระดับ", "ผลกถารประเมิน"],
            ["2565", "8414", "B", "ไม่ผ่าน"],
            ["2566", "58.50", "D", "ไม่ผ่าน"],
            ["2567", "91.74", "Cc", "ผ่าน"]);

        var results = _parser.Parse([], [table], null, new List<string>()).Results;

        Assert.Equal([new ItaResult(2565, 84.14, "B"), new ItaResult(2566, 58.50, "D"), new ItaResult(2567, 91.74, "C")], results);
    }

    [Fact]
    public void Parse_YearTableWithoutGradeHeading_GradeColumnFromItsCells()
    {
        var table = Table(
            ["ปีงบประมาณ", "คะแนน", "", "ผล"],
            ["2563", "58.96", "D", "ไม่ผ่าน"],
            ["2564", "72.67", "C", "ไม่ผ่าน"]);

        var results = _parser.Parse([], [table], null, new List<string>()).Results;

        Assert.Equal([new ItaResult(2563, 58.96, "D"), new ItaResult(2564, 72.67, "C")], results);
    }

    [Fact]
    public void Parse_TableWithoutYearColumn_NoResults()
    {
        // Scores and grades but no column of years: no year table, whatever its headings.
        var table = Table(
            ["รายการ", "", "ระดับ"],
            ["แบบวัด IIT", "91.20", "A"],
            ["แบบวัด EIT", "84.10", "B"]);

        Assert.Empty(_parser.Parse([], [table], null, new List<string>()).Results);
    }

    private static Table Table(params string[][] rows)
    {
        var cells = new List<TableCell>();
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
                cells.Add(new TableCell(r, c, 1, 1, [rows[r][c]], null, 1));
        return new Table(rows.Length, rows[0].Length, cells);
    }
}
