using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class InkSpecksTests
{
    private static (GrayImage Gray, GrayImage Binary) Page()
    {
        var gray = new GrayImage(60, 40, dpi: 300);
        var binary = new GrayImage(60, 40, dpi: 300);
        void Ink(int x, int y, int w, int h)
        {
            for (int yy = y; yy < y + h; yy++)
                for (int xx = x; xx < x + w; xx++) { gray[xx, yy] = 40; binary[xx, yy] = 0; }
        }
        Ink(2, 2, 2, 2);    // a halftone dot
        Ink(10, 30, 3, 1);  // a grain of the copy
        Ink(20, 20, 5, 5);  // a decimal point of 12-point type (0.017 in at 300 dpi)
        Ink(40, 5, 4, 25);  // a stroke
        return (gray, binary);
    }

    [Fact]
    public void Whiten_SpecksAndLargerInk_OnlySpecksWhitenedInBoth()
    {
        var (gray, binary) = Page();

        int whitened = InkSpecks.Whiten(gray, binary, side: 3);

        Assert.Equal(2, whitened);
        Assert.Equal(255, gray[2, 2]);
        Assert.Equal(255, binary[11, 30]);
        Assert.Equal(40, gray[22, 22]);
        Assert.Equal(0, binary[41, 10]);
    }

    [Fact]
    public void Whitened_LabelledPage_CopyLosesSpecksPageAndBinaryKeepThem()
    {
        var (gray, binary) = Page();
        var labels = DocIngest.Ocr.Digits.InkComponents.Label(binary, InkMask.InkThreshold, out var components);

        var copy = InkSpecks.Whitened(gray, labels, components, side: 3);

        Assert.Equal((255, 255, 40, 40), (copy[2, 2], copy[11, 30], copy[22, 22], copy[41, 10]));
        Assert.Equal(40, gray[2, 2]);
        Assert.Equal(0, binary[2, 2]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Whiten_RandomInk_EveryPixelOfEverySpeckAndNoOther(int side)
    {
        // Dense random ink: specks sit inside the boxes of larger pieces and larger pieces inside specks' boxes.
        var random = new Random(side);
        var binary = new GrayImage(97, 61);
        for (int i = 0; i < binary.Pixels.Length; i++) binary.Pixels[i] = random.Next(10) < 3 ? (byte)0 : (byte)255;
        var gray = new GrayImage(97, 61, binary.Pixels.Select(p => p == 0 ? (byte)40 : (byte)250).ToArray());
        var labels = DocIngest.Ocr.Digits.InkComponents.Label(binary, InkMask.InkThreshold, out var components);
        var (grayBefore, binaryBefore) = ((byte[])gray.Pixels.Clone(), (byte[])binary.Pixels.Clone());

        int whitened = InkSpecks.Whiten(gray, binary, side);

        Assert.Equal(components.Count(c => c.Width <= side && c.Height <= side), whitened);
        for (int i = 0; i < labels.Length; i++)
        {
            bool speck = labels[i] > 0 && components[labels[i] - 1] is var c && c.Width <= side && c.Height <= side;
            Assert.Equal(speck ? (byte)255 : grayBefore[i], gray.Pixels[i]);
            Assert.Equal(speck ? (byte)255 : binaryBefore[i], binary.Pixels[i]);
        }
    }

    [Fact]
    public void Whiten_SideZero_NothingChanges()
    {
        var (gray, binary) = Page();

        Assert.Equal(0, InkSpecks.Whiten(gray, binary, side: 0));
        Assert.Equal(40, gray[2, 2]);
    }

    [Fact]
    public void Whiten_ImagesOfDifferentSizes_Throws() =>
        Assert.Throws<ArgumentException>(() => InkSpecks.Whiten(new GrayImage(10, 10), new GrayImage(10, 11), 3));
}
