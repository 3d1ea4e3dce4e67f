using DocIngest.Core.Numerics;

namespace DocIngest.Core.Tests.Numerics;

public class IntervalsTests
{
    [Fact]
    public void Union_OverlappingTouchingAndApart_DisjointLeftToRight() =>
        Assert.Equal([(0, 15), (20, 30)], Intervals.Union([(20, 25), (0, 10), (5, 15), (25, 30)]));

    [Fact]
    public void Union_Empty_Empty() => Assert.Empty(Intervals.Union([]));
}
