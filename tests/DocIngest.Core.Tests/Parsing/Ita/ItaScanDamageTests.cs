using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

using static DocIngest.Core.Tests.Parsing.Ita.ItaInput;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// ITA scores, grades, years and indicators as heavy scan damage leaves them: a space or a full stop inside a score, a
/// lost tens digit, a grade read as 0, a mark glued to พ.ศ., indicator labels lost, score cells with specks or without
/// their point. Every line and table here was written for these tests.
/// </summary>
public class ItaScanDamageTests
{
    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ และได้คะแนน ๗๘. ๔๒ คะแนน อยู่ในระดับ B", 78.42, "B")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ ผลคะแนนรวมเท่ากับ ๘๘.๐๕.คะแนน อยู่ในระดับ ค .", 88.05, "A")]
    [InlineData("ปีงบประมาณ พ.ศู๒๕๖๖ ได้คะแนน ๖๘.๗๑ คะแนน อยู่ในระดับ 0", 68.71, "C")]
    public void Parse_ScoreOrGradeDamaged_ResultRead(string line, double score, string grade) =>
        Assert.Equal(new ItaResult(2566, score, grade), Assert.Single(Parse(line).Results));

    [Theory]
    [InlineData("ปีงบประมาณ ๒๕๖๕ ผ่านเกณฑ์ ได้ระดับ 8 (๒.๔๔ คะแนน)", 82.44, "B")]
    [InlineData("ปีงบประมาณ ๒๕๖๕ อยู่ในระดับ A ด้วยคะแนน ๖.๑๐ คะแนน", 86.10, "A")]
    public void Parse_ScoreLostItsTensDigit_TheOneThatFitsTheGrade(string line, double score, string grade) =>
        Assert.Equal(new ItaResult(2565, score, grade), Assert.Single(Parse(line).Results));

    [Fact]
    public void Parse_ScoreBelowTenWithAnFGrade_KeptAsRead() =>
        Assert.Equal(new ItaResult(2565, 4.5, "F"), Assert.Single(Parse("ปีงบประมาณ ๒๕๖๕ อยู่ในระดับ F ด้วยคะแนน ๔.๕๐ คะแนน").Results));

    [Fact]
    public void Parse_IndicatorLabelAndNumberLost_NumberFromTheOfficialName()
    {
        var indicators = Parse(
            "คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖",
            "ตัวชี้วัดที่ ๖ คุณภาพการดำเนินงาน ได้ ๙๑.๓๕ คะแนน",
            "ai ev ประสิทธิภาพการสื่อสาร ได้ ๘๗.๒๐ คะแนน",
            "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ได้ ๘๕.๑๑ คะแนน").Indicators;

        Assert.Equal([6, 7, 8], indicators.Select(i => i.Number));
        Assert.Equal(87.20, indicators[1].Score);
        Assert.Equal(2566, indicators[1].FiscalYear);
    }

    [Fact]
    public void Parse_ProseLineWithoutAnIndicatorName_NoIndicator() =>
        Assert.Empty(Parse("งานบริหารทั่วไป ได้ ๘๗.๒๐ คะแนน จากการสำรวจความพึงพอใจ").Indicators);

    [Fact]
    public void Parse_IndicatorTableWithSpecksAndLostPoints_ScoresRead()
    {
        var table = new Table(4, 3,
        [
            Cell(0, 0, "ลำดับ"), Cell(0, 1, "5 iy Fee :"), Cell(0, 2, "คะแนน"),
            Cell(1, 0, "๑"), Cell(1, 1, "การปฏิบัติหน้าที่ oF"), Cell(1, 2, "๙๖๔๒ > 0:"),
            Cell(2, 0, "€"), Cell(2, 1, "การใช้อำนาจ ."), Cell(2, 2, "๙๓.๑๓ า"),
            // Two numbers in the score cell: no score can be told from them.
            Cell(3, 0, "๓"), Cell(3, 1, "การใช้งบประมาณ"), Cell(3, 2, "๘๐.๑๒ ๓๑.๕๐"),
        ]);

        var indicators = Parser.Parse(["คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖"], [table], null, new List<string>(), [1]).Indicators;

        Assert.Equal([(1, 96.42), (3, 93.13)], indicators.Select(i => (i.Number, i.Score)));
    }

    [Fact]
    public void Parse_YearReadAsThreeDigits_ReadAgainFromItsFirstAndLastDigit()
    {
        var results = Parse(
            "เพื่อเตรียมการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๘ หน่วยงานได้วิเคราะห์ผลการประเมินประจำ",
            "ปีงบประมาณ พ.ศ. ๒๒๗ ซึ่งได้คะแนน ๘๘.๑๒ คะแนน อยู่ในระดับ A",
            "ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๒๖ อยู่ในระดับ 8 ด้วย",
            "คะแนน ๗๖.๔๔ คะแนน").Results;

        Assert.Equal([new ItaResult(2567, 88.12, "A"), new ItaResult(2566, 76.44, "B")], results);
    }

    [Fact]
    public void Parse_ThreeDigitYearThatFitsTwoYears_YearUnknownNotBorrowed()
    {
        // 2??3 near 2568 is 2563 or 2573: no year can be told, and the title's 2568 is not this clause's.
        var results = Parse("แผนพัฒนาประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "ปีงบประมาณ พ.ศ. ๒๒๓ ได้คะแนน ๘๘.๑๒ คะแนน อยู่ในระดับ A").Results;

        Assert.Equal(new ItaResult(null, 88.12, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_IndicatorHeadingYearLost_IndicatorsOfTheLatestScoredYear()
    {
        var indicators = Parse(
            "การวิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
            "ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๘.๑๒ คะแนน อยู่ในระดับ A",
            "ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. Ooo มีดังนี้",
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ ร้อยละ ๘๙.๑๔").Indicators;

        Assert.Equal(2567, Assert.Single(indicators).FiscalYear);
    }

    [Fact]
    public void Parse_IndicatorHeadingYearRead_ThatYearKept()
    {
        var indicators = Parse(
            "ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๘.๑๒ คะแนน อยู่ในระดับ A",
            "ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖ มีดังนี้",
            "ตัวชี้วัดที่ ๒ การใช้งบประมาณ ร้อยละ ๘๙.๑๔").Indicators;

        Assert.Equal(2566, Assert.Single(indicators).FiscalYear);
    }
}
