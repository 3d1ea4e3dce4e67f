using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;

namespace DocIngest.Ocr.Imaging;

/// <summary>
/// Writes a <see cref="GrayImage"/> as an 8-bit grayscale PNG (with its resolution in a pHYs chunk) for storing page
/// images. Lossless: a decoder gets the very pixels back. Managed code only.
/// </summary>
/// <remarks>
/// Every row is Paeth-filtered (vectorised) and the filtered rows are deflated with zlib's run-length strategy at level 1.
/// On scanned gray pages (paper grain, 250+ gray levels) the filtered bytes are small noisy residuals that string
/// matching hardly shortens: measured on ten stored corpus pages (200-300 dpi), the previous encoder (per-row choice of
/// None/Sub/Up by the sum of absolute differences, deflate level 6) took 180 ms of CPU a page for 2.66 MB; this one takes
/// 33-36 ms for 2.43 MB. Level 6 over the same Paeth rows saves nothing (2.63 MB) and Up instead of Paeth gives 2.58 MB
/// (docs/measurements.md, "Page images").
/// </remarks>
public static class PngEncoder
{
    private const byte ColorTypeGray = 0;
    private const byte FilterPaeth = 4;

    /// <summary>Largest IDAT chunk written: the compressed rows go out in chunks of this size as they are produced.</summary>
    private const int ChunkBytes = 1 << 16;

    private static readonly ZLibCompressionOptions Deflate = new()
    {
        CompressionLevel = 1,
        CompressionStrategy = ZLibCompressionStrategy.RunLengthEncoding,
    };

    /// <summary>The PNG file's bytes.</summary>
    public static byte[] Encode(GrayImage image)
    {
        using var output = new MemoryStream();
        Encode(image, output);
        return output.ToArray();
    }

    /// <summary>Writes the PNG file to <paramref name="output"/> (left open), without holding the compressed image in memory.</summary>
    public static void Encode(GrayImage image, Stream output)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(output);
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

        using (var chunks = new ChunkWriter(output))
        {
            using var zlib = new ZLibStream(chunks, Deflate, leaveOpen: true);
            var none = new byte[image.Width]; // the row above the first is all zeros by definition
            var filtered = new byte[image.Width + 1];
            for (int y = 0; y < image.Height; y++)
            {
                PaethFiltered(image.RowSpan(y), y == 0 ? none : image.RowSpan(y - 1), filtered);
                zlib.Write(filtered);
            }
        }
        WriteChunk(output, "IEND"u8, []);
    }

    /// <summary>
    /// The row with PNG filter 4: each byte minus the Paeth predictor of its left (a), upper (b) and upper-left (c)
    /// neighbours, whichever of a, b, c is closest to a + b - c (ties to a, then b). The neighbours are raw bytes, so
    /// a whole vector of them is predicted at once.
    /// </summary>
    internal static void PaethFiltered(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> filtered)
    {
        filtered[0] = FilterPaeth;
        if (row.Length == 0) return;
        filtered[1] = (byte)(row[0] - above[0]); // a = c = 0: the predictor is b
        int x = 1, lanes = Vector<byte>.Count;
        for (; x + lanes <= row.Length; x += lanes)
        {
            Vector.Widen(new Vector<byte>(row[(x - 1)..]), out var a0, out var a1);
            Vector.Widen(new Vector<byte>(above[x..]), out var b0, out var b1);
            Vector.Widen(new Vector<byte>(above[(x - 1)..]), out var c0, out var c1);
            var predicted = Vector.Narrow(Predict(a0, b0, c0), Predict(a1, b1, c1));
            (new Vector<byte>(row[x..]) - predicted).CopyTo(filtered[(x + 1)..]);
        }
        for (; x < row.Length; x++)
            filtered[x + 1] = (byte)(row[x] - Predict(row[x - 1], above[x], above[x - 1]));
    }

    private static Vector<ushort> Predict(Vector<ushort> left, Vector<ushort> up, Vector<ushort> upLeft)
    {
        var a = Vector.AsVectorInt16(left);
        var b = Vector.AsVectorInt16(up);
        var c = Vector.AsVectorInt16(upLeft);
        // |p - a| = |b - c|, |p - b| = |a - c|, |p - c| = |a + b - 2c|; all fit in 16 bits.
        var pa = Vector.Abs(b - c);
        var pb = Vector.Abs(a - c);
        var pc = Vector.Abs(a + b - c - c);
        var takeA = Vector.LessThanOrEqual(pa, pb) & Vector.LessThanOrEqual(pa, pc);
        var takeB = Vector.LessThanOrEqual(pb, pc);
        return Vector.AsVectorUInt16(Vector.ConditionalSelect(takeA, a, Vector.ConditionalSelect(takeB, b, c)));
    }

    private static byte Predict(int a, int b, int c)
    {
        int pa = Math.Abs(b - c), pb = Math.Abs(a - c), pc = Math.Abs(a + b - c - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
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

    /// <summary>The zlib stream's output as consecutive IDAT chunks of up to <see cref="ChunkBytes"/> (PNG allows any split).</summary>
    private sealed class ChunkWriter(Stream output) : Stream
    {
        private readonly byte[] _buffer = new byte[ChunkBytes];
        private int _used;

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                int take = Math.Min(buffer.Length, _buffer.Length - _used);
                buffer[..take].CopyTo(_buffer.AsSpan(_used));
                _used += take;
                buffer = buffer[take..];
                if (_used == _buffer.Length) Flush();
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
            if (_used == 0) return;
            WriteChunk(output, "IDAT"u8, _buffer.AsSpan(0, _used));
            _used = 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) Flush();
            base.Dispose(disposing);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>The CRC-32 (ISO 3309) that PNG chunks carry, eight bytes a step (slicing-by-8).</summary>
    private static class Crc32
    {
        public const uint Initial = 0xFFFFFFFF;
        private static readonly uint[][] Tables = BuildTables();

        public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
        {
            uint[] t0 = Tables[0], t1 = Tables[1], t2 = Tables[2], t3 = Tables[3], t4 = Tables[4], t5 = Tables[5], t6 = Tables[6], t7 = Tables[7];
            while (bytes.Length >= 8)
            {
                uint low = BinaryPrimitives.ReadUInt32LittleEndian(bytes) ^ crc;
                uint high = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
                crc = t7[low & 0xFF] ^ t6[(low >> 8) & 0xFF] ^ t5[(low >> 16) & 0xFF] ^ t4[low >> 24]
                    ^ t3[high & 0xFF] ^ t2[(high >> 8) & 0xFF] ^ t1[(high >> 16) & 0xFF] ^ t0[high >> 24];
                bytes = bytes[8..];
            }
            foreach (byte b in bytes) crc = t0[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc;
        }

        private static uint[][] BuildTables()
        {
            var tables = new uint[8][];
            for (int k = 0; k < 8; k++) tables[k] = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                tables[0][n] = c;
            }
            for (int n = 0; n < 256; n++)
                for (int k = 1; k < 8; k++)
                    tables[k][n] = (tables[k - 1][n] >> 8) ^ tables[0][tables[k - 1][n] & 0xFF];
            return tables;
        }
    }
}
