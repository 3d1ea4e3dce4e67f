using System.Buffers.Binary;
using System.IO.Compression;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline.Tests.TestSupport;

/// <summary>A minimal 8-bit grayscale PNG encoder, so tests can embed real page images in PDFs without an imaging library.</summary>
public static class TestPng
{
    public static byte[] Encode(GrayImage image)
    {
        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8; // bit depth; colour type 0 = gray
        WriteChunk(output, "IHDR", header);
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
            {
                for (int y = 0; y < image.Height; y++)
                {
                    zlib.WriteByte(0); // filter: none
                    zlib.Write(image.RowSpan(y));
                }
            }
            WriteChunk(output, "IDAT", raw.ToArray());
        }
        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        output.Write(buffer);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32(typed));
        output.Write(buffer);
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
