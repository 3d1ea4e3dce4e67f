using System.Runtime.InteropServices;
using DocIngest.Ocr.Native;
using DocIngest.Ocr.Tests.Engine;

namespace DocIngest.Ocr.Tests.Native;

public partial class WordImagePngTests
{
    [Fact]
    public void EnsureInstalled_LeptonicaWritesPng_StoredUncompressedAndReadBackTheSame()
    {
        // Through the binding, as the engine loads Leptonica: the library goes in first.
        var bytes = EngineFixtures.Bytes("memo-line.png");
        using var pix = Decode(bytes);
        Assert.True(WordImagePng.EnsureInstalled(), $"{WordImagePng.LibraryFileName} was not loaded before Leptonica");
        int width = LeptonicaNative.GetWidth(pix), height = LeptonicaNative.GetHeight(pix);
        Assert.Equal(8, LeptonicaNative.GetDepth(pix));

        Assert.Equal(0, pixWriteMem(out var data, out var size, pix.DangerousGetHandle(), PngFormat));
        try
        {
            // Stored: every row's bytes plus its filter byte. At zlib's default level this text line is a few KB.
            Assert.True((long)size >= (long)width * height, $"{size} bytes for {width}x{height} pixels: compressed");
            using var back = Read(data, size);
            Assert.Equal(Pixels(pix), Pixels(back));
        }
        finally
        {
            lept_free(data);
        }
    }

    private const int PngFormat = 3; // IFF_PNG

    private static unsafe PixHandle Decode(byte[] bytes)
    {
        fixed (byte* p = bytes)
        {
            using var decoded = LeptonicaNative.ReadMem(p, (nuint)bytes.Length);
            return LeptonicaNative.ConvertTo8(decoded, 0);
        }
    }

    private static unsafe PixHandle Read(IntPtr data, nuint size) => LeptonicaNative.ReadMem((byte*)data, size);

    private static unsafe byte[] Pixels(PixHandle pix)
    {
        int words = LeptonicaNative.GetWordsPerLine(pix) * LeptonicaNative.GetHeight(pix);
        return new ReadOnlySpan<byte>(LeptonicaNative.GetData(pix), words * 4).ToArray();
    }

    [LibraryImport("liblept.so.5")]
    private static partial int pixWriteMem(out IntPtr data, out nuint size, IntPtr pix, int format);

    [LibraryImport("liblept.so.5")]
    private static partial void lept_free(IntPtr data);
}
