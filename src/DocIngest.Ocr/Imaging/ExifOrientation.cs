using System.Buffers.Binary;

namespace DocIngest.Ocr.Imaging;

/// <summary>
/// The Orientation tag (0x0112) of a JPEG's Exif block. A phone stores a photo as its sensor saw it and says in this tag
/// how a viewer must turn it: a page photographed with the phone held upright is stored sideways with orientation 6.
/// Read in managed code from the APP1 segment; a missing, mirrored or malformed tag means no turn.
/// </summary>
public static class ExifOrientation
{
    /// <summary>Degrees (0, 90, 180 or 270) to turn the decoded pixels clockwise to show the photo as taken.</summary>
    public static int ClockwiseTurn(ReadOnlySpan<byte> jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8) return 0;
        int at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            byte marker = jpeg[at + 1];
            // Start of scan: the metadata segments are over.
            if (marker == 0xDA) return 0;
            int length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (length < 2 || at + 2 + length > jpeg.Length) return 0;
            var segment = jpeg.Slice(at + 4, length - 2);
            if (marker == 0xE1 && segment.StartsWith("Exif\0\0"u8)) return FromTiff(segment[6..]);
            at += 2 + length;
        }
        return 0;
    }

    /// <summary>The turn the Orientation value asks for: 3 upside down, 6 turned a quarter clockwise, 8 counter-clockwise.</summary>
    public static int ClockwiseTurnFor(int orientation) => orientation switch
    {
        3 => 180,
        6 => 90,
        8 => 270,
        _ => 0,
    };

    private static int FromTiff(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return 0;
        bool little = tiff[0] == (byte)'I' && tiff[1] == (byte)'I';
        if (!little && !(tiff[0] == (byte)'M' && tiff[1] == (byte)'M')) return 0;
        uint ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (ifd > tiff.Length - 2) return 0;
        int count = U16(tiff, (int)ifd, little);
        for (int i = 0; i < count; i++)
        {
            int entry = (int)ifd + 2 + 12 * i;
            if (entry + 12 > tiff.Length) return 0;
            // Tag 0x0112, type SHORT (3): the value sits in the entry's first two value bytes.
            if (U16(tiff, entry, little) == 0x0112 && U16(tiff, entry + 2, little) == 3) return ClockwiseTurnFor(U16(tiff, entry + 8, little));
        }
        return 0;
    }

    private static ushort U16(ReadOnlySpan<byte> tiff, int offset, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff[offset..]) : BinaryPrimitives.ReadUInt16BigEndian(tiff[offset..]);
}
