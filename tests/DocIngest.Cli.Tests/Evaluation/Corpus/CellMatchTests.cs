using DocIngest.Cli.Evaluation.Corpus;

namespace DocIngest.Cli.Tests.Evaluation.Corpus;

public sealed class CellMatchTests
{
    [Fact]
    public void Score_CellsReadRightInAnotherGridPosition_Counted()
    {
        // The reading found the same cells on a grid with an extra header row: positions differ, texts match.
        var truth = new[] { "ลำดับ", "มาตรการ", "๑", "บันทึกข้อตกลง" };

        var score = CellMatch.Score(truth, ["", "ลำดับ", "มาตรการ", "๑", "บันทึก ข้อตกลง"]);

        Assert.Equal((4, 4), score); // spaces fold away as in the CER
    }

    [Fact]
    public void Score_OneReadCellForTwoEqualTruthCells_CountsOnce()
    {
        var score = CellMatch.Score(["-", "-", "๑๒๐,๐๐๐"], ["-", "๑๒๐,๐๐๐"]);

        Assert.Equal((2, 3), score);
    }

    [Fact]
    public void Score_DigitMisread_NotCounted()
    {
        // An amount with one digit wrong is a wrong cell, however close.
        var score = CellMatch.Score(["๒๘๐,๐๐๐.๐๐"], ["๒๘๐,000.๐๐"]);

        Assert.Equal((0, 1), score);
    }

    [Fact]
    public void Score_PageWithoutRuledTables_NothingToScore() =>
        Assert.Equal((0, 0), CellMatch.Score([], ["ข้อความ"]));
}
