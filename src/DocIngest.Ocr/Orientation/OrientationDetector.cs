using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Native;
using static DocIngest.Ocr.Native.TesseractNative;

namespace DocIngest.Ocr.Orientation;

/// <summary>
/// Tesseract's orientation detection (the legacy <c>osd</c> model, shipped by Debian's <c>tesseract-ocr-osd</c>) over
/// one page: which quarter turn stands its text upright. Reads a half-size copy of pages of 250 dpi or more: the
/// detector votes on connected components, which are as telling at 150 dpi, for a quarter of the work.
/// Not thread-safe (one per page recogniser).
/// </summary>
public sealed class OrientationDetector : IDisposable
{
    /// <summary>The model's language name: <c>osd.traineddata</c>.</summary>
    public const string ModelName = "osd";

    /// <summary>Where Debian's <c>tesseract-ocr-osd</c> puts the model, looked in when the project's tessdata lacks it.</summary>
    public const string SystemTessdata = "/usr/share/tesseract-ocr/5/tessdata";

    private readonly TessBaseApiHandle api;

    /// <summary>Loads the osd model from <paramref name="tessdataPath"/>; throws <see cref="TessdataNotFoundException"/> when it is missing or invalid.</summary>
    public OrientationDetector(string tessdataPath)
    {
        ArgumentNullException.ThrowIfNull(tessdataPath);
        TraineddataValidator.Validate(tessdataPath, ModelName);
        NativeEnvironment.EnsureConfigured();
        LeptonicaMessages.EnsureInstalled();
        api = BaseApiCreate();
        if (api.IsInvalid) throw new InvalidOperationException("TessBaseAPICreate returned no instance");
        var dataPath = Path.TrimEndingDirectorySeparator(tessdataPath) + Path.DirectorySeparatorChar;
        if (BaseApiInit3(api, dataPath, ModelName) != 0)
        {
            api.Dispose();
            throw new TessdataNotFoundException($"Tesseract could not load '{ModelName}' from '{tessdataPath}'");
        }
        // PSM_OSD_ONLY: layout analysis for orientation and script, no recognition.
        BaseApiSetPageSegMode(api, 0);
    }

    /// <summary>
    /// The folder holding <c>osd.traineddata</c>: <paramref name="tessdataPath"/> when it has one, else
    /// <see cref="SystemTessdata"/> when that has one, else null (the orientation pass then stays off).
    /// </summary>
    public static string? FindModelFolder(string tessdataPath) =>
        new[] { tessdataPath, SystemTessdata }.FirstOrDefault(folder => File.Exists(Path.Combine(folder, ModelName + ".traineddata")));

    /// <summary>The page's orientation, or null when the detector found too little text to decide.</summary>
    public PageOrientation? Detect(GrayImage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        ObjectDisposedException.ThrowIf(api.IsClosed, this);
        var input = page.Dpi >= 250 ? Halved(page) : page;
        try
        {
            BaseApiSetGrayImage(api, input);
            BaseApiSetSourceResolution(api, input.Dpi);
            if (BaseApiDetectOrientationScript(api, out int degrees, out float confidence, out _, out _) == 0) return null;
            // The detector reports how far the text is turned counter-clockwise; the page is turned back clockwise.
            return new PageOrientation((360 - degrees) % 360, confidence);
        }
        finally
        {
            BaseApiClear(api);
        }
    }

    /// <summary>Each 2 x 2 block of pixels averaged into one, at half the resolution.</summary>
    private static GrayImage Halved(GrayImage page)
    {
        int w = page.Width / 2, h = page.Height / 2;
        var pixels = new byte[w * h];
        var source = page.Pixels;
        for (int y = 0; y < h; y++)
        {
            int top = 2 * y * page.Width, bottom = top + page.Width;
            for (int x = 0; x < w; x++)
                pixels[y * w + x] = (byte)((source[top + 2 * x] + source[top + 2 * x + 1] + source[bottom + 2 * x] + source[bottom + 2 * x + 1] + 2) >> 2);
        }
        return new GrayImage(w, h, pixels, page.Dpi / 2);
    }

    public void Dispose() => api.Dispose();
}
