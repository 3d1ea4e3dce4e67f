using System.Buffers.Binary;
using System.IO.Compression;

namespace DocIngest.Ocr.Imaging;

/// <summary>
/// Writes a <see cref="GrayImage"/> as an 8-bit grayscale PNG (with its resolution in a pHYs chunk)
/// for storing page images. Managed code only; each row gets the PNG filter that makes it smallest
/// by the usual minimum-sum-of-absolute-differences heuristic.
/// </summary>
public static class PngEncoder
{
    private const byte ColorTypeGray = 0;

    public static byte[] Encode(GrayImage image, CompressionLevel level = CompressionLevel.Optimal)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], image.Height);
        header[8] = 8; // bit depth
        header[9] = ColorTypeGray;
        header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace
        WriteChunk(output, "IHDR"u8, header);

        Span<byte> physical = stackalloc byte[9];
        uint pixelsPerMetre = (uint)Math.Round(image.Dpi / 0.0254);
        BinaryPrimitives.WriteUInt32BigEndian(physical, pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(physical[4..], pixelsPerMetre);
        physical[8] = 1; // unit: metre
        WriteChunk(output, "pHYs"u8, physical);

        WriteChunk(output, "IDAT"u8, CompressRows(image, level));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static byte[] CompressRows(GrayImage image, CompressionLevel level)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, level, leaveOpen: true))
        {
            var previous = new byte[image.Width]; // the row above the first is all zeros by definition
            var candidates = new byte[3][];
            for (int f = 0; f < 3; f++) candidates[f] = new byte[image.Width + 1];
            for (int y = 0; y < image.Height; y++)
            {
                var row = image.RowSpan(y);
                zlib.Write(BestFilteredRow(row, previous, candidates));
                row.CopyTo(previous);
            }
        }
        return compressed.ToArray();
    }

    /// <summary>Filters None, Sub and Up; returns the one with the smallest sum of |signed bytes|.</summary>
    private static byte[] BestFilteredRow(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, byte[][] candidates)
    {
        byte[] none = candidates[0], sub = candidates[1], up = candidates[2];
        none[0] = 0; sub[0] = 1; up[0] = 2;
        long costNone = 0, costSub = 0, costUp = 0;
        for (int x = 0; x < row.Length; x++)
        {
            byte raw = row[x];
            byte left = x > 0 ? row[x - 1] : (byte)0;
            none[x + 1] = raw;
            sub[x + 1] = (byte)(raw - left);
            up[x + 1] = (byte)(raw - above[x]);
            costNone += Math.Abs((int)(sbyte)raw);
            costSub += Math.Abs((int)(sbyte)sub[x + 1]);
            costUp += Math.Abs((int)(sbyte)up[x + 1]);
        }
        return costSub <= costNone && costSub <= costUp ? sub : costUp <= costNone ? up : none;
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> body)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, body.Length);
        output.Write(word);
        output.Write(type);
        output.Write(body);
        uint crc = Crc32.Append(Crc32.Append(Crc32.Initial, type), body) ^ 0xFFFFFFFF;
        BinaryPrimitives.WriteUInt32BigEndian(word, crc);
        output.Write(word);
    }

    /// <summary>The CRC-32 (ISO 3309) that PNG chunks carry.</summary>
    private static class Crc32
    {
        public const uint Initial = 0xFFFFFFFF;
        private static readonly uint[] Table = BuildTable();

        public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
        {
            foreach (byte b in bytes) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                table[n] = c;
            }
            return table;
        }
    }
}
