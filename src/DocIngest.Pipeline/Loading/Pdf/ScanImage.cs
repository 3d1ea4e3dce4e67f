using DocIngest.Ocr.Imaging;
using UglyToad.PdfPig.Content;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// The picture that makes up a scanned PDF page, and the resolution to render the page at so that the scan is read at its
/// own pixels. PDFs misstate scans: a 300-dpi scan placed as if it were 96 dpi makes a page 26 inches wide, which a fixed
/// 300-dpi render blows up threefold; a fax stored at 74 ppi and turned 90° by the page's transform. The scan's pixels
/// per inch of the page as declared are what the render uses; the resolution the page is then read at is the stated one
/// when plausible, else estimated from the page being a sheet of paper (<see cref="PageResolution"/>).
/// </summary>
/// <param name="Width">The picture's pixels along the page's width (after the page's transform turned it).</param>
/// <param name="Height">Its pixels along the page's height.</param>
/// <param name="PlacedWidth">The width it is placed at on the page, in points.</param>
public sealed record ScanImage(int Width, int Height, double PlacedWidth)
{
    /// <summary>A picture covering at least this share of the page is the page's scan.</summary>
    public const double MinPageShare = 0.5;

    /// <summary>A page with this many visible letters is drawn text, not a scan, whatever picture lies under it.</summary>
    public const int MaxVisibleLetters = 20;

    /// <summary>
    /// A scan coarser than the read resolution is enlarged to it, never more than this many times: measured on the sample
    /// scans (200-dpi PDFs), reading them at their own 200 dpi lost header fields, measures and members that 300 dpi kept.
    /// </summary>
    public const double MaxEnlargement = 2.0;

    /// <summary>
    /// A page whose short side is longer than this (inches; A3's is 11.7) is no sheet a clerk scans: the PDF misstates the
    /// scan's resolution.
    /// </summary>
    public const double MaxShortSideInches = 12.5;

    /// <summary>A page whose short side is below this (inches) is no sheet of paper either: a misstated scan.</summary>
    public const double MinShortSideInches = 3;

    /// <summary>The largest picture on the page when it covers most of it and no visible text is drawn; null for pages that are not scans.</summary>
    public static ScanImage? Find(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        double pageArea = page.Width * page.Height;
        if (pageArea <= 0) return null;
        // Visible text drawn over a picture (a letterhead background) is sharpest rendered at the usual resolution;
        // a scan's only text is an invisible OCR layer.
        if (page.Letters.Count(l => l.RenderingMode != UglyToad.PdfPig.Core.TextRenderingMode.Neither && !string.IsNullOrWhiteSpace(l.Value)) >= MaxVisibleLetters)
            return null;
        (UglyToad.PdfPig.Content.IPdfImage Image, double Width, double Height)? largest = null;
        foreach (var image in page.GetImages())
        {
            if (image.WidthInSamples <= 0 || image.HeightInSamples <= 0) continue;
            var extent = Extent(image.BoundingBox);
            if (extent.Width * extent.Height > (largest is { } l ? l.Width * l.Height : 0)) largest = (image, extent.Width, extent.Height);
        }
        if (largest is not { } scan || scan.Width * scan.Height < MinPageShare * pageArea) return null;
        return Placed(scan.Image.WidthInSamples, scan.Image.HeightInSamples, scan.Width, scan.Height);
    }

    /// <summary>The upright box (page space) around a possibly turned rectangle.</summary>
    public static (double Left, double Bottom, double Width, double Height) Extent(UglyToad.PdfPig.Core.PdfRectangle box)
    {
        double[] xs = [box.BottomLeft.X, box.BottomRight.X, box.TopLeft.X, box.TopRight.X];
        double[] ys = [box.BottomLeft.Y, box.BottomRight.Y, box.TopLeft.Y, box.TopRight.Y];
        return (xs.Min(), ys.Min(), xs.Max() - xs.Min(), ys.Max() - ys.Min());
    }

    /// <summary>
    /// A picture of <paramref name="samplesWide"/> x <paramref name="samplesHigh"/> pixels placed in a box of the given size
    /// (points): when the box's shape matches the picture turned a quarter, the page's transform turned it.
    /// </summary>
    public static ScanImage Placed(int samplesWide, int samplesHigh, double boxWidth, double boxHeight)
    {
        double box = Math.Log(boxWidth / boxHeight), upright = Math.Log((double)samplesWide / samplesHigh);
        bool turned = Math.Abs(box + upright) < Math.Abs(box - upright);
        return turned ? new ScanImage(samplesHigh, samplesWide, boxWidth) : new ScanImage(samplesWide, samplesHigh, boxWidth);
    }

    /// <summary>The scan's pixels per inch of the page as the PDF declares it.</summary>
    public int DeclaredDpi => Math.Max(1, (int)Math.Round(Width / (PlacedWidth / 72.0)));

    /// <summary>
    /// The resolution to render the page at (its scan at its own pixels brought to <paramref name="maxReadDpi"/>: shrunk
    /// when finer, enlarged at most twofold when coarser) and the resolution the rendered image is read at.
    /// </summary>
    public (int Render, int Read) Resolutions(double pageWidthPoints, double pageHeightPoints, int maxReadDpi)
    {
        int declared = DeclaredDpi;
        double shortSideInches = Math.Min(pageWidthPoints, pageHeightPoints) / 72.0;
        // The page size is the PDF's claim about paper; past a poster's it is a misstated scan of a sheet of paper.
        int real = shortSideInches is >= MinShortSideInches and <= MaxShortSideInches
            ? declared
            : Math.Max(1, (int)Math.Round(shortSideInches * declared / PageResolution.PaperShortSideInches));
        double scale = real > maxReadDpi ? (double)maxReadDpi / real
            : real < maxReadDpi ? Math.Min(MaxEnlargement, (double)maxReadDpi / real)
            : 1.0;
        return (Math.Max(1, (int)Math.Round(declared * scale)), Math.Max(1, (int)Math.Round(real * scale)));
    }
}
