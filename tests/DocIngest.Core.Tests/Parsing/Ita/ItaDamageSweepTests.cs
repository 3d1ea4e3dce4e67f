using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// OCR damage the damage sweep (tools/DocIngest.DamageSweep) showed breaking ITA results and indicators on several tuning
/// documents: a grade or a score wrapped onto the next line, พ.ศ. garbled before a year, ๐ / ๓ read as Latin o / m, a
/// year table's header row lost. Lines from the tuning documents as OCR read them, damaged as the sweep damages them.
/// </summary>
public class ItaDamageSweepTests
{
    private readonly ItaParser _parser = new();

    private ItaFindings Parse(IReadOnlyList<string> lines, params Table[] tables) => _parser.Parse(lines, tables, null, new List<string>());

    private static Table Grid(params string[][] rows) =>
        new(rows.Length, rows[0].Length, rows.SelectMany((r, i) => r.Select((text, k) => new TableCell(i, k, 1, 1, [text], null, 1))).ToList());

    [Fact]
    public void Parse_GradeOpeningTheLineAfterItsCue_ResultWithGrade()
    {
        // gap-memo-hospital-ita: the score on one line, "คะแนน ระดับ" on the next, the grade opening the third.
        var results = Parse([
            "การดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ตาม",
            "บัดนี้ ได้รับแจ้งผลการประเมินแล้ว โรงพยาบาลได้คะแนน ๘๘.๓๗",
            "คะแนน ระดับ",
            "A ในปีงบประมาณ พ.ศ. ๒๕๖๗ ซึ่งสูงกว่าปีที่ผ่านมา โดยตัวชี้",
        ]).Results;

        Assert.Equal([new ItaResult(2567, 88.37, "A")], results);
    }

    [Fact]
    public void Read_LoneGradeLineAfterItsCue_KeptAsTheGrade()
    {
        // memo-khemarat-ita: the grade alone on its line reads as a speck unless its cue ends the line before.
        var document = Assert.Single(Readers.ForPartA.Read(Readers.Pages(
            "บันทึกข้อความ\nส่วนราชการ สำนักงานสาธารณสุขอำเภอเขมราฐ\nเรื่อง รายงานผลการประเมินคุณธรรมและความโปร่งใส\nเรียน สาธารณสุขอำเภอเขมราฐ\n" +
            "สำนักงานสาธารณสุขอำเภอเขมราฐได้รับแจ้งผลการประเมินประจำปีงบประมาณ\nพ.ศ. ๒๕๖๕ ได้คะแนน ๘๗.๔๒ คะแนน ซึ่งอยู่ในระดับ\nA\n" +
            "จึงเรียนมาเพื่อโปรดทราบ")));

        Assert.Equal([new ItaResult(2565, 87.42, "A")], document.ItaResults);
    }

    [Fact]
    public void Parse_ScoreOpeningTheLineAfterItsCue_ResultWithGrade()
    {
        // d12-memo-ita-grades: the year two lines above the score, the grade after it.
        var results = Parse([
            "ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ มีผล",
            "คะแนนรวมเท่ากับ",
            "๘๒.๖๔ คะแนน อยู่ในระดับ B ลดลงจาก",
        ]).Results;

        Assert.Equal([new ItaResult(2567, 82.64, "B")], results);
    }

    [Fact]
    public void Parse_IndicatorScoresWrappedAfterTheirCue_EveryIndicator()
    {
        // ita-wiangkaen-running: indicators run together in a paragraph, ได้คะแนน ending a line, the score opening the next.
        var indicators = Parse([
            "ประกอบด้วย ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ ได้คะแนน",
            "90.15 ตัวชี้วัดที่ 2 การใช้งบประมาณ",
            "ได้คะแนน",
            "84.30 ตัวชี้วัดที่ 3 การใช้อำนาจ ได้คะแนน",
            "92.48 ตัวชี้วัดที่ 4 การใช้ทรัพย์สิน",
        ]).Indicators;

        Assert.Equal([(1, 90.15), (2, 84.30), (3, 92.48)], indicators.Select(i => (i.Number, i.Score)));
    }

