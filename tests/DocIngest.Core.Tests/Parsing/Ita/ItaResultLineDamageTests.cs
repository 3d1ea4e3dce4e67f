using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// Result lines of ITA analyses as OCR read them on low-resolution scans (lines cut from the tuning documents
/// gap-ita-province-2566, gap-ita-university-2567 and gap-ita-college-2568).
/// </summary>
public class ItaResultLineDamageTests
{
    private readonly ItaParser _parser = new();

    [Theory]
    [InlineData("ปี พ.ศ. ๒๕๖๓ คะแนน ๖๔.๑๘ ระดับ D", 2563, 64.18, "D")]
    [InlineData("ปี พ.ศ. ๒๕๖๔ คะแนน ๗๑.๙๐ ระดับ 0", 2564, 71.9, "C")]
    public void Parse_YearThenBareScoreCueThenGrade_Result(string line, int year, double score, string grade)
    {
        var findings = _parser.Parse([line], [], 2566, new List<string>());

        var result = Assert.Single(findings.Results);
        Assert.Equal((year, grade), (result.FiscalYear, result.Grade));
        Assert.Equal(score, result.Score, 3);
    }

    [Fact]
    public void Parse_IndicatorLineWithBareScoreCueAndGrade_NoResult()
    {
        var findings = _parser.Parse(["๑) การปฏิบัติหน้าที่ คะแนน ๘๙.๔๐ ระดับ A"], [], 2566, new List<string>());

        Assert.Empty(findings.Results);
    }

    [Fact]
    public void Parse_SpeckReadAsFullStopBetweenCueAndScore_Result()
    {
        var findings = _parser.Parse(["ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนน.๘๗.๐๓ คะแนน อยู่ในระดับ ค"], [], 2567, new List<string>());

        var result = Assert.Single(findings.Results);
        Assert.Equal((2565, "A"), (result.FiscalYear, result.Grade));
        Assert.Equal(87.03, result.Score, 3);
    }

    [Fact]
    public void Parse_ColonAfterGradeCueBeforeItsScore_ResultWithGrade()
    {
        var findings = _parser.Parse(
            ["วิทยาลัยได้รับผลการประเมินในระดับ: 8 ด้วยคะแนน ๘๓.๖๗", ". คะแนน. .ในปีงบประมาณ พ.ศ. ๒๕๖. เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖"],
            [], 2568, new List<string>());

        Assert.Contains(findings.Results, r => Math.Abs(r.Score - 83.67) < 0.001 && r.Grade == "B");
    }

    [Fact]
    public void Parse_ScoreThatLostItsTensBesideAGradeReadAsADigit_NoResult()
    {
        var findings = _parser.Parse(["ปี พ.ศ. ๒๕๖๕ คะแนน ๘.๓๖ ระดับ 3"], [], 2566, new List<string>());

        Assert.Empty(findings.Results);
    }
}
