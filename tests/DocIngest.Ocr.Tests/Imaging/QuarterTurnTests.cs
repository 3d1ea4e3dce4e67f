using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Imaging;

public class QuarterTurnTests
{
    /// <summary>A 3 x 2 page whose pixels are numbered row by row: 0 1 2 / 3 4 5.</summary>
    private static GrayImage Numbered() => new(3, 2, [0, 1, 2, 3, 4, 5], dpi: 200);

    [Fact]
    public void Rotate_Clockwise90_TopLeftGoesTopRight()
    {
        var turned = QuarterTurn.Rotate(Numbered(), 90);

        Assert.Equal((2, 3, 200), (turned.Width, turned.Height, turned.Dpi));
        Assert.Equal(new byte[] { 3, 0, 4, 1, 5, 2 }, turned.Pixels);
    }

    [Fact]
    public void Rotate_Clockwise270_TopLeftGoesBottomLeft()
    {
        var turned = QuarterTurn.Rotate(Numbered(), 270);

        Assert.Equal((2, 3), (turned.Width, turned.Height));
        Assert.Equal(new byte[] { 2, 5, 1, 4, 0, 3 }, turned.Pixels);
    }

    [Fact]
    public void Rotate_180_ReversesThePixels()
    {
        Assert.Equal(new byte[] { 5, 4, 3, 2, 1, 0 }, QuarterTurn.Rotate(Numbered(), 180).Pixels);
    }

    [Theory]
    [InlineData(90, 270)]
    [InlineData(180, 180)]
    [InlineData(270, 90)]
    public void Rotate_TurnThenTurnBack_TheSamePage(int turn, int back)
    {
        var page = Numbered();

        Assert.Equal(page.Pixels, QuarterTurn.Rotate(QuarterTurn.Rotate(page, turn), back).Pixels);
    }

    [Theory]
    [InlineData(45)]
    [InlineData(-90)]
    [InlineData(360)]
    public void Rotate_NotAQuarterTurn_Throws(int degrees)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuarterTurn.Rotate(Numbered(), degrees));
    }
}
