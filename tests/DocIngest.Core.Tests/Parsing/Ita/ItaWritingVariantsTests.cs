using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

using static DocIngest.Core.Tests.Parsing.Ita.ItaInput;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// ITA results and indicators written the other ways agencies write them: indicator lines carrying their own grades,
/// the tools' scores, a total row with its grade cell, years as the columns of a table, indicators of two years side
/// by side, indicators run together in a paragraph, scores without a grade tied to their year, a label whose number
/// was lost; each clean and as OCR damages it. Every line and table here was written for these tests.
/// </summary>
public class ItaWritingVariantsTests
{
    [Theory]
    [InlineData("(๓) ตัวชี้วัดที่ ๓ การใช้อำนาจ ได้ ๙๑.๔๔ คะแนน ระดับ A")]
    [InlineData("(0) ตัว Jay ๓) การใช้อำนาจ ได้ ๙๑.๔๔ คะแนน ระ ดับ A")]
    [InlineData(". (๓) META ๓ การใช้อำนาจ ได้ ๙๑.๔๔ คะ แนน ระดับ 4")]
    [InlineData("ตัวชี้วัดที่ ๓ การใช้อำนาจ อยู่ในระดับ A ด้วยคะแนน ๙๑.๔๔ คะแนน")]
    public void Parse_IndicatorLineWithItsOwnGrade_NoOverallResult(string line)
    {
        var findings = Parse("คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖", line);

        Assert.Empty(findings.Results);
        Assert.Equal((3, 91.44), findings.Indicators.Select(i => (i.Number, i.Score)).Single());
    }

    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ แบบวัด IIT ได้ ๙๓.๒๐ คะแนน ระดับ A")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้คะแนน ๗๘.๕๐ คะแนน")]
    public void Parse_ToolScore_NoOverallResult(string line) => Assert.Empty(Parse(line).Results);

    [Theory]
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๖.๒๑ คะแนน อยู่ในระดับ 4 ผ่านเกณฑ์")]
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖ อยู่ในระดับ 4 ด้วยคะแนน ๘๖.๒๑ คะแนน")]
    public void Parse_GradeAReadAsFour_GradeA(string line) =>
        Assert.Equal(new ItaResult(2566, 86.21, "A"), Assert.Single(Parse(line).Results));

    [Theory]
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๒.๒๑ คะแนน อยู่ในระดับ 13")]
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖ อยู่ในระดับ 13 ด้วยคะแนน ๘๒.๒๑ คะแนน")]
    public void Parse_GradeBReadAsThirteen_GradeB(string line) =>
        Assert.Equal(new ItaResult(2566, 82.21, "B"), Assert.Single(Parse(line).Results));

    [Fact]
    public void Parse_YearTableGradeCellReadAsThirteen_GradeB()
    {
        var table = new Table(2, 3,
        [
            Cell(0, 0, "ปีงบประมาณ"), Cell(0, 1, "คะแนน"), Cell(0, 2, "ระดับ"),
            Cell(1, 0, "๒๕๖๖"), Cell(1, 1, "๘๐.๐๑"), Cell(1, 2, "13"),
        ]);

        Assert.Equal(new ItaResult(2566, 80.01, "B"), Assert.Single(Parse([], table).Results));
    }

    [Fact]
    public void Parse_TotalRowWithItsGradeCell_OneGradedResultAndIndicatorScoresNotGrades()
    {
        var table = new Table(4, 3,
        [
            Cell(0, 0, "ตัวชี้วัด"), Cell(0, 1, "คะแนน"), Cell(0, 2, "ระดับ"),
            Cell(1, 0, "๒. การใช้งบประมาณ"), Cell(1, 1, "๗๗.๔๑"), Cell(1, 2, "13"),
            Cell(2, 0, "๗. ประสิทธิภาพการสื่อสาร"), Cell(2, 1, "๙๐.๐๕"), Cell(2, 2, "A"),
            Cell(3, 0, "คะแนนรวม"), Cell(3, 1, "๘๓.๒๘"), Cell(3, 2, "B"),
        ]);

        var findings = Parse(["ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนนรวม ๘๓.๒๘ คะแนน"], table);

        Assert.Equal(new ItaResult(2566, 83.28, "B"), Assert.Single(findings.Results));
        Assert.Equal([(2, 77.41), (7, 90.05)], findings.Indicators.Select(i => (i.Number, i.Score)));
    }

    [Theory]
    [InlineData("ปี ๒๕๖๖", "B", "A", "B")]
    // The last year heading garbled past reading, grade cells read as Thai letters: the run of years and the bands.
    [InlineData("ปี ๒๕๖ .", "ธา", "ก 0 :", "B")]
    [InlineData("., Deer", "8", "A", "B")]
    public void Parse_YearsAsColumns_OneResultPerYear(string lastYear, string firstGrade, string lastGrade, string middleGrade)
    {
        var table = new Table(3, 4,
        [
            Cell(0, 0, "รายการ"), Cell(0, 1, "ปี ๒๕๖๔"), Cell(0, 2, "ปี ๒๕๖๕"), Cell(0, 3, lastYear),
            Cell(1, 0, "คะแนนรวม"), Cell(1, 1, "๗๖.๒๐ :"), Cell(1, 2, "๘๑.๓๕"), Cell(1, 3, "๘๘.๑๔"),
            Cell(2, 0, "ระดับผลการประเมิน"), Cell(2, 1, firstGrade), Cell(2, 2, middleGrade), Cell(2, 3, lastGrade),
        ]);

        var findings = Parse(["ผลการประเมินย้อนหลังสามปี ดังนี้"], table);

        Assert.Equal(
            [new ItaResult(2564, 76.20, "B"), new ItaResult(2565, 81.35, "B"), new ItaResult(2566, 88.14, "A")],
            findings.Results.OrderBy(r => r.FiscalYear));
    }

    [Fact]
    public void Parse_YearsAsColumnsWithAVerdictRow_NoGrade()
    {
        var table = new Table(3, 3,
        [
            Cell(0, 0, "ปีงบประมาณ"), Cell(0, 1, "๒๕๖๕"), Cell(0, 2, "๒๕๖๖"),
            Cell(1, 0, "คะแนนที่ได้"), Cell(1, 1, "๖๑.๐๕"), Cell(1, 2, "๘๗.๔๐"),
            Cell(2, 0, "ผลการประเมิน"), Cell(2, 1, "ไม่ผ่าน"), Cell(2, 2, "ผ่าน"),
        ]);

        Assert.Equal([new ItaResult(2565, 61.05, null), new ItaResult(2566, 87.40, null)], Parse([], table).Results);
    }

    [Fact]
    public void Parse_IndicatorsOfTwoYearsSideBySide_EachWithItsColumnsYear()
    {
        var table = new Table(4, 3,
        [
            Cell(0, 0, "ตัวชี้วัด"), Cell(0, 1, "ปี ๒๕๖๕ !"), Cell(0, 2, "., Deer"),
            Cell(1, 0, "๑. การปฏิบัติหน้าที่ ' 7ฝ"), Cell(1, 1, "๘๗.๑๐ >"), Cell(1, 2, "๙๒.๓๐ |"),
            Cell(2, 0, "‘om. การใช้อำนาจ : ="), Cell(2, 1, "๘๔.๖๐"), Cell(2, 2, "๘๙.๒๕"),
            Cell(3, 0, "ณ๙. การเปิดเผยข้อมูล"), Cell(3, 1, "ฒญณ๙.๘๐"), Cell(3, 2, "๙๖.๕๐"),
        ]);

        var indicators = Parse(["เปรียบเทียบคะแนนรายตัวชี้วัด"], table).Indicators;

        Assert.Equal(
            [(1, 87.10, 2565), (3, 84.60, 2565), (1, 92.30, 2566), (3, 89.25, 2566), (9, 96.50, 2566)],
            indicators.Select(i => (i.Number, i.Score, i.FiscalYear ?? 0)));
    }

    [Fact]
    public void Parse_YearColumnThenAnotherHeading_NotAYearTable()
    {
        var table = new Table(2, 3,
        [
            Cell(0, 0, "ตัวชี้วัด"), Cell(0, 1, "ปี ๒๕๖๖"), Cell(0, 2, "ผลต่าง"),
            Cell(1, 0, "การใช้อำนาจ"), Cell(1, 1, "๘๔.๖๐"), Cell(1, 2, "๓.๑๕"),
        ]);

        // One year column: the row is read as before (the last score after the name), no year taken from "ผลต่าง".
        var indicator = Assert.Single(Parse(["คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖"], table).Indicators);
        Assert.Equal(2566, indicator.FiscalYear);
    }

    private static readonly string[] RunTogether =
    [
        "ประกอบด้วย ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้คะแนน 91.20 ตัวชี้วัดที่ 2 การใช้งบประมาณ",
        "ได้คะแนน 83.15 ตัวชี้วัดที่ 3 การใช้อำนาจ ได้คะแนน 90.05 ตัวชี้วัดที่ 4 การใช้ทรัพย์สิน",
        "ของราชการ ได้คะแนน 85.60 และตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต ได้",
        "คะแนน 88.75",
    ];

    // The same in Thai digits as a scan leaves it: a tone mark lost, คะแนน split, a speck opening the last line.
    private static readonly string[] RunTogetherScanned =
    [
        "ประกอบด้วย ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ได้คะแนน ๙๑.๒๐ ตัวชีวัดที่ ๒ การใช้งบประมาณ",
        "ได้คะแนน ๘๓.๑๕ ตัวชี้วัดที่ ๓ การใช้อำนาจ ได้คะ แนน ๙๐.๐๕ ตัวชี้วัดที่ ๔ การใช้ทรัพย์สิน",
        "ของราชการ ได้คะแนน ๘๕.๖๐ และตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ได้",
        ". คะแนน ๘๘.๗๕",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_IndicatorsRunTogetherAcrossLines_EachReadOnce(bool scanned)
    {
        var lines = scanned ? RunTogetherScanned : RunTogether;
        var findings = Parse(["คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖", .. lines]);

        Assert.Equal([(1, 91.20), (2, 83.15), (3, 90.05), (4, 85.60), (5, 88.75)],
            findings.Indicators.Select(i => (i.Number, i.Score)));
        Assert.Empty(findings.Results);
    }

    [Theory]
    [InlineData("และในปี ๒๕๖๓ มีผลคะแนน ๖๗.๘๐ คะแนน", 2563, 67.80)]
    [InlineData("และในปี 2563 มีผลคะแนน 67.80 คะแนน", 2563, 67.80)]
    [InlineData("ซึ่งได้คะแนน ๙๖.๑๐ คะแนน เพิ่มขึ้นจาก ๘๔.๐๒ คะแนนของปีงบประมาณ พ.ศ. ๒๕๖๕", 2565, 84.02)]
    public void Parse_ScoreWithoutGradeTiedToItsYear_ResultWithoutGrade(string line, int year, double score) =>
        Assert.Contains(new ItaResult(year, score, null), Parse(line).Results);

    [Theory]
    [InlineData("ในปี ๒๕๖๖ สูงกว่าปีก่อน ๗.๑๓ คะแนน")]
    [InlineData("ในปี ๒๕๖๖ ผู้ตอบแบบสำรวจได้ ๒.๕๐ คะแนน")]
    [InlineData("ในปี ๒๕๖๖ แบบวัด EIT ได้ ๘๘.๑๕ คะแนน")]
    [InlineData("ในปี ๒๕๖๖ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนน ๗๑.๕๐ คะแนน")]
    public void Parse_ScoreWithoutGradeThatIsNoAssessment_NoResult(string line) => Assert.Empty(Parse(line).Results);

    [Theory]
    [InlineData("(๙) ตัวชี้วัดที่ การเปิดเผยข้อมูล ได้ ๘๗.๕๐ คะแนน ระดับ A")]
    [InlineData("(9) ตัวชีวัดที่ การเปิดเผยข้อมูล ได้ ๘๗.๕๐ คะแนน")]
    public void Parse_LabelWhoseNumberWasLost_NumberFromTheName(string line)
    {
        var findings = Parse("คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖", line);

        Assert.Equal((9, 87.50), findings.Indicators.Select(i => (i.Number, i.Score)).Single());
        Assert.Empty(findings.Results);
    }

    [Theory]
    [InlineData("ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖ ได้ ๘๓.๔๐ คะแนน (ระดับ B)")]
    [InlineData("ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖ ได้ ๘๓.๔๐ คะแนน (B)")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ มีคะแนนเฉลี่ย ๘๓.๔๐ ระดับ B")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้รับคะแนน ๘๓.๔๐ อยู่ในระดับ 8")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ คะแนนที่ได้ ๘๓.๔๐ ระดับ B")]
    public void Parse_OtherCuesAndBracketedGrades_ResultRead(string line) =>
        Assert.Equal(new ItaResult(2566, 83.40, "B"), Assert.Single(Parse(line).Results));

    [Fact]
    public void Parse_YearTableUnderATitleRowWithoutGrades_ResultsWithoutGrade()
    {
        var table = new Table(4, 2,
        [
            Cell(0, 0, "ผลการประเมิน ITA ย้อนหลัง"), Cell(0, 1, "<"),
            Cell(1, 0, "พ.ศ."), Cell(1, 1, "คะแนน ITA"),
            Cell(2, 0, "๒๕๖๔"), Cell(2, 1, "๗๑.๒๐"),
            Cell(3, 0, "๒๕๖๕"), Cell(3, 1, "๗๙.๘๕ :"),
        ]);

        Assert.Equal([new ItaResult(2564, 71.20, null), new ItaResult(2565, 79.85, null)], Parse([], table).Results);
    }

    [Fact]
    public void Parse_TableWithAYearColumnButNoYears_NoResults()
    {
        var table = new Table(3, 2,
        [
            Cell(0, 0, "ปีที่ดำเนินการ"), Cell(0, 1, "คะแนน"),
            Cell(1, 0, "ไตรมาสที่ ๑"), Cell(1, 1, "๗๑.๒๐"),
            Cell(2, 0, "ไตรมาสที่ ๒"), Cell(2, 1, "๗๙.๘๕"),
        ]);

        Assert.Empty(Parse([], table).Results);
    }
}
