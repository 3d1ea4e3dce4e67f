using System.Buffers.Binary;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline.Tests.TestSupport;

/// <summary>PNG signature + IHDR only: enough for a header probe, far too little to decode.</summary>
public static class TestImages
{
    public static byte[] PngHeader(int width, int height)
    {
        var data = new byte[8 + 25];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(data, 0);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(8), 13);
        "IHDR"u8.CopyTo(data.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(20), height);
        data[24] = 8; // bit depth; colour type, compression, filter, interlace stay 0 (gray); CRC left zero
        return data;
    }
}

/// <summary>
/// Test double for the real decoder: probes a PNG header for its size and "decodes" a white page of that size,
/// counting decodes so tests can prove giant images are refused before any pixel is allocated.
/// </summary>
public sealed class PngHeaderDecoder : IImageDecoder
{
    public int FrameCount { get; init; } = 1;

    public int DecodeCalls;

    public ImageInfo Probe(byte[] data)
    {
        if (data.Length < 24 || !data.AsSpan(12, 4).SequenceEqual("IHDR"u8)) throw new InvalidDataException("no IHDR chunk");
        return new ImageInfo("image/png", BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(20)), FrameCount, 300);
    }

    public GrayImage Decode(byte[] data, int frameIndex)
    {
        Interlocked.Increment(ref DecodeCalls);
        var info = Probe(data);
        return new GrayImage(info.Width, info.Height);
    }
}
