using DocIngest.Core.Thai;

namespace DocIngest.Core.Tests.Thai;

public class ThaiCalendarTests
{
    [Theory]
    [InlineData(1, "2022-10-01", "2022-12-31")]
    [InlineData(2, "2023-01-01", "2023-03-31")]
    [InlineData(3, "2023-04-01", "2023-06-30")]
    [InlineData(4, "2023-07-01", "2023-09-30")]
    public void FiscalQuarterRange_Fy2566_ReturnsCalendarQuarter(int quarter, string start, string end)
    {
        var (s, e) = ThaiCalendar.FiscalQuarterRange(2566, quarter);
        Assert.Equal((start, end), (ThaiDate.ToIso(s), ThaiDate.ToIso(e)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void FiscalQuarterRange_QuarterOutOfRange_Throws(int quarter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiCalendar.FiscalQuarterRange(2566, quarter));
    }

    [Fact]
    public void FiscalQuarterOf_EveryDayOfAYear_AgreesWithFiscalQuarterRange()
    {
        for (var d = new DateOnly(2022, 9, 1); d <= new DateOnly(2023, 10, 31); d = d.AddDays(1))
        {
            var (fy, q) = ThaiCalendar.FiscalQuarterOf(d);
            var (start, end) = ThaiCalendar.FiscalQuarterRange(fy, q);
            Assert.InRange(d, start, end);
        }
    }
}
