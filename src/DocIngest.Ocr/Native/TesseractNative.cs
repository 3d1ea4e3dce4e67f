using System.Runtime.InteropServices;

namespace DocIngest.Ocr.Native;

/// <summary>
/// P/Invoke declarations for the Tesseract C API (libtesseract.so.5, tesseract/capi.h).
/// Only the calls the engine uses; handles are wrapped by <see cref="TessBaseApiHandle"/>, <see cref="TessResultIteratorHandle"/>
/// and <see cref="TessMonitorHandle"/>.
/// </summary>
internal static partial class TesseractNative
{
    private const string Library = "libtesseract.so.5";

    // Before the library loads: Leptonica binds libpng's functions when it is loaded.
    static TesseractNative() => WordImagePng.EnsureInstalled();

    /// <summary>tesseract::PageIteratorLevel.</summary>
    internal enum PageIteratorLevel
    {
        Block = 0,
        Paragraph = 1,
        TextLine = 2,
        Word = 3,
        Symbol = 4,
    }

    [LibraryImport(Library, EntryPoint = "TessVersion")]
    internal static partial IntPtr Version();

    [LibraryImport(Library, EntryPoint = "TessBaseAPICreate")]
    internal static partial TessBaseApiHandle BaseApiCreate();

    [LibraryImport(Library, EntryPoint = "TessBaseAPIDelete")]
    internal static partial void BaseApiDelete(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIEnd")]
    internal static partial void BaseApiEnd(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int BaseApiInit3(TessBaseApiHandle handle, string datapath, string language);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int BaseApiSetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetPageSegMode")]
    internal static partial void BaseApiSetPageSegMode(TessBaseApiHandle handle, int mode);

    /// <summary>Tesseract copies the pixels into its own Pix during this call, so the buffer only needs pinning for its duration.</summary>
    [LibraryImport(Library, EntryPoint = "TessBaseAPISetImage")]
    internal static unsafe partial void BaseApiSetImage(TessBaseApiHandle handle, byte* imagedata, int width, int height, int bytesPerPixel, int bytesPerLine);

    /// <summary>Hands an 8-bit gray image (one byte a pixel, rows without padding) to the engine, which copies it.</summary>
    internal static unsafe void BaseApiSetGrayImage(TessBaseApiHandle handle, Imaging.GrayImage image)
    {
        fixed (byte* pixels = image.Pixels)
            BaseApiSetImage(handle, pixels, image.Width, image.Height, bytesPerPixel: 1, bytesPerLine: image.Width);
    }

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetSourceResolution")]
    internal static partial void BaseApiSetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int BaseApiRecognize(TessBaseApiHandle handle, IntPtr monitor);

    /// <summary>
    /// As <see cref="BaseApiRecognize"/>, watched by <paramref name="monitor"/>: Tesseract asks the monitor's cancel
    /// function before each word (with the LSTM models, each text line) and returns -1 once it answers true.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int BaseApiRecognizeMonitored(TessBaseApiHandle handle, TessMonitorHandle monitor);

    /// <summary>A new ETEXT_DESC (no cancel function, no deadline); released with <see cref="MonitorDelete"/>.</summary>
    [LibraryImport(Library, EntryPoint = "TessMonitorCreate")]
    internal static partial TessMonitorHandle MonitorCreate();

    [LibraryImport(Library, EntryPoint = "TessMonitorDelete")]
    internal static partial void MonitorDelete(IntPtr monitor);

    /// <summary>
    /// C: <c>bool (*TessCancelFunc)(void* cancel_this, int words)</c>; a true (non-zero) answer stops the recognition.
    /// The function is called on the recognising thread, inside <see cref="BaseApiRecognizeMonitored"/>.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "TessMonitorSetCancelFunc")]
    internal static unsafe partial void MonitorSetCancelFunc(TessMonitorHandle monitor, delegate* unmanaged<IntPtr, int, byte> cancelFunc);

    /// <summary>The <c>cancel_this</c> argument the cancel function receives.</summary>
    [LibraryImport(Library, EntryPoint = "TessMonitorSetCancelThis")]
    internal static partial void MonitorSetCancelThis(TessMonitorHandle monitor, IntPtr cancelThis);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIGetIterator")]
    internal static partial TessResultIteratorHandle BaseApiGetIterator(TessBaseApiHandle handle);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIClear")]
    internal static partial void BaseApiClear(TessBaseApiHandle handle);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorDelete")]
    internal static partial void ResultIteratorDelete(IntPtr handle);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorNext")]
    internal static partial int ResultIteratorNext(TessResultIteratorHandle handle, PageIteratorLevel level);

    /// <summary>Returns a new[]-allocated UTF-8 string that must be released with <see cref="DeleteText"/>.</summary>
    [LibraryImport(Library, EntryPoint = "TessResultIteratorGetUTF8Text")]
    internal static partial IntPtr ResultIteratorGetUtf8Text(TessResultIteratorHandle handle, PageIteratorLevel level);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorConfidence")]
    internal static partial float ResultIteratorConfidence(TessResultIteratorHandle handle, PageIteratorLevel level);

    /// <summary>The page iterator view of a result iterator; owned by the result iterator, never deleted separately.</summary>
    [LibraryImport(Library, EntryPoint = "TessResultIteratorGetPageIterator")]
    internal static partial IntPtr ResultIteratorGetPageIterator(TessResultIteratorHandle handle);

    [LibraryImport(Library, EntryPoint = "TessPageIteratorIsAtBeginningOf")]
    internal static partial int PageIteratorIsAtBeginningOf(IntPtr pageIterator, PageIteratorLevel level);

    [LibraryImport(Library, EntryPoint = "TessPageIteratorBoundingBox")]
    internal static partial int PageIteratorBoundingBox(IntPtr pageIterator, PageIteratorLevel level, out int left, out int top, out int right, out int bottom);

    // The left-to-right walk. The C API's iterator is a tesseract::ResultIterator, which reorders words and glyphs for
    // right-to-left scripts: its Next, IsAtBeginningOf and GetUTF8Text restart the current row from the first word of
    // the PAGE (PAGE_RES_IT::restart_row) two or three times per glyph, so reading a page's results glyph by glyph grew
    // with the square of its words (a fifth of the page read's time on a 300-dpi page, `perf`: docs/ablation.md).
    // Thai and Latin run left to right, where both walks visit the same glyphs in the same order; these are the base
    // classes' own definitions (C++ qualified calls, `this` first), exported by libtesseract.so.5. The result iterator
    // derives from them by single inheritance, so its pointer is theirs.

    /// <summary><c>bool tesseract::PageIterator::Next(PageIteratorLevel)</c>, without the reordering override.</summary>
    [LibraryImport(Library, EntryPoint = "_ZN9tesseract12PageIterator4NextENS_17PageIteratorLevelE")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool PageIteratorNextInLayoutOrder(IntPtr pageIterator, PageIteratorLevel level);

    /// <summary><c>bool tesseract::PageIterator::IsAtBeginningOf(PageIteratorLevel) const</c>, without the reordering override.</summary>
    [LibraryImport(Library, EntryPoint = "_ZNK9tesseract12PageIterator15IsAtBeginningOfENS_17PageIteratorLevelE")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool PageIteratorIsAtBeginningOfInLayoutOrder(IntPtr pageIterator, PageIteratorLevel level);

    /// <summary>
    /// <c>char* tesseract::LTRResultIterator::GetUTF8Text(PageIteratorLevel) const</c>: a new[]-allocated string, released
    /// with <see cref="DeleteText"/>. Used for symbols only: its line text ignores preserve_interword_spaces.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "_ZNK9tesseract17LTRResultIterator11GetUTF8TextENS_17PageIteratorLevelE")]
    internal static partial IntPtr ResultIteratorGetUtf8TextInLayoutOrder(IntPtr pageIterator, PageIteratorLevel level);

    /// <summary><c>int tesseract::LTRResultIterator::BlanksBeforeWord() const</c>: the spaces Tesseract put before the current word.</summary>
    [LibraryImport(Library, EntryPoint = "_ZNK9tesseract17LTRResultIterator16BlanksBeforeWordEv")]
    internal static partial int ResultIteratorBlanksBeforeWord(IntPtr pageIterator);

    [LibraryImport(Library, EntryPoint = "TessDeleteText")]
    internal static partial void DeleteText(IntPtr text);

    /// <summary>
    /// Orientation and script detection on the image set (an engine initialised with the "osd" model). C:
    /// <c>BOOL TessBaseAPIDetectOrientationScript(TessBaseAPI*, int* orient_deg, float* orient_conf, const char** script_name, float* script_conf)</c>;
    /// <paramref name="orientationDegrees"/> is how far the text is turned counter-clockwise (0, 90, 180, 270); the
    /// script name is owned by the engine. Returns 0 when too little text was found to decide.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "TessBaseAPIDetectOrientationScript")]
    internal static partial int BaseApiDetectOrientationScript(TessBaseApiHandle handle, out int orientationDegrees, out float orientationConfidence, out IntPtr scriptName, out float scriptConfidence);
}
