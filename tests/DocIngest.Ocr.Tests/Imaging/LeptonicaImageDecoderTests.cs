using System.Buffers.Binary;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Imaging;

public class LeptonicaImageDecoderTests
{
    private readonly LeptonicaImageDecoder decoder = new();

    [Theory]
    [InlineData("memo-line.png", "image/png", 1032, 193, 1, 300)]
    [InlineData("memo-line.jpg", "image/jpeg", 1032, 193, 1, 300)]
    [InlineData("two-page-g4.tif", "image/tiff", 1032, 193, 2, 200)]
    public void Probe_Fixture_ReadsMediaTypeSizeFramesAndDpi(string file, string mediaType, int width, int height, int frames, int dpi)
    {
        var info = decoder.Probe(EngineFixtures.Bytes(file));

        Assert.Equal(new ImageInfo(mediaType, width, height, frames, dpi), info);
    }

    [Fact]
    public void Decode_Png_MatchesInkOfSource()
    {
        var image = decoder.Decode(EngineFixtures.Bytes("memo-line.png"), 0);

        Assert.Equal((1032, 193, 300), (image.Width, image.Height, image.Dpi));
        Assert.Equal(255, image[0, 0]);
        Assert.InRange(image.Pixels.Count(p => p < 128), 3000, 30000);
    }

    [Fact]
    public void Decode_JpegWithOneDpiPlaceholder_IsNotReadAtOneDpi()
    {
        // Phone photos and some scanners write JFIF density 1:1 without units; read as 1 dpi every inch-based stage breaks.
        string path = Path.Combine(Path.GetTempPath(), $"docingest-nodpi-{Guid.NewGuid():N}.jpg");
        try
        {
            File.WriteAllBytes(path + ".png", EngineFixtures.Bytes("memo-line.png"));
            var convert = System.Diagnostics.Process.Start("convert", [path + ".png", "-strip", "-units", "Undefined", "-density", "1", path])!;
            convert.WaitForExit();
            Assert.Equal(0, convert.ExitCode);

            var image = decoder.Decode(File.ReadAllBytes(path), 0);

            Assert.Equal(PageResolution.FallbackDpi, image.Dpi);
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".png");
        }
    }

    [Fact]
    public void Decode_Jpeg_CloseToLosslessPng()
    {
        var png = decoder.Decode(EngineFixtures.Bytes("memo-line.png"), 0);
        var jpeg = decoder.Decode(EngineFixtures.Bytes("memo-line.jpg"), 0);

        double meanDifference = png.Pixels.Zip(jpeg.Pixels).Average(p => Math.Abs(p.First - p.Second));
        Assert.True(meanDifference < 4, $"mean difference {meanDifference}");
    }

    [Fact]
    public void Decode_G4TiffSecondPage_ReturnsThatPageAsBlackOnWhite()
    {
        var data = EngineFixtures.Bytes("two-page-g4.tif");

        var page = decoder.Decode(data, 1);

        Assert.Equal((1681, 529, 200), (page.Width, page.Height, page.Dpi));
        Assert.All(page.Pixels, p => Assert.True(p is 0 or 255));
        Assert.Equal(255, page[0, 0]); // 1-bit "0" is paper and must come out white
        double inkShare = page.Pixels.Count(p => p == 0) / (double)page.Pixels.Length;
        Assert.InRange(inkShare, 0.02, 0.3);
    }

    [Fact]
    public void Decode_EightBitRows_KeepLeftToRightOrderAcrossLeptonicaWords()
    {
        // Pixel values 0..(width-1) along each row: a wrong byte order inside 32-bit words would permute them.
        var source = new GrayImage(37, 3);
        for (int y = 0; y < 3; y++) for (int x = 0; x < 37; x++) source[x, y] = (byte)(x * 6 + y);

        var decoded = decoder.Decode(PngEncoder.Encode(source), 0);

        Assert.Equal(source.Pixels, decoded.Pixels);
    }

    [Fact]
    public void Decode_RgbaWithTransparentBlackPaper_FlattensToWhite()
    {
        var image = decoder.Decode(EngineFixtures.Bytes("memo-line-rgba.png"), 0);

        Assert.True(image[0, 0] > 240, $"corner is {image[0, 0]}");
    }

    [Fact]
    public void Decode_FrameBeyondLast_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => decoder.Decode(EngineFixtures.Bytes("two-page-g4.tif"), 2));
    }

    [Fact]
    public void Decode_HugeDeclaredSize_RefusedBeforeDecoding()
    {
        var data = PngWithDeclaredSize(20000, 20000);

        var info = decoder.Probe(data);
        var error = Assert.Throws<InvalidDataException>(() => decoder.Decode(data, 0));

        Assert.Equal((20000, 20000), (info.Width, info.Height));
        Assert.Contains("20000x20000", error.Message);
    }

    [Theory]
    [InlineData("memo-line.png")]
    [InlineData("memo-line.jpg")]
    [InlineData("two-page-g4.tif")]
    public void Decode_TruncatedFile_ThrowsInvalidData(string file)
    {
        var data = EngineFixtures.Bytes(file);

        var truncated = data[..(data.Length / 2)];

        var error = Assert.Throws<InvalidDataException>(() => decoder.Decode(truncated, 0));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("memo-line.png")]
    [InlineData("memo-line.jpg")]
    [InlineData("two-page-g4.tif")]
    public void Decode_GarbledPixelData_ThrowsInvalidDataOrDecodes(string file)
    {
        // Flipping bytes in the compressed data must never crash the process: either the codec detects it
        // (InvalidDataException) or it yields an image of the declared size.
        var data = EngineFixtures.Bytes(file);
        for (int i = data.Length / 3; i < data.Length * 2 / 3; i += 7) data[i] ^= 0x5A;

        try
        {
            var image = decoder.Decode(data, 0);
            Assert.Equal(decoder.Probe(data).Width, image.Width);
        }
        catch (InvalidDataException error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }
    }

    [Fact]
    public void Decode_CorruptPngChunk_MessageSaysWhy()
    {
        var data = EngineFixtures.Bytes("memo-line.png");
        for (int i = 100; i < 400; i++) data[i] = 0;

        var error = Assert.Throws<InvalidDataException>(() => decoder.Decode(data, 0));

        Assert.Contains("png", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData(new byte[] { (byte)'I', (byte)'I', 42, 0, 0xFF, 0xFF, 0, 0 })]
    public void Probe_NotAnImage_ThrowsInvalidData(byte[] data)
    {
        Assert.Throws<InvalidDataException>(() => decoder.Probe(data));
    }

    /// <summary>A PNG whose IHDR declares the given size, followed by a tiny (wrong) IDAT: only the header is honest.</summary>
    private static byte[] PngWithDeclaredSize(int width, int height)
    {
        var small = PngEncoder.Encode(new GrayImage(4, 4));
        BinaryPrimitives.WriteInt32BigEndian(small.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(small.AsSpan(20), height);
        return small;
    }
}
