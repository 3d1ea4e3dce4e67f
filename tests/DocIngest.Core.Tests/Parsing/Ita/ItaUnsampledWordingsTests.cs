using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;
using DocIngest.Core.Tests.TestSupport;

using static DocIngest.Core.Tests.Parsing.Ita.ItaInput;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// ITA results in wordings the font sweep's grammar does not print but agencies' analyses do: scores without their point
/// or with a comma, a score and its grade in a table row, a grade in words, several fiscal years side by side, an
/// analysis bundled behind a memo, indicator names wrapped over two lines. Every line and table was written for these
/// tests (a district hospital's and a sub-district administration's wording).
/// </summary>
public class ItaUnsampledWordingsTests
{
    [Theory]
    // The point lost: four digits after a score cue, before คะแนน or the grade, are a score of two decimals.
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๗๔๒ คะแนน อยู่ในระดับ A")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๗ มีผลคะแนน 8742 ซึ่งอยู่ในระดับ A")]
    // The point read as a comma, with no คะแนน after the score.
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๗,๔๒ อยู่ในระดับ A")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๗ อยู่ในระดับ A ด้วยคะแนน 87,42")]
    public void Parse_ScoreWithoutPointOrWithComma_ScoreOfTwoDecimals(string line) =>
        Assert.Equal(new ItaResult(2567, 87.42, "A"), Assert.Single(Parse(line).Results));

    [Fact]
    public void Parse_YearAfterScoreCueWithoutPoint_NoScore()
    {
        // "คะแนน … ปี 2566": a year is no score without its point.
        Assert.Empty(Parse("สรุปผลคะแนน 2566 ของหน่วยงาน").Results);
    }

    [Theory]
    // A grade in words: a result, with no letter (the schema's grades are letters; the page prints none).
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๖.๑๒ คะแนน อยู่ในระดับดีเยี่ยม")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๖.๑๒ คะแนน ผลการประเมินอยู่ในระดับ ดีมาก")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๖.๑๒ คะแนน ซึ่งผ่านเกณฑ์การประเมิน")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖๗ อยู่ในระดับดีเยี่ยม ด้วยคะแนน ๙๖.๑๒ คะแนน")]
    public void Parse_GradeInWords_ResultWithoutLetter(string line) =>
        Assert.Equal(new ItaResult(2567, 96.12, null), Assert.Single(Parse(line).Results));

    [Fact]
    public void Parse_GradeInWordsYearOnTheLineBefore_Result()
    {
        // Nothing on the score's line names its year: only the grade in words makes it a result.
        var results = Parse("ผลการประเมินคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. ๒๕๖๗", "หน่วยงานได้ ๙๖.๑๒ คะแนน อยู่ในระดับดีเยี่ยม").Results;

        Assert.Equal(new ItaResult(2567, 96.12, null), Assert.Single(results));
    }

    [Fact]
    public void Parse_RiskLevelInWords_NoResult()
    {
        // ระดับสูง is a risk's level, no grade.
        Assert.Empty(Parse("ปีงบประมาณ พ.ศ. ๒๕๖๗", "ความเสี่ยงได้ ๑๒.๕๐ คะแนน อยู่ในระดับสูง").Results);
    }

    [Fact]
    public void Parse_GradeInWordsAfterLetter_TheLetter()
    {
        Assert.Equal(new ItaResult(2567, 96.12, "AA"),
            Assert.Single(Parse("ในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๖.๑๒ คะแนน อยู่ในระดับ AA (ดีเยี่ยม)").Results));
    }

    [Fact]
    public void Parse_TableRowWithScoreAndGradeColumns_ResultOfTheRowsYear()
    {
        var table = new Table(3, 3,
        [
            Cell(0, 0, "รายการ"), Cell(0, 1, "คะแนน"), Cell(0, 2, "ระดับ"),
            Cell(1, 0, "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๖"), Cell(1, 1, "๘๑.๓๔"), Cell(1, 2, "B"),
            Cell(2, 0, "ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗"), Cell(2, 1, "๘๘.๐๒"), Cell(2, 2, "A"),
        ]);

        var results = Parse(["ตารางที่ ๑ ผลการประเมินคุณธรรมและความโปร่งใส"], table).Results;

        Assert.Equal([new ItaResult(2566, 81.34, "B"), new ItaResult(2567, 88.02, "A")], results);
    }

    [Fact]
    public void Parse_IndicatorTableTotalRow_ResultOfTheHeadingsYear()
    {
        var table = new Table(4, 3,
        [
            Cell(0, 0, "ตัวชี้วัด"), Cell(0, 1, "คะแนน"), Cell(0, 2, "ระดับ"),
            Cell(1, 0, "การปฏิบัติหน้าที่"), Cell(1, 1, "๙๒.๑๐"), Cell(1, 2, "A"),
            Cell(2, 0, "การใช้งบประมาณ"), Cell(2, 1, "๘๐.๕๕"), Cell(2, 2, "B"),
            Cell(3, 0, "ภาพรวม"), Cell(3, 1, "๘๖.๓๓"), Cell(3, 2, "A"),
        ]);

        var findings = Parse(["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๗"], table);

        Assert.Equal(new ItaResult(2567, 86.33, "A"), Assert.Single(findings.Results));
        Assert.Equal([1, 2], findings.Indicators.Select(i => i.Number));
    }

    [Fact]
    public void Parse_YearsSideBySideRespectively_OneResultPerYear()
    {
        var results = Parse("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๕ ๒๕๖๖ และ ๒๕๖๗ ได้คะแนน ๗๘.๑๒ ๘๓.๔๐ และ ๘๙.๗๕ คะแนน",
            "อยู่ในระดับ B B และ A ตามลำดับ").Results;

        Assert.Equal([new ItaResult(2565, 78.12, "B"), new ItaResult(2566, 83.40, "B"), new ItaResult(2567, 89.75, "A")], results);
    }

    [Fact]
    public void Parse_TwoYearsRespectivelyWithoutGrades_OneResultPerYear()
    {
        var results = Parse("ในปีงบประมาณ พ.ศ. 2566 และ 2567 ได้คะแนน 81.25 และ 86.90 คะแนน ตามลำดับ").Results;

        Assert.Equal([new ItaResult(2566, 81.25, null), new ItaResult(2567, 86.90, null)], results);
    }

    [Fact]
    public void Parse_YearsAcrossAsTextLines_OneResultPerYear()
    {
        // A borderless table read as lines: the years across, the scores and grades below them.
        var results = Parse("ปีงบประมาณ ๒๕๖๕ ๒๕๖๖ ๒๕๖๗", "คะแนน ITA ๗๘.๑๒ ๘๓.๔๐ ๘๙.๗๕", "ระดับ B B A").Results;

        Assert.Equal([new ItaResult(2565, 78.12, "B"), new ItaResult(2566, 83.40, "B"), new ItaResult(2567, 89.75, "A")], results);
    }

    [Theory]
    [InlineData("ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของ", "ราชการ ร้อยละ ๘๕.๒๐")]
    [InlineData("๔. การใช้ทรัพย์สินของ", "ราชการ ๘๕.๒๐ คะแนน")]
    [InlineData("ตัวชี้วัดที่ ๑๐ การป้องกันการ", "ทุจริต ได้ ๘๕.๒๐ คะแนน")]
    public void Parse_IndicatorNameWrapped_OneIndicator(string first, string second)
    {
        var findings = Parse("ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๗", first, second);

        var indicator = Assert.Single(findings.Indicators);
        Assert.Equal((first.Contains("๑๐", StringComparison.Ordinal) ? 10 : 4, 85.20, 2567), (indicator.Number, indicator.Score, indicator.FiscalYear));
    }

    [Theory]
    [InlineData("รายงานผลการวิเคราะห์การประเมินคุณธรรมและความโปร่งใส")]
    [InlineData("การวิเคราะห์ผลการประเมิน ITA ของโรงพยาบาลหนองหิน")]
    [InlineData("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)")]
    [InlineData("แบบรายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส")]
    public void Read_AnalysisBehindMemo_AnItaDocumentWithItsResults(string title)
    {
        const string Memo =
            "บันทึกข้อความ\nส่วนราชการ โรงพยาบาลหนองหิน กลุ่มงานบริหารทั่วไป\nที่ ลย ๐๐๓๒.๓๐๑/๑๗ วันที่ ๑๒ มีนาคม ๒๕๖๘\n" +
            "เรื่อง ส่งรายงานผลการวิเคราะห์การประเมิน ITA\nเรียน ผู้อำนวยการโรงพยาบาลหนองหิน\n\n" +
            "ด้วยกลุ่มงานบริหารทั่วไปได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสแล้ว รายละเอียดตามสิ่งที่ส่งมาด้วย\n\n" +
            "จึงเรียนมาเพื่อโปรดทราบ\n\n(นางสายใจ บุญมา)\nนักจัดการงานทั่วไปชำนาญการ";
        string analysis = title + "\nโรงพยาบาลหนองหิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n" +
            "ผลการประเมินในปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๙๐.๔๕ คะแนน อยู่ในระดับ A\n" +
            "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ร้อยละ ๙๕.๒๐\nตัวชี้วัดที่ ๒ การใช้งบประมาณ ร้อยละ ๘๘.๑๐\n" +
            "ตัวชี้วัดที่ ๓ การใช้อำนาจ ร้อยละ ๙๓.๔๐";

        var documents = Readers.Default.Read(Readers.Pages(Memo, analysis));

        Assert.Equal([DocumentKind.Memo, DocumentKind.ItaAnalysis], documents.Select(d => d.Kind));
        Assert.Equal(new ItaResult(2567, 90.45, "A"), Assert.Single(documents[1].ItaResults));
        Assert.Equal(3, documents[1].Indicators.Count);
        Assert.Empty(documents[0].ItaResults);
    }
}
