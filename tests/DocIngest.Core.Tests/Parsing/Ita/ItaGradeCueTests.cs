using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// Grades after cues other than อยู่ในระดับ (เกรด, ผลการประเมิน), grades OCR read as a lone digit, a grade cue set on a
/// line of its own, a score whose point moved, a year cue whose year came out as signs (lines written for these tests
/// after the OCR of the scan- tuning documents).
/// </summary>
public class ItaGradeCueTests
{
    private readonly ItaParser _parser = new();

    private List<ItaResult> Results(params string[] lines) => _parser.Parse(lines, [], null, new List<string>()).Results.ToList();

    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๔ ได้ ๘๓.๐๕ คะแนน เกรด B ผ่านเกณฑ์", 2564, 83.05, "B")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้ ๙๒.๓๘ คะแนน ได้เกรด A ผ่านเกณฑ์การประเมิน", 2565, 92.38, "A")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๓ มีผลคะแนน ๕๘.๗๐ คะแนน ผลการประเมิน D ไม่ผ่านเกณฑ์", 2563, 58.70, "D")]
    [InlineData("สำหรับปีงบประมาณ พ.ศ. ๒๕๖๖ โรงพยาบาลได้คะแนน ๖๙.๔๐ คะแนน ผลการประเมินระดับ C ไม่ผ่าน", 2566, 69.40, "C")]
    public void Parse_GradeAfterOtherCue_ResultWithGrade(string line, int year, double score, string grade)
    {
        var result = Assert.Single(Results(line));

        Assert.Equal(new ItaResult(year, score, grade), result);
    }

    [Theory]
    // A Latin grade OCR read as a digit that is no look-alike of one: the band its score falls in.
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้ ๙๒.๓๘ คะแนน ได้เกรด 2 ผ่านเกณฑ์", 92.38, "A")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนน ๖๙.๔๐ คะแนน ผลการประเมินระดับ ๑ ไม่ผ่านเกณฑ์", 69.40, "C")]
    public void Parse_GradeReadAsLoneDigit_BandOfScore(string line, double score, string grade)
    {
        var result = Assert.Single(Results(line));

        Assert.Equal(new ItaResult(2565, score, grade), result);
    }

    [Fact]
    public void Parse_NumberAfterLevel_NoGrade()
    {
        // ระดับ ๑๒.๕ (a number that goes on) is no grade: the score of the year stays without one.
        var result = Assert.Single(Results("ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้ ๘๘.๑๒ คะแนน ระดับ ๑๒.๕"));

        Assert.Null(result.Grade);
    }

    [Fact]
    public void Parse_WrappedCueAndGrade_Paired()
    {
        // "คะแนน-ผล" / "การประเมิน D": the cue split over the line break.
        var result = Assert.Single(Results("ปีงบประมาณ พ.ศ. ๒๕๖๓ มีผลคะแนน ๕๘.๗๐ คะแนน-ผล", "การประเมิน D ไม่ผ่านเกณฑ์"));

        Assert.Equal(new ItaResult(2563, 58.70, "D"), result);
    }

    [Fact]
    public void Parse_GradeCueOnALineOfItsOwn_JoinedToTheGrade()
    {
        var result = Assert.Single(Results("ปีงบประมาณ พ.ศ. ๒๕๖๖ โรงพยาบาลได้ ๘๙.๒๔ คะแนน", "ระดูั", "A ส่วนปีงบประมาณ พ.ศ. ๒๕๖๕ ตัวชี้วัดที่ยังต่ำ"));

        Assert.Equal(new ItaResult(2566, 89.24, "A"), result);
    }

    [Fact]
    public void Parse_ScorePointReadOneDigitEarly_ScoreOfTwoDecimals()
    {
        var result = Assert.Single(Results("ในปีงบประมาณ พ.ศ. ๒๕๖๔ ได้คะแนน ๗.๘๕๖ คะแนน อยู่ในระดับ B"));

        Assert.Equal(new ItaResult(2564, 78.56, "B"), result);
    }

    [Fact]
    public void Parse_IndicatorLinesWithDamagedCues_Read()
    {
        var findings = _parser.Parse(["ตวชวดท ๑ การปฏิบัติหน้าที่ ร้อยคะ ๘๘.๔๐", "ตัวชี้วัดที่ ๓ การใช้อำนาจ รอยละ ๘๔.๖๐"], [], 2566, new List<string>());

        Assert.Equal([(1, 88.40), (3, 84.60)], findings.Indicators.Select(i => (i.Number, i.Score)));
    }

    [Fact]
    public void Parse_IndicatorHeadingYearReadAsSigns_LatestScoredYear()
    {
        // The heading's year came out as "๓๕“%ว๓": the indicators under it are not of the year named in the line before.
        var findings = _parser.Parse([
            "ผลคะแนนปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๘๔.๗๗ คะแนน อยู่ในระดับ B",
            "เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ ที่ได้ ๗๖.๒๐ คะแนน",
            "คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๓๕“%ว๓",
            "๑) การปฏิบัติหน้าที่ ๙๑.๒๐ คะแนน",
        ], [], 2568, new List<string>());

        Assert.Equal(2567, Assert.Single(findings.Indicators).FiscalYear);
    }

    [Fact]
    public void Parse_YearOpeningTheLineAfterAGarbledEra_TheScoresYear()
    {
        // "ในปีงบประมาณ ๒.ศ." / "๒๕๖๔ ได้คะแนน …": the wrapped year, not the year named after the score, is its year.
        var results = Results("เข้ารับการประเมินอย่างต่อเนื่อง ในปีงบประมาณ ๒.ศ.", "๒๕๖๔ ได้คะแนน ๗๘.๕๖ คะแนน อยู่ในระดับ B ปีงบประมาณ พ๒.ศ. ๒๕๖๕ ได้", "คะแนน ๘๖.๑๒ คะแนน อยู่ในระดับ A");

        Assert.Equal([new ItaResult(2564, 78.56, "B"), new ItaResult(2565, 86.12, "A")], results);
    }

    [Fact]
    public void Parse_EraReadAsSigns_YearStillRead()
    {
        var results = Results("ปีงบประมาณ พ.ศ. ๒๕๖๔ ได้ ๘๓.๐๕ คะแนน เกรด B", "ปีงบประมาณ w.@. ๒๕๖๓ มีผลคะแนน ๕๘.๗๐ คะแนน ผลการประเมิน D");

        Assert.Equal([new ItaResult(2564, 83.05, "B"), new ItaResult(2563, 58.70, "D")], results);
    }
}
