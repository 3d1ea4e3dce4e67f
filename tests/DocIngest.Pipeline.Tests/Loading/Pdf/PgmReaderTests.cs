using System.Text;
using DocIngest.Pipeline.Loading.Pdf;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class PgmReaderTests
{
    [Fact]
    public void Read_EightBitWithComment_ReturnsPixels()
    {
        var data = Encoding.ASCII.GetBytes("P5\n# made by pdftoppm\n3 2\n255\n").Concat(new byte[] { 0, 128, 255, 10, 20, 30 }).ToArray();

        var image = PgmReader.Read(data, 300);

        Assert.Equal((3, 2), (image.Width, image.Height));
        Assert.Equal([0, 128, 255, 10, 20, 30], image.Pixels);
    }

    [Fact]
    public void Read_SixteenBit_ScalesToEightBit()
    {
        var data = Encoding.ASCII.GetBytes("P5 2 1 65535\n").Concat(new byte[] { 0xFF, 0xFF, 0x00, 0x00 }).ToArray();

        Assert.Equal([255, 0], PgmReader.Read(data, 150).Pixels);
    }

    [Fact]
    public void Read_Truncated_ThrowsInvalidData()
    {
        var data = Encoding.ASCII.GetBytes("P5 4 4 255\n").Concat(new byte[5]).ToArray();

        Assert.Throws<InvalidDataException>(() => PgmReader.Read(data, 300));
    }
}
