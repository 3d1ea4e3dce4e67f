using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// Overall ITA results: each score with its grade and the fiscal year its own clause names, in wordings the samples
/// do not use.
/// </summary>
public class ItaResultYearTests
{
    private readonly ItaParser _parser = new();

    [Theory]
    [InlineData("ผลการประเมิน ITA ได้คะแนน ๘๕.๒๐ คะแนน ซึ่งอยู่ในระดับ A", 85.2, "A")]
    [InlineData("ผลการประเมินอยู่ในระดับ AA ด้วยคะแนน ๙๖.๑๕", 96.15, "AA")]
    [InlineData("หน่วยงานได้ระดับ C (๖๔.๓๒ คะแนน)", 64.32, "C")]
    // A verdict alone is a result without a grade: the schema's grades are letters.
    [InlineData("ได้ 91.02 คะแนน ผ่านเกณฑ์การประเมิน", 91.02, null)]
    [InlineData("ผลคะแนนรวม 72.40 คะแนน ไม่ผ่านเกณฑ์", 72.4, null)]
    public void Parse_ScoreWithGradeInOtherWordings_ScoreAndGrade(string line, double score, string? grade)
    {
        var result = Assert.Single(_parser.Parse([line], [], 2566, new List<string>()).Results);

        Assert.Equal(score, result.Score, 3);
        Assert.Equal(grade, result.Grade);
    }

    [Theory]
    // The year being prepared first, the scored year in the score's own clause.
    [InlineData("เพื่อเตรียมความพร้อมการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ โดยผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๑.๒๔ อยู่ในระดับ B", 2567)]
    // The scored year after the score, the prepared year in the next clause.
    [InlineData("หน่วยงานได้คะแนน ๘๑.๒๔ อยู่ในระดับ B ในปี พ.ศ. ๒๕๖๗ และจะนำผลไปปรับปรุงการประเมินปี พ.ศ. ๒๕๖๘", 2567)]
    // The scored year before, in a clause of its own after ซึ่ง.
    [InlineData("ผลการประเมิน ITA ปี 2566 ซึ่งได้คะแนน 70.15 อยู่ในระดับ C ส่วนปี 2567 ยังไม่ประกาศผล", 2566)]
    public void Parse_SentenceNamingTwoYears_ScoreTakesItsClausesYear(string line, int year)
    {
        var result = Assert.Single(_parser.Parse([line], [], 2568, new List<string>()).Results);

        Assert.Equal(year, result.FiscalYear);
    }

    [Fact]
    public void Parse_TwoScoresTwoYearsOneSentence_EachItsOwn()
    {
        const string line = "ปี พ.ศ. 2566 ได้คะแนน 70.15 อยู่ในระดับ C และปี พ.ศ. 2567 ได้คะแนน 81.24 อยู่ในระดับ B";

        var results = _parser.Parse([line], [], 2568, new List<string>()).Results;

        Assert.Equal([(2566, 70.15, "C"), (2567, 81.24, "B")], results.Select(r => (r.FiscalYear!.Value, r.Score, r.Grade!)));
    }

    [Fact]
    public void Parse_GarbledScoredYear_RepairedFromSurvivingDigitsNotTheOtherYear()
    {
        // พ.ศ. read as w.ศ. and the third digit lost: the clause still names a year, 25?7, which only 2567 fits near 2568.
        const string line = "เพื่อเตรียมการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 โดยผลการประเมิน w.ศ. 25x7 ได้คะแนน 81.24 อยู่ในระดับ B";

        var result = Assert.Single(_parser.Parse([line], [], 2568, new List<string>()).Results);

        Assert.Equal(2567, result.FiscalYear);
    }

    [Fact]
    public void Parse_GarbledCueBeforeYear_YearStillItsClauses()
    {
        const string line = "ในการประเมินปี 2568 นั้น โดยผลการประเมิน w.ศ. 2567 ได้คะแนน 81.24 อยู่ในระดับ B";

        Assert.Equal(2567, Assert.Single(_parser.Parse([line], [], 2568, new List<string>()).Results).FiscalYear);
    }

    [Fact]
    public void Parse_UnreadableScoredYear_NoNeighboursYear()
    {
        // Nothing of the year survived but its cue: the score's year is unknown, not the 2568 of the other clause.
        const string line = "เพื่อเตรียมการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 โดยผลการประเมินปี 2xxx ได้คะแนน 81.24 อยู่ในระดับ B";

        var result = Assert.Single(_parser.Parse([line], [], null, new List<string>()).Results);

        Assert.NotEqual(2568, result.FiscalYear);
    }

    [Fact]
    public void Parse_ScoreOnTheLineAfterItsYear_TakesThatYear()
    {
        string[] lines = ["ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", "หน่วยงานได้คะแนน ๗๘.๕๐ คะแนน อยู่ในระดับ B"];

        Assert.Equal(2566, Assert.Single(_parser.Parse(lines, [], 2568, new List<string>()).Results).FiscalYear);
    }

    [Fact]
    public void Parse_ActsYearBeforeTheScore_NotTheAssessmentYear()
    {
        string[] lines =
        [
            "ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
            "ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ หน่วยงานได้คะแนน ๘๘.๑๐ คะแนน อยู่ในระดับ A",
            "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ร้อยละ ๙๐.๕๐",
        ];

        var findings = _parser.Parse(lines, [], 2568, new List<string>());

        Assert.Equal(2566, Assert.Single(findings.Results).FiscalYear);
        Assert.Equal(2566, Assert.Single(findings.Indicators).FiscalYear);
    }

    [Fact]
    public void Parse_TableOfYearsScoresAndGrades_OneResultPerRow()
    {
        var table = new Table(3, 3,
        [
            new TableCell(0, 0, 1, 1, ["ปีงบประมาณ"], null, 1.0), new TableCell(0, 1, 1, 1, ["คะแนน ITA"], null, 1.0), new TableCell(0, 2, 1, 1, ["ระดับผลการประเมิน"], null, 1.0),
            new TableCell(1, 0, 1, 1, ["๒๕๖๕"], null, 1.0), new TableCell(1, 1, 1, 1, ["๗๘.๔๐"], null, 1.0), new TableCell(1, 2, 1, 1, ["B"], null, 1.0),
            new TableCell(2, 0, 1, 1, ["๒๕๖๖"], null, 1.0), new TableCell(2, 1, 1, 1, ["๙๑.๐๒"], null, 1.0), new TableCell(2, 2, 1, 1, ["ระดับ AA"], null, 1.0),
        ]);

        var results = _parser.Parse([], [table], 2567, new List<string>()).Results;

        Assert.Equal([new ItaResult(2565, 78.4, "B"), new ItaResult(2566, 91.02, "AA")], results);
    }
}
