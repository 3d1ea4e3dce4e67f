using System.Buffers.Binary;
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

    /// <summary>
    /// Scanned pages keep paper grain: every gray level, neighbours differing by a few steps. Widths around the vector
    /// size cover the vectorised filter's tail; the pixels must come back exactly.
    /// </summary>
    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 2)]
    [InlineData(31, 7)]
    [InlineData(33, 5)]
    [InlineData(64, 4)]
    [InlineData(517, 211)]
    public void Encode_GrainyImageOfAnyWidth_RoundTripsExactly(int width, int height)
    {
        var image = Grainy(width, height, seed: width * 1000 + height);

        var decoded = new LeptonicaImageDecoder().Decode(PngEncoder.Encode(image), 0);

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.Equal(image.Pixels, decoded.Pixels);
    }

    [Fact]
    public void Encode_LargeGrainyPage_IdatSplitIntoChunksWithValidCrcs()
    {
        var image = Grainy(1200, 900, seed: 7);

        var png = PngEncoder.Encode(image);

        var chunks = Chunks(png);
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal("IEND", chunks[^1].Type);
        var idat = chunks.Where(c => c.Type == "IDAT").ToList();
        Assert.True(idat.Count > 1, $"{idat.Count} IDAT chunk(s)");
        Assert.All(idat, c => Assert.InRange(c.Length, 1, 1 << 16));
        Assert.All(chunks, c => Assert.Equal(ReferenceCrc(png.AsSpan(c.Offset + 4, c.Length + 4)), c.Crc));
        Assert.Equal(image.Pixels, new LeptonicaImageDecoder().Decode(png, 0).Pixels);
    }

    [Fact]
    public void Encode_ToStream_WritesTheSameBytes()
    {
        var image = Grainy(300, 40, seed: 3);
        using var stream = new MemoryStream();

        PngEncoder.Encode(image, stream);

        Assert.Equal(PngEncoder.Encode(image), stream.ToArray());
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

    /// <summary>A light page with grain and a few dark strokes.</summary>
    private static GrayImage Grainy(int width, int height, int seed)
    {
        var random = new Random(seed);
        var image = new GrayImage(width, height);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                image[x, y] = (byte)((x + y) % 23 == 0 ? random.Next(0, 60) : random.Next(200, 256));
        return image;
    }

    private sealed record Chunk(string Type, int Offset, int Length, uint Crc);

    private static List<Chunk> Chunks(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var chunks = new List<Chunk>();
        for (int at = 8; at < png.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            string type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            chunks.Add(new Chunk(type, at, length, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length))));
            at += 12 + length;
        }
        return chunks;
    }

    /// <summary>CRC-32 bit by bit, as the PNG specification defines it: the encoder's table-driven one must agree.</summary>
    private static uint ReferenceCrc(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFF;
    }
}
