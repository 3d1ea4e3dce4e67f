using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

using static DocIngest.Core.Tests.Parsing.Ita.ItaInput;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// ITA results in the layouts the font sweep's wider grammar prints (tools/sweep/ita_sweep.py, "wider grammar"): a
/// results table with a row per agency, an indicator table whose score column is headed ร้อยละ and whose total row is
/// worded ผลการประเมินภาพรวม, a result compared with the year before in one sentence. Every line and table was written
/// for these tests.
/// </summary>
public class ItaWiderLayoutsTests
{
    [Fact]
    public void Parse_TableOfAgencies_OneResultPerRowOfTheHeadingsYear()
    {
        var table = Grid(
            ["ลำดับ", "หน่วยงาน", "คะแนน", "ระดับ"],
            ["๑", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก", "๘๖.๒๐", "A"],
            ["๒", "สำนักงานสาธารณสุขอำเภอนาแก", "๗๒.๐๕", "C"],
            ["๓", "เทศบาลตำบลนาแก", "๙๕.๔๐", "AA"]);

        var results = Parse(["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ของหน่วยงานในพื้นที่ เป็นดังนี้"], table).Results;

        Assert.Equal([new ItaResult(2567, 86.20, "A"), new ItaResult(2567, 72.05, "C"), new ItaResult(2567, 95.40, "AA")], results);
    }

    [Fact]
    public void Parse_TableOfIndicators_NoAgencyResults()
    {
        // Rows named by indicators (and the tools' rows) are no agencies' results; only the total row is one.
        var table = Grid(
            ["ตัวชี้วัด", "คะแนน", "ระดับ"],
            ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "๘๔.๑๐", "B"],
            ["๑. การปฏิบัติหน้าที่", "๙๒.๑๐", "A"],
            ["๒. การใช้งบประมาณ", "๘๐.๕๕", "B"],
            ["คะแนนรวม", "๘๖.๓๓", "A"]);

        var findings = Parse(["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗"], table);

        Assert.Equal(new ItaResult(2567, 86.33, "A"), Assert.Single(findings.Results));
        Assert.Equal([1, 2], findings.Indicators.Select(i => i.Number));
    }

    [Fact]
    public void Parse_IndicatorTableHeadedPercentTotalWordedAsAssessment_Result()
    {
        var table = Grid(
            ["ตัวชี้วัดการประเมิน", "ร้อยละ", "ระดับ"],
            ["๑. การปฏิบัติหน้าที่", "๙๒.๑๐", "A"],
            ["๒. การใช้งบประมาณ", "๘๐.๕๕", "B"],
            ["ผลการประเมินภาพรวม", "๘๖.๓๓", "A"]);

        var findings = Parse(["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗ รายละเอียดดังตาราง"], table);

        Assert.Equal(new ItaResult(2567, 86.33, "A"), Assert.Single(findings.Results));
        Assert.Equal(2, findings.Indicators.Count);
    }

    [Theory]
    // The year compared with after the score is not the score's: its clause opens at เมื่อเทียบกับ / เพิ่มขึ้นจาก.
    [InlineData("ผลการประเมินในภาพรวมได้คะแนน ๘๕.๖๗ คะแนน อยู่ในระดับ A เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๖ ซึ่งได้คะแนน ๘๐.๑๒ คะแนน ระดับ B")]
    [InlineData("ผลการประเมินในภาพรวมได้คะแนน ๘๕.๖๗ คะแนน อยู่ในระดับ A เพิ่มขึ้นจากปีงบประมาณ พ.ศ. ๒๕๖๖ ที่ได้คะแนน ๘๐.๑๒ คะแนน ระดับ B")]
    public void Parse_ResultComparedWithTheYearBefore_EachScoreItsOwnYear(string line)
    {
        var results = Parse("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ แยกรายตัวชี้วัดได้ดังนี้", line).Results;

        Assert.Equal([new ItaResult(2567, 85.67, "A"), new ItaResult(2566, 80.12, "B")], results);
    }

    [Fact]
    public void WithYearsFromBundle_AnalysisYearLost_TakesTheMemosYearOfTheSameResult()
    {
        // The memo quotes the result with its year; the analysis behind it lost its heading's year to OCR.
        var memo = new Document { Kind = DocumentKind.Memo, PageStart = 1, PageEnd = 1, ItaResults = [new ItaResult(2567, 94.22, "A")] };
        var analysis = new Document
        {
            Kind = DocumentKind.ItaAnalysis, PageStart = 2, PageEnd = 2,
            ItaResults = [new ItaResult(null, 94.22, "A"), new ItaResult(null, 80.10, "B")],
        };

        var documents = ItaParser.WithYearsFromBundle([memo, analysis]);

        Assert.Equal([new ItaResult(2567, 94.22, "A"), new ItaResult(null, 80.10, "B")], documents[1].ItaResults);
        Assert.Equal(memo.ItaResults, documents[0].ItaResults);
    }

    [Fact]
    public void WithYearsFromBundle_TwinsOfTwoYearsOrOtherGrade_YearStaysUnknown()
    {
        var memo = new Document
        {
            Kind = DocumentKind.Memo, PageStart = 1, PageEnd = 1,
            ItaResults = [new ItaResult(2566, 94.22, "A"), new ItaResult(2567, 94.22, "A"), new ItaResult(2567, 80.10, "C")],
        };
        var analysis = new Document
        {
            Kind = DocumentKind.ItaAnalysis, PageStart = 2, PageEnd = 2,
            ItaResults = [new ItaResult(null, 94.22, "A"), new ItaResult(null, 80.10, "B")],
        };

        Assert.All(ItaParser.WithYearsFromBundle([memo, analysis])[1].ItaResults, r => Assert.Null(r.FiscalYear));
    }

    [Fact]
    public void Parse_TotalRowGradeReadAsNoGrade_ScoresBand()
    {
        var table = Grid(
            ["ตัวชี้วัด", "คะแนน", "ระดับ"],
            ["๑. การปฏิบัติหน้าที่", "๔๘.๘๕", "บ"],
            ["๒. การใช้งบประมาณ", "๔๗.๑๖", "F"],
            ["ผลการประเมินภาพรวม", "๔๖.๓๗", "EF"]);

        var findings = Parse(["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รายละเอียดดังตาราง"], table);

        Assert.Equal(new ItaResult(2566, 46.37, "F"), Assert.Single(findings.Results));
        Assert.Equal([1, 2], findings.Indicators.Select(i => i.Number));
    }
}
