using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

using static DocIngest.Core.Tests.Parsing.Ita.ItaInput;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// What OCR made of the session-23 tuning misses, written afresh for these tests: a grade broken into a stroke or lost
/// with its line after its cue (the score's band), a year re-read from garbled digits beside the same result under a
/// plain year (the plain year), an indicator's label and number read as one number (the official name gives it).
/// </summary>
public class ItaLostGradeTests
{
    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้ ๗๘.๔๐ คะแนน ระดับ /เพื่อให้ทราบ", 2565, 78.40, "B")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๖ มีผลคะแนน ๙๖.๑๒ คะแนน อยู่ในระดับ \\แสดงว่า", 2566, 96.12, "AA")]
    public void Parse_GradeBrokenIntoStrokeAfterCue_ScoreBand(string line, int year, double score, string grade)
    {
        Assert.Equal(new ItaResult(year, score, grade), Assert.Single(Parse(line).Results));
    }

    [Fact]
    public void Parse_GradeCueBeforeNumberedHeading_ScoreBand()
    {
        var results = Parse("ส่วนปี พ.ศ. ๒๕๖๖ สำนักงานได้ ๙๑.๒๐ คะแนน (ระดับ", "๓. ข้อเสนอแนะ").Results;

        Assert.Equal(new ItaResult(2566, 91.20, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_GradeCueBeforeWords_NoGradeInvented()
    {
        // The grade may have wrapped as a word the wordings do not know: no letter is made up for it.
        var results = Parse("ส่วนปี พ.ศ. ๒๕๖๖ สำนักงานได้ ๙๑.๒๐ คะแนน ระดับ", "ความโปร่งใสของสำนักงานดีขึ้น").Results;

        Assert.Null(Assert.Single(results).Grade);
    }

    [Fact]
    public void Parse_GarbledYearBesideSameResultUnderPlainYear_PlainYearKept()
    {
        // ๒๕๖ (a digit lost) is re-read as 2566, but the same score and grade stand under 2567 on the next line.
        var results = Parse("ผล ITA ปี ๒๕๖ : ๗๙.๒๘ (B)", "ในปีงบประมาณ พ.ศ. ๒๕๖๗ หน่วยงานได้ ๗๙.๒๘ คะแนน อยู่ในระดับ B").Results;

        Assert.Equal(new ItaResult(2567, 79.28, "B"), Assert.Single(results));
    }

    [Fact]
    public void Parse_GarbledYearBesideOtherResult_BothKept()
    {
        var results = Parse("ผล ITA ปี ๒๕๖ : ๗๙.๒๘ (B)", "ในปีงบประมาณ พ.ศ. ๒๕๖๗ หน่วยงานได้ ๘๖.๑๐ คะแนน อยู่ในระดับ A").Results;

        Assert.Equal(2, results.Count);
        Assert.Contains(new ItaResult(2567, 86.10, "A"), results);
        Assert.Contains(results, r => r.Score == 79.28 && r.Grade == "B");
    }

    [Theory]
    [InlineData("19 คุณภาพการดำเนินงาน ร้อยละ 88.74", 6, 88.74)]
    [InlineData("1G การปรับปรุงการทำงาน ร้อยละ 84.56", 8, 84.56)]
    public void IndicatorsIn_LabelReadAsNoIndicatorNumber_NameGivesNumber(string line, int number, double score)
    {
        var indicator = Assert.Single(ItaParser.IndicatorsIn(line));

        Assert.Equal((number, score), (indicator.Number, indicator.Score));
    }

    [Theory]
    // A number an indicator could have, disagreeing with the name: which is wrong cannot be told.
    [InlineData("3 การใช้งบประมาณ ร้อยละ 88.10")]
    // A score whose point is followed by a letter is garbled, not the number before the point.
    [InlineData("1G การใช้ทรัพย์สินของราชการ $ Sova: 83.ว8")]
    public void IndicatorsIn_NumberOrScoreInDoubt_NoIndicator(string line)
    {
        Assert.Empty(ItaParser.IndicatorsIn(line));
    }
}
