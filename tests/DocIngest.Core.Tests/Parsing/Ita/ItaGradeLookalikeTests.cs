using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Ita;

namespace DocIngest.Core.Tests.Parsing.Ita;

/// <summary>ITA results whose grade, score or year OCR read as look-alikes (sentences and tables written for these tests).</summary>
public class ItaGradeLookalikeTests
{
    private readonly ItaParser _parser = new();

    [Theory]
    [InlineData("ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๖๙.๒๐ คะแนน อยู่ในระดับ 6", "C")]
    [InlineData("ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๗๘.๒๐ คะแนน อยู่ในระดับ 8", "B")]
    [InlineData("ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๙.๒๐ คะแนน อยู่ในระดับ ค", "A")]
    [InlineData("ผลการประเมินปีงบประมาณ พ.ศ. ๒๕๖๖ อยู่ในระดับ คค ด้วยคะแนน ๙๖.๒๐ คะแนน", "AA")]
    public void Parse_GradeReadAsLookalike_LatinGrade(string line, string grade)
    {
        var result = Assert.Single(_parser.Parse([line], [], null, new List<string>()).Results);

        Assert.Equal(grade, result.Grade);
        Assert.Equal(2566, result.FiscalYear);
    }

    [Fact]
    public void Parse_GradeWordAfterLevel_NotAGrade()
    {
        // ระดับ followed by a Thai word (ระดับคุณภาพ): ค opens the word, it is no grade.
        var results = _parser.Parse(["ปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๘๙.๒๐ คะแนน อยู่ในระดับคุณภาพดี"], [], null, new List<string>()).Results;

        Assert.DoesNotContain(results, r => r.Grade == "A");
    }

    [Fact]
    public void Parse_ScoreWithStrayGlyphAndYearWithSixAsWo_Repaired()
    {
        var results = _parser.Parse(["ประจำปีงบประมาณ พ.ศ. ๒๕ว๗ ได้คะแนน ๘๑.๕ใ๕ คะแนน อยู่ในระดับ B"], [], null, new List<string>()).Results;

        Assert.Equal(new ItaResult(2567, 81.55, "B"), Assert.Single(results));
    }

    [Fact]
    public void Parse_YearTableWhoseScoreHeadingWasLost_ScoreColumnFromItsCells()
    {
        var table = new Table(3, 3,
        [
            Cell(0, 0, "ปีงบประมาณ"), Cell(0, 1, ""), Cell(0, 2, "ระดับ"),
            Cell(1, 0, "๒๕๖๔"), Cell(1, 1, "๗๐.๕๕"), Cell(1, 2, "C"),
            Cell(2, 0, "๒๕ว๕"), Cell(2, 1, "๘๐.๑๐"), Cell(2, 2, "B"),
        ]);

        var results = _parser.Parse([], [table], null, new List<string>()).Results;

        Assert.Equal([new ItaResult(2564, 70.55, "C"), new ItaResult(2565, 80.10, "B")], results);
    }

    [Fact]
    public void Parse_IndicatorRowWhoseScoreWasGarbled_NumberCellIsNoScore()
    {
        var table = new Table(1, 3, [Cell(0, 0, "๔"), Cell(0, 1, "การใช้ทรัพย์สินของราชการ"), Cell(0, 2, "๘ธส.ว๔")]);

        var indicators = _parser.Parse([], [table], 2566, new List<string>()).Indicators;

        Assert.Empty(indicators);
    }

    private static TableCell Cell(int row, int column, string text) => new(row, column, 1, 1, [text], null, 1);

    [Fact]
    public void Parse_IndicatorScoreWrappedOntoTheNextLine_Read()
    {
        var indicators = _parser.Parse(
            ["ตัวชี้วัดที่อ่อนที่สุด คือ ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร ได้", "คะแนน ๖๘.๔๐ คะแนน จึงต้องปรับปรุงช่องทางสื่อสาร"],
            [], 2567, new List<string>()).Indicators;

        var indicator = Assert.Single(indicators);
        Assert.Equal((7, 68.40), (indicator.Number, indicator.Score));
    }
}
