using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// Whitens the dark bands a scanner or photocopier leaves along page edges (lid shadow, the platen beyond the paper).
/// A band must start at the very edge: walking inwards, columns (or rows) stay in the band while most of their
/// pixels are dark, so a table rule near but not touching the edge is never taken for a border.
/// Rows (columns) that still have dark pixels running on from the band, as with a slightly skewed edge,
/// are whitened up to the first light pixel, never further than <paramref name="maxBandShare"/> of the page.
/// O(pixels).
/// </summary>
public sealed class BorderCleaner(double maxBandShare = 0.08, byte darkLevel = 140, double darkShare = 0.5)
{
    /// <summary>
    /// Returns a cleaned copy and how many edges had a band; the page itself when no edge has one (most scans), so a
    /// clean page costs no page-sized copy. The page handed in is never changed.
    /// </summary>
    public (GrayImage Image, int EdgesCleaned) Clean(GrayImage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Copied when the first band is found: until then the copy would hold the page's own pixels, so each edge is
        // measured on what it would have been measured on had the copy been made at the start.
        GrayImage? cleaned = null;
        int edges = 0;
        foreach (var edge in Enum.GetValues<Edge>())
        {
            int band = BandDepth(cleaned ?? page, edge);
            if (band == 0) continue;
            cleaned ??= new GrayImage(page.Width, page.Height, (byte[])page.Pixels.Clone(), page.Dpi);
            WhitenBand(cleaned, edge, band);
            edges++;
        }
        return (cleaned ?? page, edges);
    }

    private enum Edge { Left, Right, Top, Bottom }

    /// <summary>How many lines in from <paramref name="edge"/> are mostly dark (0: no band).</summary>
    private int BandDepth(GrayImage image, Edge edge)
    {
        int length = LineLength(image, edge);
        int maxBand = MaxBand(image, edge);
        int band = 0;
        while (band < maxBand && DarkShareOfLine(image, edge, band, length) >= darkShare) band++;
        return band;
    }

    /// <summary>Whitens the band and the dark runs that continue past it (skewed or ragged edge), per line across it.</summary>
    private void WhitenBand(GrayImage image, Edge edge, int band)
    {
        int length = LineLength(image, edge);
        int maxBand = MaxBand(image, edge);
        for (int along = 0; along < length; along++)
        {
            int reach = band;
            while (reach < maxBand && Pixel(image, edge, reach, along) < darkLevel) reach++;
            for (int d = 0; d < reach; d++) SetPixel(image, edge, d, along, 255);
        }
    }

    /// <summary>How long each line along the edge is.</summary>
    private static int LineLength(GrayImage image, Edge edge) => edge is Edge.Left or Edge.Right ? image.Height : image.Width;

    /// <summary>How far inwards a band can go.</summary>
    private int MaxBand(GrayImage image, Edge edge) =>
        Math.Max(1, (int)((edge is Edge.Left or Edge.Right ? image.Width : image.Height) * maxBandShare));

    private double DarkShareOfLine(GrayImage image, Edge edge, int inward, int length)
    {
        int dark = 0;
        for (int along = 0; along < length; along++)
            if (Pixel(image, edge, inward, along) < darkLevel) dark++;
        return (double)dark / length;
    }

    private static byte Pixel(GrayImage image, Edge edge, int inward, int along)
    {
        var (x, y) = Position(image, edge, inward, along);
        return image[x, y];
    }

    private static void SetPixel(GrayImage image, Edge edge, int inward, int along, byte value)
    {
        var (x, y) = Position(image, edge, inward, along);
        image[x, y] = value;
    }

    private static (int X, int Y) Position(GrayImage image, Edge edge, int inward, int along) => edge switch
    {
        Edge.Left => (inward, along),
        Edge.Right => (image.Width - 1 - inward, along),
        Edge.Top => (along, inward),
        _ => (along, image.Height - 1 - inward),
    };
}
