using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Images;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Pipeline.Tests.Loading.Images;

public class ImageLoaderTests
{
    [Fact]
    public void Load_GiantImageHeader_FailsBeforeDecoding()
    {
        var decoder = new PngHeaderDecoder();
        var png = TestImages.PngHeader(20000, 20000);

        var error = Assert.Throws<BadInputException>(() => new ImageLoader(decoder, new ExtractionOptions()).Load(new SourceFile("big.png", png), CancellationToken.None));

        Assert.Contains("20000x20000", error.Message);
        Assert.Contains("120 MP", error.Message);
        Assert.Equal(0, decoder.DecodeCalls);
    }

    [Fact]
    public void Load_MultiFrameImage_GivesOnePagePerFrameDecodedOnDemand()
    {
        var decoder = new PngHeaderDecoder { FrameCount = 3 };
        var loaded = new ImageLoader(decoder, new ExtractionOptions()).Load(new SourceFile("scan.png", TestImages.PngHeader(40, 30)), CancellationToken.None);

        Assert.Equal([1, 2, 3], loaded.Pages.Select(p => p.Number));
        Assert.Equal(0, decoder.DecodeCalls);
        var image = Assert.IsType<ImageSourcePage>(loaded.Pages[1]).Render();
        Assert.Equal((40, 30), (image.Width, image.Height));
        Assert.Equal(1, decoder.DecodeCalls);
    }

    [Fact]
    public void Load_CorruptHeader_ThrowsBadInput()
    {
        var error = Assert.Throws<BadInputException>(() =>
            new ImageLoader(new PngHeaderDecoder(), new ExtractionOptions()).Load(new SourceFile("bad.png", TestImages.PngHeader(10, 10)[..12]), CancellationToken.None));

        Assert.StartsWith("corrupt image header", error.Message);
    }
}
