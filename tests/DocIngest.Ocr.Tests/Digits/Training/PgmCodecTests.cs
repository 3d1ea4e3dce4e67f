using System.Text;
using DocIngest.Ocr.Digits.Training;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Digits.Training;

public class PgmCodecTests
{
    [Fact]
    public void Read_WrittenImage_RoundTrips()
    {
        var image = new GrayImage(3, 2, [0, 50, 100, 150, 200, 255]);

        var read = PgmCodec.Read(PgmCodec.Write(image));

        Assert.Equal((3, 2), (read.Width, read.Height));
        Assert.Equal(image.Pixels, read.Pixels);
    }

    [Fact]
    public void Read_HeaderWithComment_SkipsComment()
    {
        var data = Encoding.ASCII.GetBytes("P5\n# made by hand\n2 1\n255\n").Concat(new byte[] { 7, 9 }).ToArray();

        var read = PgmCodec.Read(data);

        Assert.Equal(new byte[] { 7, 9 }, read.Pixels);
    }

    [Fact]
    public void Read_AsciiPgm_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => PgmCodec.Read(Encoding.ASCII.GetBytes("P2\n1 1\n255\n0\n")));
    }

    [Fact]
    public void Read_TruncatedPixels_ThrowsInvalidData()
    {
        Assert.Throws<InvalidDataException>(() => PgmCodec.Read(Encoding.ASCII.GetBytes("P5\n4 4\n255\n").Concat(new byte[3]).ToArray()));
    }
}
