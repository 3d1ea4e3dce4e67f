using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>
/// Makes Tesseract's in-memory word images uncompressed PNGs. Tesseract 5.3 encodes every word image it reads as a
/// PNG through Leptonica and decodes it again before its LSTM reads it (zlib and libpng were 11 % of
/// <c>docingest extract</c>'s CPU); <c>libdocingest-png-store.so</c> (built from <c>png-store.c</c> next to this file)
/// replaces the compression level Leptonica asks of libpng with "store, no row filters". Same pixels, same text.
/// </summary>
/// <remarks>
/// Leptonica is linked with immediate binding, so the library has to be in the process's global symbol scope before
/// liblept.so.5 is loaded: <see cref="LeptonicaNative"/> and <see cref="TesseractNative"/> call
/// <see cref="EnsureInstalled"/> from their static constructors, which run before their first native call. When the
/// library was not built (no C compiler), or Leptonica was loaded by another route first, nothing changes but speed.
/// The runtime-config switch <see cref="Switch"/> set to false leaves the compression as it is (to measure it).
/// </remarks>
internal static partial class WordImagePng
{
    /// <summary>The AppContext switch (runtimeconfig.json <c>configProperties</c>); absent or true installs.</summary>
    public const string Switch = "DocIngest.Ocr.UncompressedWordImages";

    /// <summary>The library's file name, in the application's directory.</summary>
    public const string LibraryFileName = "libdocingest-png-store.so";

    private static readonly Lazy<bool> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Loads the library once per process; true when Leptonica's PNG writes now go through it.</summary>
    public static bool EnsureInstalled() => Installed.Value;

    private const int RtldLazy = 0x1, RtldNow = 0x2, RtldNoLoad = 0x4, RtldGlobal = 0x100;

    private static bool Install()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Load();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without dlopen: the engine works as it would without the library, only slower.
            return false;
        }
    }

    private static bool Load()
    {
        if (AppContext.TryGetSwitch(Switch, out bool enabled) && !enabled) return false;
        var path = Path.Combine(AppContext.BaseDirectory, LibraryFileName);
        if (!File.Exists(path)) return false;

        // Already bound to libpng: loading ours now would change nothing.
        var leptonica = dlopen("liblept.so.5", RtldLazy | RtldNoLoad);
        if (leptonica != IntPtr.Zero)
        {
            dlclose(leptonica);
            return false;
        }
        var library = dlopen(path, RtldNow | RtldGlobal);
        if (library == IntPtr.Zero) return false;
        // Without libpng found, the library's definition would call nothing: unload it before anything binds to it.
        if (!NativeLibrary.TryGetExport(library, "docingest_png_store_bound", out var bound) || !IsBound(bound))
        {
            dlclose(library);
            return false;
        }
        return true;
    }

    private static unsafe bool IsBound(IntPtr function) => ((delegate* unmanaged<int>)function)() != 0;

    [LibraryImport("libc", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr dlopen(string file, int mode);

    [LibraryImport("libc", EntryPoint = "dlclose")]
    private static partial int dlclose(IntPtr handle);
}
