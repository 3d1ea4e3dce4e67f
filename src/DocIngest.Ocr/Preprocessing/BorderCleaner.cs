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
    /// <summary>Returns a cleaned copy and how many edges had a band.</summary>
    public (GrayImage Image, int EdgesCleaned) Clean(GrayImage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var image = new GrayImage(page.Width, page.Height, (byte[])page.Pixels.Clone(), page.Dpi);
        int edges = 0;
        foreach (var edge in Enum.GetValues<Edge>())
            if (CleanEdge(image, edge)) edges++;
        return (image, edges);
    }

    private enum Edge { Left, Right, Top, Bottom }

    private bool CleanEdge(GrayImage image, Edge edge)
    {
        bool vertical = edge is Edge.Left or Edge.Right;
        int depth = vertical ? image.Width : image.Height;   // how far inwards a band can go
        int length = vertical ? image.Height : image.Width;  // how long each line along the edge is
        int maxBand = Math.Max(1, (int)(depth * maxBandShare));

        int band = 0;
        while (band < maxBand && DarkShareOfLine(image, edge, band, length) >= darkShare) band++;
        if (band == 0) return false;

        // Dark runs that continue past the band (skewed or ragged edge), per line across it.
        for (int along = 0; along < length; along++)
        {
            int reach = band;
            while (reach < maxBand && Pixel(image, edge, reach, along) < darkLevel) reach++;
            for (int d = 0; d < reach; d++) SetPixel(image, edge, d, along, 255);
        }
        return true;
    }

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
