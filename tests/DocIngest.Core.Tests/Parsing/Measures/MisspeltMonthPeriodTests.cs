using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>Periods whose month OCR misspelt by one letter (texts written for these tests).</summary>
public class MisspeltMonthPeriodTests
{
    [Theory]
    [InlineData("ตั้งแต่เดือนธันวาคุม 2567 ถึงเดือนมีนาคม 2568", "2024-12-01", "2025-03-31")]
    [InlineData("ตุลลาคม ๒๕๖๗ - มกราคม ๒๕๖๘", "2024-10-01", "2025-01-31")]
    public void Parse_MonthOneLetterOff_ReadAsThatMonth(string text, string start, string end)
    {
        var period = PeriodParser.Parse(text, 2568);

        Assert.Equal((start, end), (period!.Start, period.End));
        Assert.Equal(text, period.Text);
    }

    [Fact]
    public void Parse_OtherWordBeforeYear_NotAMonth()
    {
        var period = PeriodParser.Parse("ตลอดปีงบประมาณ 2568", 2568);

        Assert.Equal(("2024-10-01", "2025-09-30"), (period!.Start, period.End));
    }
}
