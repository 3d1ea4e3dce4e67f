using System.Runtime.InteropServices;
using System.Text;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Native;
using static DocIngest.Ocr.Native.TesseractNative;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// One initialised Tesseract instance reading 8-bit gray images at line level, with per-glyph symbols.
/// Not thread-safe (concurrent calls are detected and refused): each page recogniser owns its engines.
/// Text goes through <see cref="ThaiText.Normalize"/>; boxes are in the coordinates of the image passed in.
/// A recognition can be stopped inside Tesseract by a token (<see cref="CancelRecognitionWhen"/>).
/// </summary>
public sealed class TesseractEngine : ITextRecognizer
{
    private readonly TessBaseApiHandle api;
    private int busy;

    /// <summary>Loads the models; throws <see cref="TessdataNotFoundException"/> when a traineddata file is missing or invalid.</summary>
    public TesseractEngine(TesseractEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TraineddataValidator.Validate(options.TessdataPath, options.Languages);
        NativeEnvironment.EnsureConfigured();
        LeptonicaMessages.EnsureInstalled();

        api = BaseApiCreate();
        if (api.IsInvalid) throw new InvalidOperationException("TessBaseAPICreate returned no instance");
        try
        {
            // Tesseract wants the data path with a trailing separator on some versions.
            var dataPath = Path.TrimEndingDirectorySeparator(options.TessdataPath) + Path.DirectorySeparatorChar;
            if (BaseApiInit3(api, dataPath, options.Languages) != 0)
                throw new TessdataNotFoundException($"Tesseract could not load '{options.Languages}' from '{options.TessdataPath}'");
            foreach (var (name, value) in options.Variables)
                if (BaseApiSetVariable(api, name, value) == 0)
                    throw new ArgumentException($"Tesseract has no variable '{name}' (or rejects value '{value}')", nameof(options));
        }
        catch
        {
            api.Dispose();
            throw;
        }
        Languages = options.Languages;
    }

    /// <summary>The language string the engine was initialised with.</summary>
    public string Languages { get; }

    /// <summary>
    /// Until the returned scope is disposed, every recognition started by this flow of execution (this thread and the
    /// tasks it starts) is stopped inside Tesseract once <paramref name="cancellationToken"/> is cancelled: the call
    /// returns after at most the text line being read, throws <see cref="OperationCanceledException"/>, and the engine
    /// reads the next image as usual. A call started after cancellation throws at once.
    /// </summary>
    /// <remarks>
    /// The token travels with the flow of execution rather than as a parameter because the page recogniser and its line
    /// passes reach the engine through <see cref="ITextRecognizer"/>, which carries none; the page time limit and the
    /// job's cancellation are set around the whole page (the recogniser pool's time limit).
    /// </remarks>
    public static CancellationScope CancelRecognitionWhen(CancellationToken cancellationToken)
    {
        var previous = ambientCancellation.Value;
        ambientCancellation.Value = cancellationToken;
        return new CancellationScope(previous);
    }

    /// <summary>Restores the cancellation that held before <see cref="CancelRecognitionWhen"/>.</summary>
    public sealed class CancellationScope : IDisposable
    {
        private readonly CancellationToken previous;
        private bool disposed;

