using DocIngest.Core.Review;

namespace DocIngest.Core.Tests.Review;

public sealed class PlausibilityTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData(2565, true)]
    [InlineData(2571, true)]
    [InlineData(2572, false)]
    [InlineData(2505, false)] // ๒๕๖๕ with ๖ misread as ๐
    [InlineData(2539, false)]
    public void IsPlausibleYear_Range_Expected(int year, bool expected) =>
        Assert.Equal(expected, Plausibility.IsPlausibleYear(year, Today));

    [Fact]
    public void IsPlausibleDate_MisreadCentury_False() =>
        Assert.False(Plausibility.IsPlausibleDate(new DateOnly(1962, 2, 10), Today));

    [Theory]
    [InlineData("2022-02-10", 2565, true)]
    [InlineData("2021-10-01", 2565, true)]  // fiscal 2565 starts in October 2021
    [InlineData("2021-09-30", 2565, true)]  // a plan made just before its fiscal year
    [InlineData("2022-02-10", 2567, false)]
    public void FiscalYearMatchesDate_Examples_Expected(string iso, int fiscalYear, bool expected) =>
        Assert.Equal(expected, Plausibility.FiscalYearMatchesDate(fiscalYear, DateOnly.Parse(iso)));

    [Theory]
    [InlineData(96.2, "AA")]
    [InlineData(95.0, "AA")]
    [InlineData(94.99, "A")]
    [InlineData(85.0, "A")]
    [InlineData(80.5, "B")]
    [InlineData(70.0, "C")]
    [InlineData(60.0, "D")]
    [InlineData(52.0, "E")]
    [InlineData(49.9, "F")]
    public void ItaGrade_Score_OnacScale(double score, string grade) => Assert.Equal(grade, Plausibility.ItaGrade(score));
}