    [Fact]
    public void Parse_ScoreUnitEndingTheLine_NotJoinedAsACue()
    {
        // "… 68.35 คะแนน" / "81.02 …": คะแนน after a score is its unit; the next line's number is no score of that cue.
        var results = Parse(["ในปีงบประมาณ 2564 มีผลคะแนน 68.35 คะแนน", "81.02 ตัวเลขอื่น"]).Results;

        Assert.Equal([new ItaResult(2564, 68.35, null)], results);
    }

    [Theory]
    // Thai digits with ๐ read o and ๓ read m, in a score and a year (d12-memo-ita-grades, ita-khongchiam-analysis).
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ มีผลคะแนนรวมเท่ากับ ๘๒.๖๔ คะแนน อยู่ในระดับ B", 2567, 82.64, "B")]
    [InlineData("ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๗ มีผลคะแนนรวมเท่ากับ ๘m.๖๔ คะแนน อยู่ในระดับ B", 2567, 83.64, "B")]
    [InlineData("ในปีงบประมาณ พ.ศ. ๒๕๖o ได้คะแนน ๗o.๙m คะแนน อยู่ในระดับ C", 2560, 70.93, "C")]
    public void Parse_ThaiDigitsReadAsLatinLetters_Digits(string line, int year, double score, string grade)
    {
        Assert.Equal([new ItaResult(year, score, grade)], Parse([line]).Results);
    }

    [Fact]
    public void Parse_YearTableWithoutItsHeaderRow_ResultsFromTheColumnsCells()
    {
        // d12-ita-municipality-table without its ปีงบประมาณ | คะแนนที่ได้ | ระดับผลการประเมิน | ผลการประเมิน row.
        var table = Grid(
            ["พ.ศ. ๒๕๖๔", "๕๒.๔๗", "E", "ไม่ผ่าน"],
            ["พ.ศ. ๒๕๖๕", "๗๐.๙๓", "C", "ไม่ผ่าน"],
            ["พ.ศ. ๒๕๖๖", "๘๕.๑๑", "A", "ผ่าน"]);

        var results = Parse([], table).Results;

        Assert.Equal([new ItaResult(2564, 52.47, "E"), new ItaResult(2565, 70.93, "C"), new ItaResult(2566, 85.11, "A")], results);
    }

    [Fact]
    public void Parse_HeaderlessTableOfYearsAndAmountsWithoutGrades_NoResults()
    {
        // Years and numbers alone, no grades: a budget by year, not the assessment's results.
        var table = Grid(["๒๕๖๔", "๕๒.๕๐"], ["๒๕๖๕", "๗๐.๒๕"], ["๒๕๖๖", "๘๕.๗๕"]);

        Assert.Empty(Parse([], table).Results);
    }

    [Theory]
    // พ.ศ. garbled before the year (ita-bungkan-twoyears, scan-ita-nongruea-typewriter): the result keeps its year.
    [InlineData("ผลการประเมินปีงบประมาณ ศ. ๒๕๖๗ ได้คะแนน ๙๒.๓๖ คะแนน อยู่ในระดับ A")]
    [InlineData("ผลการประเมินปีงบประมาณ พ,ศ. ๒๕๖๗ ได้คะแนน ๙๒.๓๖ คะแนน อยู่ในระดับ A")]
    [InlineData("ผลการประเมินปีงบประมาณ WA. ๒๕๖๗ ได้คะแนน ๙๒.๓๖ คะแนน อยู่ในระดับ A")]
    public void Read_EraGarbledBeforeTheYear_ResultWithItsYear(string line)
    {
        var document = Assert.Single(Readers.ForPartA.Read(Readers.Pages(
            "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ\nโรงพยาบาลบึงกาฬ\n" + line)));

        Assert.Equal([new ItaResult(2567, 92.36, "A")], document.ItaResults);
    }
}