        internal CancellationScope(CancellationToken previous) => this.previous = previous;

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            ambientCancellation.Value = previous;
        }
    }

    private static readonly AsyncLocal<CancellationToken> ambientCancellation = new();

    /// <summary>The Tesseract library version, e.g. "5.3.0".</summary>
    public static string LibraryVersion => Marshal.PtrToStringUTF8(TesseractNative.Version()) ?? "unknown";

    /// <inheritdoc />
    public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode) =>
        Read(image, region, mode, excluded: null);

    /// <inheritdoc />
    public IReadOnlyList<RecognizedLine> RecognizeExcluding(GrayImage image, BoundingBox? region, SegmentationMode mode, string excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        return Read(image, region, mode, excluded);
    }

    private IReadOnlyList<RecognizedLine> Read(GrayImage image, BoundingBox? region, SegmentationMode mode, string? excluded)
    {
        ArgumentNullException.ThrowIfNull(image);
        ObjectDisposedException.ThrowIf(api.IsClosed, this);
        var cancellation = ambientCancellation.Value;
        cancellation.ThrowIfCancellationRequested();
        var area = ClipToImage(region ?? new BoundingBox(0, 0, image.Width, image.Height), image);
        if (area is null) return [];

        if (Interlocked.Exchange(ref busy, 1) != 0)
            throw new InvalidOperationException("TesseractEngine is not thread-safe and is already recognising on another thread; rent one engine per thread");
        try
        {
            var a = area.Value;
            // A region is cut out and framed in white rather than passed with TessBaseAPISetRectangle:
            // measured on Tesseract 5.3 with the Thai model, SetRectangle on an 8-bit image returned garbage
            // ("Bn a เล" for a line read correctly from the same pixels cropped).
            bool whole = a.Width == image.Width && a.Height == image.Height;
            var input = whole ? image : Framed(image, a);
            int offsetX = whole ? 0 : a.X - RegionMargin, offsetY = whole ? 0 : a.Y - RegionMargin;

            if (excluded is not null && BaseApiSetVariable(api, Blacklist, excluded) == 0)
                throw new InvalidOperationException($"Tesseract rejected {Blacklist}");
            BaseApiSetGrayImage(api, input);
            BaseApiSetSourceResolution(api, image.Dpi);
            BaseApiSetPageSegMode(api, (int)mode);
            if (RecognizeImage(cancellation) != 0)
            {
                // Tesseract answers -1 both when it fails and when the monitor stopped it.
                cancellation.ThrowIfCancellationRequested();
                throw new InvalidOperationException($"Tesseract failed to recognise a {a.Width}x{a.Height} region");
            }
            var lines = ReadLines();
            return whole ? lines : lines.Select(l => Shift(l, offsetX, offsetY, a)).ToList();
        }
        finally
        {
            // Frees the copied image and the page results; the models stay loaded.
            BaseApiClear(api);
            // The exclusion holds for this call only.
            if (excluded is not null) BaseApiSetVariable(api, Blacklist, "");
            Volatile.Write(ref busy, 0);
        }
    }

    public void Dispose() => api.Dispose();

    /// <summary>
    /// Runs the recognition on the image set, watched by a monitor whose cancel function reads
    /// <paramref name="cancellation"/>. Without a token that can be cancelled no monitor is made: the plain call.
    /// </summary>
    private int RecognizeImage(CancellationToken cancellation)
    {
        if (!cancellation.CanBeCanceled) return BaseApiRecognize(api, IntPtr.Zero);
        // cancel_this is a handle to the boxed token: a stable address, and the box kept alive until the call returns.
        var token = GCHandle.Alloc(cancellation);
        try
        {
            using var monitor = MonitorCreate();
            if (monitor.IsInvalid) throw new InvalidOperationException("TessMonitorCreate returned no monitor");
            unsafe
            {
                MonitorSetCancelFunc(monitor, &IsCancelled);
            }
            MonitorSetCancelThis(monitor, GCHandle.ToIntPtr(token));
            return BaseApiRecognizeMonitored(api, monitor);
        }
        finally
        {
            token.Free();
        }
    }

    /// <summary>Tesseract's cancel function: non-zero once the token <paramref name="cancelThis"/> points at is cancelled.</summary>
    [UnmanagedCallersOnly]
    private static byte IsCancelled(IntPtr cancelThis, int words) =>
        GCHandle.FromIntPtr(cancelThis).Target is CancellationToken { IsCancellationRequested: true } ? (byte)1 : (byte)0;

    private const string Blacklist = "tessedit_char_blacklist";

    /// <summary>White margin around a cut-out region: Tesseract reads text touching the image edge badly.</summary>
    private const int RegionMargin = 10;

    private static GrayImage Framed(GrayImage image, BoundingBox area)
    {
        var framed = new GrayImage(area.Width + 2 * RegionMargin, area.Height + 2 * RegionMargin, dpi: image.Dpi);
        for (int y = 0; y < area.Height; y++)
            image.Pixels.AsSpan((area.Y + y) * image.Width + area.X, area.Width).CopyTo(framed.RowSpan(y + RegionMargin)[RegionMargin..]);
        return framed;
    }

    /// <summary>Moves a line read from a framed region back into whole-image coordinates, kept inside the region.</summary>
    private static RecognizedLine Shift(RecognizedLine line, int dx, int dy, BoundingBox region) =>
        line with
        {
            Box = ShiftBox(line.Box, dx, dy, region),
            Symbols = line.Symbols.Select(s => s with { Box = ShiftBox(s.Box, dx, dy, region) }).ToList(),
        };

    private static BoundingBox ShiftBox(BoundingBox box, int dx, int dy, BoundingBox region)
    {
        int x0 = Math.Clamp(box.X + dx, region.X, region.Right), y0 = Math.Clamp(box.Y + dy, region.Y, region.Bottom);
        int x1 = Math.Clamp(box.Right + dx, x0, region.Right), y1 = Math.Clamp(box.Bottom + dy, y0, region.Bottom);
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }

    /// <summary>
    /// The lines and their glyphs, walked glyph by glyph in layout order (left to right, as Thai and Latin run). A line's
    /// text is what the result iterator's own line text would be with preserve_interword_spaces: each word's glyphs
    /// after as many spaces as Tesseract put before the word. Walking in the iterator's logical order instead cost
    /// time growing with the square of the page's words (see <see cref="PageIteratorNextInLayoutOrder"/>).
    /// </summary>
    private List<RecognizedLine> ReadLines()
    {
        var lines = new List<RecognizedLine>();
        using var iterator = BaseApiGetIterator(api);
        if (iterator.IsInvalid) return lines; // nothing was found on the image

        var page = ResultIteratorGetPageIterator(iterator);
        LineUnderConstruction? current = null;
        do
        {
            if (current is null || PageIteratorIsAtBeginningOfInLayoutOrder(page, PageIteratorLevel.TextLine))
            {
                current?.AddTo(lines);
                current = new LineUnderConstruction(Box(page, PageIteratorLevel.TextLine), Confidence(iterator, PageIteratorLevel.TextLine));
            }
            if (PageIteratorIsAtBeginningOfInLayoutOrder(page, PageIteratorLevel.Word))
                current.Raw.Append(' ', ResultIteratorBlanksBeforeWord(page));
            var raw = SymbolText(page);
            current.Raw.Append(raw);
            var symbol = ThaiText.Normalize(raw).Trim();
            if (symbol.Length > 0)
                current.Symbols.Add(new RecognizedSymbol(symbol, Box(page, PageIteratorLevel.Symbol), Confidence(iterator, PageIteratorLevel.Symbol)));
        }
        while (PageIteratorNextInLayoutOrder(page, PageIteratorLevel.Symbol));
        current?.AddTo(lines);
        return lines;
    }

    /// <summary>The current glyph's text as Tesseract spells it (not yet normalised).</summary>
    private static string SymbolText(IntPtr page)
    {
        var text = ResultIteratorGetUtf8TextInLayoutOrder(page, PageIteratorLevel.Symbol);
        if (text == IntPtr.Zero) return string.Empty;
        try
        {
            return Marshal.PtrToStringUTF8(text) ?? string.Empty;
        }
        finally
        {
            DeleteText(text);
        }
    }

    private static BoundingBox Box(IntPtr page, PageIteratorLevel level) =>
        PageIteratorBoundingBox(page, level, out int left, out int top, out int right, out int bottom) != 0
            ? new BoundingBox(left, top, right - left, bottom - top)
            : default;

    private static double Confidence(TessResultIteratorHandle iterator, PageIteratorLevel level) =>
        Math.Clamp(ResultIteratorConfidence(iterator, level) / 100.0, 0.0, 1.0);

    private static BoundingBox? ClipToImage(BoundingBox region, GrayImage image)
    {
        int x0 = Math.Max(0, region.X), y0 = Math.Max(0, region.Y);
        int x1 = Math.Min(image.Width, region.Right), y1 = Math.Min(image.Height, region.Bottom);
        return x1 > x0 && y1 > y0 ? new BoundingBox(x0, y0, x1 - x0, y1 - y0) : null;
    }

    /// <summary>A line whose symbols and text are still being collected while the iterator walks glyph by glyph.</summary>
    private sealed class LineUnderConstruction(BoundingBox box, double confidence)
    {
        public List<RecognizedSymbol> Symbols { get; } = [];

        /// <summary>The line's text as Tesseract spells it: the words' glyphs, each word after its spaces.</summary>
        public StringBuilder Raw { get; } = new();

        public void AddTo(List<RecognizedLine> lines)
        {
            var text = ThaiText.Normalize(Raw.Append('\n').ToString()).Trim();
            if (text.Length > 0) lines.Add(new RecognizedLine(text, box, confidence, Symbols));
        }
    }
}
