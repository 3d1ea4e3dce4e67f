using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Imaging;

public class ExifOrientationTests
{
    /// <summary>The JPEG with an Exif APP1 segment (IFD0 holding only the Orientation tag) put right after its SOI marker.</summary>
    private static byte[] WithOrientation(byte[] jpeg, int orientation, bool littleEndian)
    {
        byte[] tiff = littleEndian
            ? [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)orientation, 0, 0, 0, 0, 0, 0, 0]
            : [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];
        byte[] payload = [.. "Exif\0\0"u8.ToArray(), .. tiff];
        int length = payload.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload, .. jpeg.AsSpan(2)];
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 180)]
    [InlineData(6, 90)]
    [InlineData(8, 270)]
    [InlineData(2, 0)]
    public void ClockwiseTurn_OrientationTag_TheTurnAViewerMakes(int orientation, int expected)
    {
        var jpeg = EngineFixtures.Bytes("memo-line.jpg");

        Assert.Equal(expected, ExifOrientation.ClockwiseTurn(WithOrientation(jpeg, orientation, littleEndian: true)));
        Assert.Equal(expected, ExifOrientation.ClockwiseTurn(WithOrientation(jpeg, orientation, littleEndian: false)));
    }

    [Fact]
    public void ClockwiseTurn_JpegWithoutExif_None()
    {
        Assert.Equal(0, ExifOrientation.ClockwiseTurn(EngineFixtures.Bytes("memo-line.jpg")));
    }

    [Fact]
    public void ClockwiseTurn_TruncatedSegment_None()
    {
        var jpeg = WithOrientation(EngineFixtures.Bytes("memo-line.jpg"), 6, littleEndian: true);

        Assert.Equal(0, ExifOrientation.ClockwiseTurn(jpeg.AsSpan(0, 20)));
    }

    [Fact]
    public void Decode_PhonePhotoStoredSideways_ComesOutAsShown()
    {
        var decoder = new LeptonicaImageDecoder();
        var jpeg = EngineFixtures.Bytes("memo-line.jpg");
        var stored = decoder.Decode(jpeg, 0);

        var shown = decoder.Decode(WithOrientation(jpeg, 6, littleEndian: false), 0);

        Assert.Equal((stored.Height, stored.Width), (shown.Width, shown.Height));
        Assert.Equal((shown.Width, shown.Height), (decoder.Probe(WithOrientation(jpeg, 6, littleEndian: false)).Width, decoder.Probe(WithOrientation(jpeg, 6, littleEndian: false)).Height));
        Assert.Equal(QuarterTurn.Rotate(stored, 90).Pixels, shown.Pixels);
    }
}
