using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>
/// Cue words and years as OCR misreads them in display and handwriting-like faces (the font sweep's sweep-tune fonts,
/// tools/sweep/ita_sweep.py): คะแนน with its last letter read as a run of แ / น / เ, ระดับ with บ read as ย, ใน read as
/// ไน, ประเมิน damaged at its end, a grade read as a lone bracket, พ.ศ. read as digits or with a bracket, a year whose ๒
/// was read as a letter. Lines written for these tests (an agency of their own).
/// </summary>
public class ItaMisreadCueTests
{
    private readonly ItaParser _parser = new();

    private List<ItaResult> Results(params string[] lines) => _parser.Parse(lines, [], null, new List<string>()).Results.ToList();

    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้ ๖๘.๔๒", "คะแนแนเ ระดับ C ส่วนปีงบประมาณ พ.ศ. ๒๕๖๖ ได้ ๗๐.๑๐ คะแนน ระดับ C")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้ ๖๘.๔๒", "คะแนแระดับ C")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๕ มีผลคะแนแน ๖๘.๔๒", "คะแนน ซึ่งอยู่ในระดับ C")]
    public void Parse_ScoreWordEndingMisread_ResultWithGrade(string first, string second) =>
        Assert.Equal(new ItaResult(2565, 68.42, "C"), Results(first, second)[0]);

    [Fact]
    public void Parse_ScoreWordWithAverage_Kept()
    {
        // คะแนนเฉลี่ย is a word of its own: its เ is no misread letter.
        Assert.Equal(new ItaResult(2565, 68.42, "C"), Assert.Single(Results("ปีงบประมาณ พ.ศ. ๒๕๖๕ คะแนนเฉลี่ย ๖๘.๔๒ ระดับ C")));
    }

    [Theory]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้ ๙๖.๔๐ คะแนน ระดัย AA")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ เท่ากับ ๙๖.๔๐ คะแนน ผลการประเมินอยู่ไนแระดับ AA")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖ มีผลคะแนน ๙๖.๔๐ คะแนน ผลการ ประเมิแอยู่ในระดับ AA")]
    public void Parse_GradeCueMisread_ResultWithGrade(string line) =>
        Assert.Equal(new ItaResult(2566, 96.40, "AA"), Assert.Single(Results(line)));

    [Fact]
    public void Parse_GradeReadAsLoneBracket_ItsScoresBand()
    {
        var results = Results("ปีงบประมาณ พ.ศ. ๒๕๖๕ ได้ ๖๘.๔๒ คะแนน ระดับ ( ส่วนปีงบประมาณ พ.ศ. ๒๕๖๖ ได้ ๘๐.๑๐ คะแนน ระดับ B");

        Assert.Equal([new ItaResult(2565, 68.42, "C"), new ItaResult(2566, 80.10, "B")], results);
    }

    [Theory]
    // พ.ศ. read as digits, its last point as a bracket, the year's ๒ as a letter: the clause's own year, not the line before's.
    [InlineData("ในปีงบประมาณ 9.02 2566 ได้ 71.04 คะแนน (เกรด C)", 2566)]
    [InlineData("ในปีงบประมาณ พ.ศ) 2566 ได้ 71.04 คะแนน (เกรด C)", 2566)]
    [InlineData("ในปีงบประมาณ W.Al. ไ๕๖๔ ได้ ๗๑.๐๔ คะแนน ระดับ C", 2564)]
    public void Parse_YearCueOrDigitMisread_TheClausesYear(string line, int year)
    {
        var results = Results("ในปีงบประมาณ พ.ศ. 2567 ได้ 80.00 คะแนน ระดับ B", line);

        Assert.Equal(2, results.Count);
        Assert.Equal(new ItaResult(year, 71.04, "C"), results[1]);
    }

    [Fact]
    public void Parse_NumberBeforeYearWithoutCue_NoYear()
    {
        // A score and a year side by side without a year cue: the score is no era.
        var results = Results("ในปีงบประมาณ พ.ศ. 2567 ได้ 80.00 คะแนน ระดับ B", "คะแนนรวม 9.02 2566 ระดับ C");

        Assert.DoesNotContain(results, r => r.FiscalYear == 2566);
    }
}
