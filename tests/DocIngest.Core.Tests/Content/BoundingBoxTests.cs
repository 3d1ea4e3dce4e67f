using DocIngest.Core.Content;

namespace DocIngest.Core.Tests.Content;

public class BoundingBoxTests
{
    [Theory]
    [InlineData(10, 20, true)]
    [InlineData(39, 69, true)]
    [InlineData(40, 30, false)]
    [InlineData(20, 70, false)]
    [InlineData(9, 30, false)]
    public void Contains_Pixel_InsideWithRightAndBottomExcluded(int x, int y, bool expected) =>
        Assert.Equal(expected, new BoundingBox(10, 20, 30, 50).Contains(x, y));

    [Fact]
    public void OverlapsHorizontally_SharedColumnsOnly_True()
    {
        var box = new BoundingBox(10, 0, 30, 10);
        Assert.True(box.OverlapsHorizontally(new BoundingBox(39, 500, 5, 5)));
        Assert.False(box.OverlapsHorizontally(new BoundingBox(40, 0, 5, 5))); // touches the right edge
    }

    [Theory]
    [InlineData(50, 20)]   // rows 50..69 shared
    [InlineData(100, -30)] // 30 rows of gap
    public void VerticalOverlap_SharedRowsOrGap_Signed(int y, int expected) =>
        Assert.Equal(expected, new BoundingBox(0, 20, 10, 50).VerticalOverlap(new BoundingBox(100, y, 10, 20)));

    [Theory]
    [InlineData(105, 40, true)]   // a second piece of the same line
    [InlineData(60, 120, true)]   // a taller box of marks and letters: each holds the other's centre
    [InlineData(135, 40, false)]  // the next line, overlapping the box's bottom but not its centre
    [InlineData(60, 300, false)]  // a box of two rows: its centre (210) lies below the line
    public void SharesCentreRowWith_LineAt100_TrueOnlyWhenEachCentreIsInTheOther(int y, int height, bool expected)
    {
        var line = new BoundingBox(0, 100, 500, 50);
        var other = new BoundingBox(600, y, 100, height);
        Assert.Equal(expected, line.SharesCentreRowWith(other));
        Assert.Equal(expected, other.SharesCentreRowWith(line));
    }

    [Theory]
    [InlineData(20, 30)]   // shares columns 20-49
    [InlineData(50, 0)]    // touches
    [InlineData(70, -20)]  // 20 columns apart
    public void HorizontalOverlap_SharedColumnsOrGap_Signed(int x, int expected) =>
        Assert.Equal(expected, new BoundingBox(0, 0, 50, 10).HorizontalOverlap(new BoundingBox(x, 100, 40, 10)));

    [Fact]
    public void Inflate_Margin_GrowsEverySide() =>
        Assert.Equal(new BoundingBox(7, 17, 36, 56), new BoundingBox(10, 20, 30, 50).Inflate(3));
}
