using DocIngest.Core.Extraction;
using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

public class ItaParserTests
{
    private readonly ItaParser _parser = new();

    [Theory]
    [InlineData("ตัวชี้วัด ที่ ๑ การปฏิบัติหน้าที่ ร้อยละ ๙๙.๔๖", 1, "การปฏิบัติหน้าที่", 99.46)]
    [InlineData("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล 88.50 คะแนน", 9, "การเปิดเผยข้อมูล", 88.5)]
    [InlineData("ตัวชีวัดที ๓ การใชอำนาจ ร้อยละ ๑๐๐", 3, "การใชอำนาจ", 100)]
    [InlineData("1.การปฏิบัติหน้าที่ 90.77 คะแนน", 1, "การปฏิบัติหน้าที่", 90.77)]
    [InlineData("10. การป้องกันการทุจริต 0.00 คะแนน", 10, "การป้องกันการทุจริต", 0)]
    [InlineData("ตัวชี้วัดที่ 4: การใช้ทรัพย์สินของราชการ = 83.87%", 4, "การใช้ทรัพย์สินของราชการ", 83.87)]
    public void Parse_IndicatorLine_NumberNameScore(string line, int number, string name, double score)
    {
        var findings = _parser.Parse([line], [], 2566, new List<string>());

        var indicator = Assert.Single(findings.Indicators);
        Assert.Equal(number, indicator.Number);
        Assert.Equal(name, indicator.Name);
        Assert.Equal(score, indicator.Score, 3);
        Assert.Equal(2566, indicator.FiscalYear);
    }

    [Theory]
    // OCR damaged the label (ตัวชี้วัด split, ที่ read as a Latin letter or lost): the number and the name still agree.
    [InlineData("ตัวชีวั วัด ที่๘ การปรับปรุงการทำงาน ร้อยละ ๘๖.๗๔", 8, "การปรับปรุงการทำงาน", 86.74)]
    [InlineData("ตัวชี้วัด N ๓ การใช้อำนาจ ร้อยละ ๑๐๐", 3, "การใช้อำนาจ", 100)]
    [InlineData("ตัวชวัด, Ni 2 การใช้งบประมาณ คะแนน 74.5", 2, "การใช้งบประมาณ", 74.5)]
    [InlineData("ตัวขีวัด 10 การป้องกันการทุจริต = 62.25%", 10, "การป้องกันการทุจริต", 62.25)]
    [InlineData("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน 91.30 คะแนน", 6, "คุณภาพการดำเนินงาน", 91.3)]
    // The start of ร้อยละ printed twice is no part of the name.
    [InlineData("ตัวชี้วัด ที่ ๕ การแก้ไขปัญหาการทุจริต ร้ ร้อยละ ๑๐๐", 5, "การแก้ไขปัญหาการทุจริต", 100)]
    [InlineData("ตัวชี้วัด N 9 การเปิดเผยข้อมูล คะ คะแนน 88.02", 9, "การเปิดเผยข้อมูล", 88.02)]
    public void Parse_OcrDamagedIndicatorLine_NumberNameScore(string line, int number, string name, double score)
    {
        var indicator = Assert.Single(_parser.Parse([line], [], 2566, new List<string>()).Indicators);

        Assert.Equal((number, name), (indicator.Number, indicator.Name));
        Assert.Equal(score, indicator.Score, 3);
    }

    [Theory]
    // The decimal point moved (๘๖.๗๔ read as ๘.๖๗๔): no score 8.
    [InlineData("ตัวชี้วัด, ที่๘ การปรับปรุงการทำงาน ร้ ร้อยละ ๘.๖๗๔")]
    [InlineData("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ร้อยละ 8.387")]
    // A bare number and an indicator's name need a score cue, and the name must be that number's.
    [InlineData("5 การแก้ไขปัญหาการทุจริต จัดอบรม 2 ครั้ง")]
    [InlineData("ข้อ 3 การใช้งบประมาณ ร้อยละ 80")]
    public void Parse_DamagedOrAmbiguousScore_NoIndicator(string line) =>
        Assert.Empty(_parser.Parse([line], [], 2566, new List<string>()).Indicators);

    [Theory]
    // The analysis names the year the scores were measured; the measures it leads to are for a later year.
    [InlineData("๑. วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐในปี พ.ศ. ๒๕๖๖", 2566)]
    [InlineData("ผลการประเมิน ITA ปี 2565 นำมาใช้จัดทำมาตรการ", 2565)]
    [InlineData("การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", 2567)]
    public void Parse_AssessmentYearBeforeScores_IndicatorsTakeIt(string heading, int year)
    {
        string[] lines = [heading, "(๑) กระบวนการปฏิบัติงานที่โปร่งใส", "ตัวชี้วัด ที่ ๑ การปฏิบัติหน้าที่ ร้อยละ ๙๙.๔๖", "ตัวชี้วัด N ๘ การปรับปรุงการทำงาน ร้อยละ ๘๖.๗๔"];

        var findings = _parser.Parse(lines, [], 2568, new List<string>());

        Assert.Equal([1, 8], findings.Indicators.Select(i => i.Number));
        Assert.All(findings.Indicators, i => Assert.Equal(year, i.FiscalYear));
    }

