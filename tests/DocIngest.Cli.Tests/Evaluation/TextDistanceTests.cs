using DocIngest.Cli.Evaluation;

namespace DocIngest.Cli.Tests.Evaluation;

public class TextDistanceTests
{
    [Fact]
    public void CharacterErrorRate_DifferentWhitespaceAndTableBars_IsZero() =>
        Assert.Equal(0, TextDistance.CharacterErrorRate("มาตรการ | ผู้รับผิดชอบ\nสำนักปลัด", "มาตรการผู้รับ ผิดชอบ  สำนัก\nปลัด"));

    [Fact]
    public void CharacterErrorRate_DottedLeaderOfAnotherLength_IsZero() =>
        Assert.Equal(0, TextDistance.CharacterErrorRate("ความเห็นปลัดเทศบาล......................\n(ลงชื่อ)..........", "ความเห็นปลัดเทศบาล\n(ลงชื่อ)"));

    [Fact]
    public void CharacterErrorRate_OneWrongDigitInTen_IsOneTenth() =>
        Assert.Equal(0.1, TextDistance.CharacterErrorRate("๑๒๓๔๕๖๗๘๙๐", "๑๒๓๔๕๖๗๘๖๐"), 6);

    [Fact]
    public void CharacterErrorRate_DecomposedSaraAm_CountsAsSame() =>
        Assert.Equal(0, TextDistance.CharacterErrorRate("สำนัก", "ส\u0E4D\u0E32นัก"));

    [Fact]
    public void Similarity_LongTexts_UsesBigramsAndStaysInRange()
    {
        var a = string.Concat(Enumerable.Repeat("การประเมินคุณธรรมและความโปร่งใส", 30));
        var b = a.Replace("คุณธรรม", "คุณธาม");

        Assert.InRange(TextDistance.Similarity(a, b), 0.8, 0.99);
        Assert.Equal(1, TextDistance.Similarity(a, a), 6);
    }
}
