using DocIngest.Core.Numerics;

namespace DocIngest.Core.Tests.Numerics;

public sealed class OrderStatisticsTests
{
    [Fact]
    public void UpperMedian_EvenCount_TakesTheUpperMiddleValue() =>
        Assert.Equal(47, OrderStatistics.UpperMedian([40, 99, 47, 30]));

    [Fact]
    public void UpperMedian_NoValues_IsZero() => Assert.Equal(0, OrderStatistics.UpperMedian(Array.Empty<int>()));

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.75, 4)]
    [InlineData(0.9, 5)]
    [InlineData(1.0, 5)]
    public void At_Shares_GiveTheValueAtThatRank(double share, int expected) =>
        Assert.Equal(expected, OrderStatistics.At([5, 3, 1, 4, 2], share));

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheMiddleValues() => Assert.Equal(2.5, OrderStatistics.Median([4.0, 1.0, 3.0, 2.0]));

    [Fact]
    public void Median_NoValues_Throws() => Assert.Throws<ArgumentException>(() => OrderStatistics.Median([]));
}
