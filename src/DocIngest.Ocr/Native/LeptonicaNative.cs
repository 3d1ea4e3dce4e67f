using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>
/// P/Invoke declarations for the Leptonica calls the image decoder needs (liblept.so.5, leptonica/allheaders.h):
/// decoding from memory with libpng/libjpeg/libtiff, depth conversion to 8-bit gray, and pixel access.
/// </summary>
internal static unsafe partial class LeptonicaNative
{
    private const string Library = "liblept.so.5";

    // Before the library loads: Leptonica binds libpng's functions when it is loaded.
    static LeptonicaNative() => WordImagePng.EnsureInstalled();

    /// <summary>l_int32 formats from imageio.h that the decoder distinguishes.</summary>
    internal const int FormatUnknown = 0;

    [LibraryImport(Library, EntryPoint = "pixReadMem")]
    internal static partial PixHandle ReadMem(byte* data, nuint size);

    /// <summary>Reads page <paramref name="n"/> (0-based) of a TIFF held in memory.</summary>
    [LibraryImport(Library, EntryPoint = "pixReadMemTiff")]
    internal static partial PixHandle ReadMemTiff(byte* data, nuint size, int n);

    [LibraryImport(Library, EntryPoint = "pixConvertTo8")]
    internal static partial PixHandle ConvertTo8(PixHandle pix, int colormapFlag);

    /// <summary>Blends an RGBA image over a uniform colour (0xrrggbb00), so transparent areas become paper white instead of black.</summary>
    [LibraryImport(Library, EntryPoint = "pixAlphaBlendUniform")]
    internal static partial PixHandle AlphaBlendUniform(PixHandle pix, uint color);

    [LibraryImport(Library, EntryPoint = "pixGetWidth")]
    internal static partial int GetWidth(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetHeight")]
    internal static partial int GetHeight(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetDepth")]
    internal static partial int GetDepth(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetSpp")]
    internal static partial int GetSamplesPerPixel(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetWpl")]
    internal static partial int GetWordsPerLine(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetXRes")]
    internal static partial int GetXResolution(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetData")]
    internal static partial uint* GetData(PixHandle pix);

    /// <summary>pixDestroy takes PIX**; it nulls the caller's pointer and frees when the refcount drops to zero.</summary>
    [LibraryImport(Library, EntryPoint = "pixDestroy")]
    internal static partial void Destroy(ref IntPtr pix);

    /// <summary>L_SEVERITY_* threshold for Leptonica's own stderr messages; returns the previous one.</summary>
    [LibraryImport(Library, EntryPoint = "setMsgSeverity")]
    internal static partial int SetMessageSeverity(int severity);

    /// <summary>Routes Leptonica's error/warning text to <paramref name="handler"/> instead of stderr.</summary>
    [LibraryImport(Library, EntryPoint = "leptSetStderrHandler")]
    internal static partial void SetStderrHandler(delegate* unmanaged<byte*, void> handler);
}
