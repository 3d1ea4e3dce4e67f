using System.Text;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Imaging;

public class PgmCodecTests
{
    [Fact]
    public void Read_EightBitWithComment_ReturnsPixels()
    {
        var data = Encoding.ASCII.GetBytes("P5\n# made by pdftoppm\n3 2\n255\n").Concat(new byte[] { 0, 128, 255, 10, 20, 30 }).ToArray();

        var image = PgmCodec.Read(data, 300);

        Assert.Equal((3, 2), (image.Width, image.Height));
        Assert.Equal([0, 128, 255, 10, 20, 30], image.Pixels);
    }

    [Fact]
    public void Read_SixteenBit_ScalesToEightBit()
    {
        var data = Encoding.ASCII.GetBytes("P5 2 1 65535\n").Concat(new byte[] { 0xFF, 0xFF, 0x00, 0x00 }).ToArray();

        Assert.Equal([255, 0], PgmCodec.Read(data, 150).Pixels);
    }

    [Fact]
    public void Read_Truncated_ThrowsInvalidData()
    {
        var data = Encoding.ASCII.GetBytes("P5 4 4 255\n").Concat(new byte[5]).ToArray();

        Assert.Throws<InvalidDataException>(() => PgmCodec.Read(data, 300));
    }

    [Fact]
    public void Write_ThenRead_RoundTrips()
    {
        var image = new GrayImage(3, 2, [0, 1, 2, 253, 254, 255]);

        Assert.Equal(image.Pixels, PgmCodec.Read(PgmCodec.Write(image)).Pixels);
    }
}
