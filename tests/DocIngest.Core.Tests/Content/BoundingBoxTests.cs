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
    public void Inflate_Margin_GrowsEverySide() =>
        Assert.Equal(new BoundingBox(7, 17, 36, 56), new BoundingBox(10, 20, 30, 50).Inflate(3));
}
