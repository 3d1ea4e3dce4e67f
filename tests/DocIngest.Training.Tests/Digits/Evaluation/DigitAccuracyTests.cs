using DocIngest.Training.Digits.Evaluation;

namespace DocIngest.Training.Tests.Digits.Evaluation;

public class DigitAccuracyTests
{
    [Fact]
    public void Compare_SubstitutedAndDroppedDigits_CountWrong()
    {
        var count = DigitAccuracy.Compare("ที่ ๕/๒๕๖๔", "ที่ ๕/๒๕๕");

        Assert.Equal(new DigitAccuracy.Count(5, 3), count);
    }

    [Fact]
    public void Compare_DifferentSpacing_IsIgnored()
    {
        Assert.Equal(1.0, DigitAccuracy.Compare("วันที่ ๑๙ ก.ย.", "วันที่๑๙ ก.ย.").Accuracy);
    }

    [Fact]
    public void AlignDigits_DroppedDigit_PairsWithNull()
    {
        var pairs = DigitAccuracy.AlignDigits("๗๙", "๙");

        Assert.Equal([('๗', (char?)null), ('๙', '๙')], pairs);
    }
}
