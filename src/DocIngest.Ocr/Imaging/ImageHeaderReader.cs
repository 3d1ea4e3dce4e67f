using System.Buffers.Binary;

namespace DocIngest.Ocr.Imaging;

/// <summary>The size of one frame (TIFF page) as declared by the file header.</summary>
internal readonly record struct FrameHeader(int Width, int Height, int Dpi);

/// <summary>What a file's header declares: media type and each frame's size and resolution.</summary>
internal sealed record ImageHeader(string MediaType, IReadOnlyList<FrameHeader> Frames);

/// <summary>
/// Reads PNG, JPEG and TIFF headers in managed code, touching no pixel data, so that a
/// hostile or giant file is measured (and refused) without handing it to a native decoder.
/// Every structural problem surfaces as <see cref="InvalidDataException"/>.
/// </summary>
internal static class ImageHeaderReader
{
    public const int UnknownDpi = 0;
    private const int MaxTiffFrames = 10_000;

    public static ImageHeader Read(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 8 && data[..8].SequenceEqual(PngSignature)) return ReadPng(data);
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) return ReadJpeg(data);
        if (data.Length >= 4 && ((data[0] == 'I' && data[1] == 'I') || (data[0] == 'M' && data[1] == 'M'))) return ReadTiff(data);
        throw new InvalidDataException($"not a PNG, JPEG or TIFF image (first bytes {Convert.ToHexString(data[..Math.Min(8, data.Length)])})");
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ImageHeader ReadPng(ReadOnlySpan<byte> data)
    {
        int width = 0, height = 0, dpi = UnknownDpi;
        int offset = 8;
        bool sawHeader = false;
        while (offset + 8 <= data.Length)
        {
            uint length = BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
            var type = data.Slice(offset + 4, 4);
            if (length > int.MaxValue || offset + 12L + length > data.Length)
                throw new InvalidDataException($"PNG chunk at byte {offset} runs past the end of the data (truncated file)");
            var body = data.Slice(offset + 8, (int)length);
            if (type.SequenceEqual("IHDR"u8))
            {
                if (length < 13) throw new InvalidDataException("PNG IHDR chunk is too short");
                width = CheckedSize(BinaryPrimitives.ReadUInt32BigEndian(body), "PNG width");
                height = CheckedSize(BinaryPrimitives.ReadUInt32BigEndian(body[4..]), "PNG height");
                sawHeader = true;
            }
            else if (type.SequenceEqual("pHYs"u8) && length >= 9 && body[8] == 1)
            {
                // Unit 1 is pixels per metre.
                dpi = (int)Math.Round(BinaryPrimitives.ReadUInt32BigEndian(body) * 0.0254);
            }
            else if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                break;
            }
            offset += 12 + (int)length;
        }
        if (!sawHeader) throw new InvalidDataException("PNG has no IHDR chunk (truncated or corrupt file)");
        return new ImageHeader("image/png", [new FrameHeader(width, height, dpi)]);
    }

    private static ImageHeader ReadJpeg(ReadOnlySpan<byte> data)
    {
        int dpi = UnknownDpi;
        int offset = 2;
        while (offset + 4 <= data.Length)
        {
            if (data[offset] != 0xFF) throw new InvalidDataException($"JPEG marker expected at byte {offset}");
            byte marker = data[offset + 1];
            if (marker == 0xFF) { offset++; continue; } // fill byte
            int length = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]);
            if (length < 2 || offset + 2 + length > data.Length)
                throw new InvalidDataException($"JPEG segment at byte {offset} runs past the end of the data (truncated file)");
            var body = data.Slice(offset + 4, length - 2);
            if (marker == 0xE0 && body.Length >= 12 && body[..5].SequenceEqual("JFIF\0"u8))
            {
                int units = body[7], density = BinaryPrimitives.ReadUInt16BigEndian(body[8..]);
                dpi = units == 1 ? density : units == 2 ? (int)Math.Round(density * 2.54) : UnknownDpi;
            }
            else if (IsStartOfFrame(marker))
            {
                if (body.Length < 5) throw new InvalidDataException("JPEG frame header is too short");
                int height = BinaryPrimitives.ReadUInt16BigEndian(body[1..]);
                int width = BinaryPrimitives.ReadUInt16BigEndian(body[3..]);
                return new ImageHeader("image/jpeg", [new FrameHeader(width, height, dpi)]);
            }
            else if (marker == 0xDA)
            {
                break;
            }
            offset += 2 + length;
        }
        throw new InvalidDataException("JPEG has no frame header before its image data (truncated or corrupt file)");
    }

    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static ImageHeader ReadTiff(ReadOnlySpan<byte> data)
    {
        var tiff = new TiffReader(data);
        if (tiff.U16(2) == 43) throw new InvalidDataException("BigTIFF files are not supported");
        if (tiff.U16(2) != 42) throw new InvalidDataException("TIFF magic number is not 42");
        var frames = new List<FrameHeader>();
        var visited = new HashSet<long>();
        long ifd = tiff.U32(4);
        while (ifd != 0)
        {
            if (!visited.Add(ifd) || frames.Count >= MaxTiffFrames)
                throw new InvalidDataException("TIFF directory chain loops or holds too many pages");
            frames.Add(ReadTiffDirectory(tiff, ifd, out ifd));
        }
        if (frames.Count == 0) throw new InvalidDataException("TIFF has no image directory");
        return new ImageHeader("image/tiff", frames);
    }

    private static FrameHeader ReadTiffDirectory(TiffReader tiff, long offset, out long next)
    {
        int count = tiff.U16(offset);
        int width = 0, height = 0, unit = 2;
        double resolution = 0;
        for (int i = 0; i < count; i++)
        {
            long entry = offset + 2 + 12L * i;
            int tag = tiff.U16(entry), type = tiff.U16(entry + 2);
            // SHORT (3) values sit in the first two bytes of the value field, LONG (4) fill all four.
            long value = type == 3 ? tiff.U16(entry + 8) : tiff.U32(entry + 8);
            switch (tag)
            {
                case 256: width = CheckedSize((uint)value, "TIFF width"); break;
                case 257: height = CheckedSize((uint)value, "TIFF height"); break;
                case 296: unit = (int)value; break;
                case 282 when type == 5:
                    long numerator = tiff.U32(value), denominator = tiff.U32(value + 4);
                    resolution = denominator == 0 ? 0 : (double)numerator / denominator;
                    break;
            }
        }
        next = tiff.U32(offset + 2 + 12L * count);
        int dpi = resolution <= 0 ? UnknownDpi : unit == 3 ? (int)Math.Round(resolution * 2.54) : unit == 2 ? (int)Math.Round(resolution) : UnknownDpi;
        return new FrameHeader(width, height, dpi);
    }

    private static int CheckedSize(uint value, string what) =>
        value is 0 or > int.MaxValue ? throw new InvalidDataException($"{what} of {value} is not a valid size") : (int)value;

    /// <summary>Bounds-checked reads in the file's byte order.</summary>
    private readonly ref struct TiffReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> data = data;
        private readonly bool bigEndian = data[0] == 'M';

        public int U16(long offset)
        {
            var span = At(offset, 2);
            return bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span) : BinaryPrimitives.ReadUInt16LittleEndian(span);
        }

        public long U32(long offset)
        {
            var span = At(offset, 4);
            return bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span);
        }

        private ReadOnlySpan<byte> At(long offset, int length) =>
            offset < 0 || offset + length > data.Length
                ? throw new InvalidDataException($"TIFF structure points to byte {offset}, past the end of the {data.Length}-byte file (truncated or corrupt)")
                : data.Slice((int)offset, length);
    }
}
