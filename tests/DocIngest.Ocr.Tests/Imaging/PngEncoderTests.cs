using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Imaging;

public class PngEncoderTests
{
    [Fact]
    public void Encode_FixturePage_RoundTripsThroughDecoderWithDpi()
    {
        var decoder = new LeptonicaImageDecoder();
        var original = decoder.Decode(EngineFixtures.Bytes("thai-prose.png"), 0);
        var at200 = new GrayImage(original.Width, original.Height, original.Pixels, dpi: 200);

        var png = PngEncoder.Encode(at200);
        var decoded = decoder.Decode(png, 0);

        Assert.Equal(at200.Pixels, decoded.Pixels);
        Assert.Equal(200, decoded.Dpi);
        Assert.True(png.Length < at200.Pixels.Length / 5, $"{png.Length} bytes");
    }

    [Fact]
    public void Encode_AnyImage_IsReadableByImageMagick()
    {
        var image = new GrayImage(50, 20);
        image[10, 10] = 0;
        var path = Path.Combine(Path.GetTempPath(), $"docingest-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(path, PngEncoder.Encode(image));
        try
        {
            using var identify = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("identify", ["-format", "%w %h", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string output = identify.StandardOutput.ReadToEnd();
            identify.WaitForExit();
            Assert.Equal(0, identify.ExitCode);
            Assert.Equal("50 20", output.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
