using DocIngest.Cli.Evaluation.Corpus;

namespace DocIngest.Cli.Tests.Evaluation.Corpus;

public class DigitAlignmentTests
{
    [Fact]
    public void Score_EveryDigitRead_CountsAll()
    {
        Assert.Equal((7, 7), DigitAlignment.Score("ที่ชบ๐๘๓๒.๑/๕๐", "ที่ชบ๐๘๓๒.๑/๕๐"));
    }

    [Fact]
    public void Score_ThaiDigitReadAsArabic_IsAMiss()
    {
        Assert.Equal((3, 4), DigitAlignment.Score("พ.ศ.๒๕๖๒", "พ.ศ.๒๕6๒"));
    }

    [Fact]
    public void Score_LettersMisreadAroundDigits_DoNotCountAgainstThem()
    {
        Assert.Equal((4, 4), DigitAlignment.Score("ประจำปีงบประมาณ๒๕๖๒", "ประจาปึงบปรมาณ๒๕๖๒"));
    }

    [Fact]
    public void Score_DigitDropped_IsAMiss()
    {
        Assert.Equal((3, 4), DigitAlignment.Score("โทร๐๓๘๒", "โทร๐๓๒"));
    }

    [Fact]
    public void Score_NumberMixingThaiAndArabicInTheTruth_IsNotCounted()
    {
        // A layer's glyph-map slip: the page shows ๒๕๖๒, the layer says 25๖๒; only ๑๓ is truth about digits.
        Assert.Equal((2, 2), DigitAlignment.Score("๑๓พฤศจิกายน25๖๒", "๑๓พฤศจิกายน๒๕๖๒"));
    }

    [Fact]
    public void Score_NoDigits_CountsNothing()
    {
        Assert.Equal((0, 0), DigitAlignment.Score("บันทึกข้อความ", "บันทึก"));
    }

    [Fact]
    public void Misses_DigitReadAsLetterAndDigitDropped_ListsBothWithContext()
    {
        var misses = DigitAlignment.Misses("เลขที่๑๒๗/๒๕๖๔", "เลขที่๑๒ซ/๒๕๔", context: 2);

        Assert.Equal(2, misses.Count);
        Assert.Equal(('๗', 'ซ'), (misses[0].Digit, misses[0].ReadAs));
        Assert.Equal("๑๒๗/๒", misses[0].Expected);
        Assert.Equal("๑๒ซ/๒", misses[0].Actual);
        Assert.Equal('๖', misses[1].Digit);
        Assert.Null(misses[1].ReadAs);
    }

    [Fact]
    public void Misses_AgreeWithScore()
    {
        const string expected = "วันที่๑๔กุมภาพันธ์๒๕๖๕โทร๐๔๓๘๑๑๖๗๘", actual = "วันที่๑๕กุมภาพันธ์๒๕๒๕โทร๐๔๓๘๑๖๗๘";
        var (read, counted) = DigitAlignment.Score(expected, actual);

        Assert.Equal(counted - read, DigitAlignment.Misses(expected, actual).Count);
    }

    [Fact]
    public void Misses_EveryDigitRead_IsEmpty()
    {
        Assert.Empty(DigitAlignment.Misses("พ.ศ.๒๕๖๒", "พ.ศ.๒๕๖๒"));
    }
}
