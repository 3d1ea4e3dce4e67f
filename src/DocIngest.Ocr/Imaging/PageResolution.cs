namespace DocIngest.Ocr.Imaging;

/// <summary>
/// The resolution a page image is read at. Scale matters to every stage that measures in inches (gutters, letter
/// heights, line spacing), and files state it badly: phone photos and many scanners write none (or 1 dpi), a scanned PDF
/// may declare 96 dpi for a 300-dpi scan (a page 26 inches wide), a fax 74 ppi. A stated resolution is used when it is
/// plausible; otherwise the page is taken to be a sheet of paper whose short side is A4's, which is what such images
/// nearly always are.
/// </summary>
public static class PageResolution
{
    /// <summary>What an image without a usable resolution is read at when its size says nothing either (a small crop).</summary>
    public const int FallbackDpi = 300;

    /// <summary>Below this a stated resolution is not a scan's (screen 72/96 dpi, "1 dpi" placeholders).</summary>
    public const int MinPlausibleDpi = 100;

    public const int MaxPlausibleDpi = 1200;

    /// <summary>A4's short side; letter (8.5 in) is within a few percent.</summary>
    public const double PaperShortSideInches = 8.27;

    /// <summary>A stated resolution that makes the page's short side longer than this (inches, A2) is wrong.</summary>
    public const double MaxShortSideInches = 17;

    /// <summary>Estimates from the page's size only within this range: outside it the image is not a whole page.</summary>
    public const int MinEstimatedDpi = 150;

    public const int MaxEstimatedDpi = 600;

    /// <summary>The resolution to read the page at.</summary>
    /// <param name="statedDpi">What the file says (0 or less: nothing).</param>
    /// <param name="width">Image width in pixels.</param>
    /// <param name="height">Image height in pixels.</param>
    public static int Resolve(int statedDpi, int width, int height)
    {
        int shortSide = Math.Min(width, height);
        if (IsPlausible(statedDpi, shortSide)) return statedDpi;
        int estimate = (int)Math.Round(shortSide / PaperShortSideInches);
        return estimate is >= MinEstimatedDpi and <= MaxEstimatedDpi ? estimate : FallbackDpi;
    }

    /// <summary>Whether a stated resolution can be a scan's of this image.</summary>
    public static bool IsPlausible(int statedDpi, int shortSidePixels) =>
        statedDpi is >= MinPlausibleDpi and <= MaxPlausibleDpi && shortSidePixels / (double)statedDpi <= MaxShortSideInches;
}
