using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

using static DocIngest.Core.Tests.Parsing.Ita.ItaInput;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// ITA results as the session-22 tuning documents (eval/documents-tune/ita22-*) word them and as OCR read them: years
/// written short (ปี ๖๗, a year cell ปี ๖๕), words linking a score to its grade (ซึ่งจัดอยู่ในระดับ, ถือว่าอยู่ในระดับ,
/// ระดับ B คิดเป็น …), a ซึ่ง clause naming the year a result prepares between the scored year and its score, a total row
/// with its grade on the row under it. Every line and table was written for these tests.
/// </summary>
public class ItaReportWordingsTests
{
    [Fact]
    public void Parse_ShortYearsAfterPi_ReadInTheBuddhistEra()
    {
        var results = Parse("ผลการประเมิน ITA ปี ๖๗ ได้ ๙๖.๓๗ คะแนน อยู่ในระดับ AA เพิ่มขึ้นจากปี ๖๖ ที่ได้ ๘๖.๙๐ คะแนน ระดับ A").Results;

        Assert.Equal([new ItaResult(2567, 96.37, "AA"), new ItaResult(2566, 86.90, "A")], results);
    }

    [Fact]
    public void Parse_TwoDigitsBeforeMonths_NoShortYear()
    {
        // "๒ ปี ๖๖ เดือน" is no year: the result keeps the fiscal year named before it.
        var results = Parse("ปีงบประมาณ พ.ศ. ๒๕๖๗ ได้ ๘๕.๑๐ คะแนน ระดับ A หลังดำเนินการมา ๒ ปี ๑๑ เดือน").Results;

        Assert.Equal(new ItaResult(2567, 85.10, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_YearTableWithShortYearCells_ResultPerRow()
    {
        var table = Grid(
            ["ปี", "คะแนน ITA", "ระดับ"],
            ["ปี ๖๔", "๗๒.๔๒", "C"],
            ["ปี๖๕ :", "๘๒.๑๐", "B"]);

        var results = Parser.Parse([], [table], null, new List<string>()).Results;

        Assert.Equal([new ItaResult(2564, 72.42, "C"), new ItaResult(2565, 82.10, "B")], results);
    }

    [Fact]
    public void Parse_YearTableWithBareTwoDigitCells_NoYearRead()
    {
        // Two digits without ปี / พ.ศ. may be any count or item number: no year is read from them.
        var table = Grid(
            ["รายการ", "คะแนน", "ระดับ"],
            ["๖๔", "๗๒.๔๒", "C"],
            ["๖๕", "๘๒.๑๐", "B"]);

        Assert.DoesNotContain(Parser.Parse([], [table], null, new List<string>()).Results, r => r.FiscalYear is not null);
    }

    [Fact]
    public void Parse_WordsBetweenScoreAndGradeCue_Graded()
    {
        var results = Parse(
            "ปรากฏว่าปีงบประมาณ พ.ศ. ๒๕๖๗ มีคะแนนเฉลี่ยรวมเท่ากับ",
            "๘๕.๔๒ คะแนน ซึ่งจัดอยู่ในระดับ A ผ่านเกณฑ์",
            "ส่วนปีงบประมาณ พ.ศ. 2566 มีผลการประเมินเท่ากับ 80.05 คะแนน ถือว่าอยู่ใน",
            "ระดับ B").Results;

        Assert.Equal([new ItaResult(2567, 85.42, "A"), new ItaResult(2566, 80.05, "B")], results);
    }

    [Fact]
    public void Parse_LinkWordWithToneMarkLost_Graded()
    {
        var results = Parse("ปีงบประมาณ พ.ศ. ๒๕๖๗ มีคะแนนเฉลี่ยรวมเท่ากับ ๘๕.๔๒ คะแนน ซึงจัดอยู่ในระดับ A").Results;

        Assert.Equal(new ItaResult(2567, 85.42, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_GradeThenKhitPenScore_Graded()
    {
        var results = Parse("ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้รับการประเมินในระดับ B คิดเป็น ๗๙.๘๘ คะแนน").Results;

        Assert.Equal(new ItaResult(2566, 79.88, "B"), Assert.Single(results));
    }

    [Fact]
    public void Parse_YearLeadReadAsTwoLetters_YearRepaired()
    {
        // The year's ๒ read "ใต" on the line after its cue.
        var results = Parse(
            "ปรากฏว่าปีงบประมาณ พ.ศ. ๒๕๖๗ มีคะแนนรวม ๘๕.๔๒ คะแนน ระดับ A ส่วนปีงบประมาณ พ.ศ.",
            "ใต๕๖๖ ได้รับการประเมินในระดับ 8 คิดเป็น ๗๙.๘๘ คะแนน").Results;

        Assert.Equal([new ItaResult(2567, 85.42, "A"), new ItaResult(2566, 79.88, "B")], results);
    }

    [Fact]
    public void Parse_PreparingClauseBetweenYearAndScore_ScoreTakesTheYearBefore()
    {
        var results = Parse(
            "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2567 ซึ่งใช้เป็นฐานในการจัดทำ",
            "มาตรการปีงบประมาณ พ.ศ. 2568 โรงเรียนบ้านดอนแดงได้คะแนน 85.42 คะแนน ระดับ A ผ่าน",
            "เกณฑ์").Results;

        Assert.Equal(new ItaResult(2567, 85.42, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_SuengClauseNamingItsOwnYear_ScoreTakesThatYear()
    {
        // No preparing word: the year the ซึ่ง clause names is the score's.
        var results = Parse("ตามแผนปีงบประมาณ พ.ศ. ๒๕๖๘ ซึ่งในปีงบประมาณ พ.ศ. ๒๕๖๗ หน่วยงานได้ ๘๕.๔๒ คะแนน ระดับ A").Results;

        Assert.Equal(new ItaResult(2567, 85.42, "A"), Assert.Single(results));
    }

    [Fact]
    public void Parse_TotalRowThenGradeRowWithGarbledLabel_TotalGraded()
    {
        var table = Grid(
            ["ลำดับ", "ตัวชี้วัด", "คะแนน"],
            ["๑", "การปฏิบัติหน้าที่", "๙๒.๘๐"],
            ["", "คะแนนรวม ITA", "๘๗.๒๑"],
            ["", "ระดบัผลสการประเมนิ", "A ‘"]);

        var findings = Parser.Parse(["ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๗"], [table], null, new List<string>(), [1]);

        Assert.Equal(new ItaResult(2567, 87.21, "A"), Assert.Single(findings.Results));
    }

    [Fact]
    public void Parse_YearTableUnderSwappedLevelHeading_GradeCellGarbledTakesItsBand()
    {
        var table = Grid(
            ["ปจีบประมาณ", "คะแนน ITA", "ระดบั"],
            ["ปี๖๕ :", "ฒณ๒.ุ๓๘ :", "6"],
            ["ปี๖๖", "๘๐.๑๗", "3"]);

        var results = Parser.Parse([], [table], null, new List<string>()).Results;

        Assert.Equal(new ItaResult(2566, 80.17, "B"), Assert.Single(results));
    }
}