    [Fact]
    public void Parse_DateYearBeforeScores_NotTheAssessmentYear()
    {
        string[] lines = ["ลงวันที่ ๑๐ สิงหาคม ๒๕๖๖", "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ร้อยละ ๙๙.๔๖"];

        Assert.Equal(2567, Assert.Single(_parser.Parse(lines, [], 2567, new List<string>()).Indicators).FiscalYear);
    }

    [Fact]
    public void Parse_FiscalYearWrappedToNextLine_ResultTakesIt()
    {
        string[] lines = ["สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมิน (ITA) ประจำปีงบประมาณ พ.ศ.", "๒๕๖๓ เมื่อวันที่ ๒๘ กันยายน ๒๕๖๓ โดยองค์การบริหารส่วนตำบล", "มีผลคะแนนรวม ๕๐.๖๙ อยู่ในระดับ E ซึ่งไม่ผ่าน"];

        var result = Assert.Single(_parser.Parse(lines, [], 2564, new List<string>()).Results);

        Assert.Equal(new ItaResult(2563, 50.69, "E"), result);
    }

    [Theory]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๗๒.๑๐ คะแนน อยู่ใน", "ะดับ C โดยตัวชี้วัดที่ ๕ ได้คะแนนต่ำสุด")]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๗๒.๑๐ คะแนน อยู่ใน", "ระดับ C โดยตัวชี้วัดที่ ๕ ได้คะแนนต่ำสุด")]
    public void Parse_GradeWrappedWithItsFirstLetterLost_Read(string line, string next)
    {
        var result = Assert.Single(_parser.Parse([line, next], [], 2567, new List<string>()).Results);
        Assert.Equal(new ItaResult(2566, 72.1, "C"), result);
    }

    [Fact]
    public void Parse_WordEndingInADubWithoutอยู่ใน_NoGrade()
    {
        // "ยกระดับ" elsewhere must not pass for a grade: only ระดับ right after อยู่ใน may have lost its ร.
        var findings = _parser.Parse(["ได้คะแนน ๗๒.๑๐ คะแนน เพื่อยกะดับ C"], [], 2567, new List<string>());
        Assert.Empty(findings.Results);
    }

    [Theory]
    [InlineData("ซึ่งควรยกระดับ ตัวชี้วัด ที่ ๘ การปรับปรุงการทำงาน โดยให้ปรับปรุงคู่มือ")]
    [InlineData("3. จัดประชุมชี้แจง 2 ครั้ง")]
    [InlineData("๓.๑ การกำหนดมาตรการ ประจำปี ๒๕๖๔")]
    public void Parse_LineWithoutScore_NoIndicator(string line) =>
        Assert.Empty(_parser.Parse([line], [], null, new List<string>()).Indicators);

    [Fact]
    public void Parse_SameIndicatorRepeated_KeptOnce()
    {
        var findings = _parser.Parse(["ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ร้อยละ ๘๖.๗๔", "ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ร้อยละ ๘๖.๗๔"], [], null, new List<string>());

        Assert.Single(findings.Indicators);
    }

    [Fact]
    public void Parse_ConflictingScores_Warns()
    {
        var warnings = new List<string>();
        _parser.Parse(["ตัวชี้วัดที่ 2 การใช้งบประมาณ ร้อยละ 80", "ตัวชี้วัดที่ 2 การใช้งบประมาณ ร้อยละ 85"], [], 2565, warnings);

        Assert.Contains(warnings, w => w.Contains("indicator 2"));
    }

    [Fact]
    public void Parse_TableRowsNameAndScore_IndicatorNumbersFromNames()
    {
        var table = new Table(3, 2,
        [
            new TableCell(0, 0, 1, 1, ["ตัวชี้วัด"], null, 1), new TableCell(0, 1, 1, 1, ["คะแนน"], null, 1),
            new TableCell(1, 0, 1, 1, ["คุณภาพการดำเนินงาน"], null, 1), new TableCell(1, 1, 1, 1, ["๗๕.๓๒"], null, 1),
            new TableCell(2, 0, 1, 1, ["ประสิทธิภาพการสื่อสาร"], null, 1), new TableCell(2, 1, 1, 1, ["80.91"], null, 1),
        ]);

        var findings = _parser.Parse([], [table], 2564, new List<string>());

        Assert.Equal([6, 7], findings.Indicators.Select(i => i.Number));
        Assert.Equal(75.32, findings.Indicators[0].Score, 3);
    }

    [Theory]
    [InlineData("จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. ๒๕๖๔ พบว่า มีผลคะแนน ๗๙.๓๔ อยู่ในระดับ B ซึ่งผ่านเกณฑ์", 2564, 79.34, "B")]
    [InlineData("ประจำปีงบประมาณ พ.ศ. 2563 ค่าคะแนนเท่ากับ 74.17 คะแนน อยู่ในระดับ C", 2563, 74.17, "C")]
    [InlineData("ปีงบประมาณ ๒๕๖๖ ได้คะแนน ๙๕.๒๐ คะแนน อยู่ในระดับ AA", 2566, 95.2, "AA")]
    [InlineData("มีผลคะแนนรวม ๕๐.๖๙ อยู่ในระดับ E ซึ่งไม่ผ่าน ปีงบประมาณ 2563", 2570, 50.69, "E")]
    public void Parse_OverallResult_YearScoreGrade(string line, int year, double score, string grade)
    {
        var findings = _parser.Parse([line], [], 2570, new List<string>());

        var result = Assert.Single(findings.Results);
        Assert.Equal(year, result.FiscalYear);
        Assert.Equal(score, result.Score, 3);
        Assert.Equal(grade, result.Grade);
    }

    [Fact]
    public void Parse_GradeWrappedToNextLine_ResultHasGrade()
    {
        string[] lines = ["ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ได้คะแนน ๘๑.๒๔ คะแนน อยู่ใน", "ระดับ B โดยตัวชี้วัดที่ ๒ การใช้งบประมาณ ได้คะแนน ๗๔.๕๐ คะแนน"];

        var result = Assert.Single(_parser.Parse(lines, [], null, new List<string>()).Results);

        Assert.Equal(new ItaResult(2567, 81.24, "B"), result);
    }

    [Fact]
    public void Parse_GradeReadAsEightOnNextLine_GradeB()
    {
        string[] lines = ["จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. ๒๕๖๔ พบว่า มีผลคะแนน ๗๙.๓๔ อยู่ในระดับ", "8 ซึงผ่านเกณฑ์การประเมิน ดังนี้"];

        var result = Assert.Single(_parser.Parse(lines, [], null, new List<string>()).Results);

        Assert.Equal(new ItaResult(2564, 79.34, "B"), result);
    }

    [Fact]
    public void Parse_AverageOfOneAssessment_NotAnOverallResult() =>
        Assert.Empty(_parser.Parse(["(๑) แบบวัด IIT มีคะแนนเฉลี่ย ๗๙.๘๘ คะแนน"], [], null, new List<string>()).Results);

    [Fact]
    public void Parse_IndicatorsAfterResultsOfSeveralYears_LatestScoredYear()
    {
        // Indicators run on after a passage of results whose last clause names the oldest year (tuning text layer).
        string[] lines =
        [
            "ประจำปีงบประมาณ พ.ศ. 2566 ได้คะแนนเฉลี่ย 85.67 คะแนน อยู่ในระดับ A ผ่านเกณฑ์ ส่วนปีงบประมาณ พ.ศ. 2565 ได้คะแนน",
            "81.02 คะแนน ระดับ B ไม่ผ่านเกณฑ์ และในปี 2564 มีผลคะแนน 68.35 คะแนน",
            "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้คะแนน 90.15",
            "ตัวชี้วัดที่ 2 การใช้งบประมาณ ได้คะแนน 84.30",
        ];

        var findings = _parser.Parse(lines, [], null, new List<string>());

        Assert.Equal([2566, 2566], findings.Indicators.Select(i => i.FiscalYear!.Value));
        Assert.Contains(findings.Results, r => r.FiscalYear == 2564 && Math.Abs(r.Score - 68.35) < 0.001);
    }

    [Fact]
    public void Parse_IndicatorHeadingAfterResults_HeadingYear()
    {
        string[] lines =
        [
            "ปีงบประมาณ พ.ศ. 2567 ได้คะแนน 87.53 คะแนน อยู่ในระดับ A",
            "ปีงบประมาณ พ.ศ. 2566 ได้คะแนน 79.18 คะแนน ระดับ B",
            "ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2566",
            "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ร้อยละ 93.41",
        ];

        var indicator = Assert.Single(_parser.Parse(lines, [], null, new List<string>()).Indicators);

        Assert.Equal(2566, indicator.FiscalYear);
    }

    [Fact]
    public void Parse_YearTableGradeReadAsLoneDigit_ScoreBand()
    {
        // Cut from a tuning G4 scan: the grade C of a year row read as "0".
        static TableCell Cell(int r, int c, string text) => new(r, c, 1, 1, [text], null, 1);
        var table = new Table(3, 4,
        [
            Cell(0, 0, "ปีงบประมาณ"), Cell(0, 1, "คะแนนที่ได้"), Cell(0, 2, "ระดับผลการ ประเมิน"), Cell(0, 3, "ผลการประเมิน"),
            Cell(1, 0, "พ.ศ. ๒๕๖๕"), Cell(1, 1, "๗๐.๙๓"), Cell(1, 2, "0"), Cell(1, 3, "ไม่ผ่าน"),
            Cell(2, 0, "พ.ศ. ๒๕๖๖"), Cell(2, 1, "๘๕.๑๑"), Cell(2, 2, "A"), Cell(2, 3, "ผ่าน"),
        ]);

        var results = _parser.Parse([], [table], 2567, new List<string>()).Results;

        Assert.Contains(results, r => r.FiscalYear == 2565 && r.Grade == "C");
        Assert.Contains(results, r => r.FiscalYear == 2566 && r.Grade == "A");
    }
}
