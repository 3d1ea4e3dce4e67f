using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// The <c>thin strokes</c> pass. Ink thinned by a worn ribbon, a light toner or a light scan setting comes out as strokes
/// of a pixel or two that the scan catches grey; the page threshold then breaks them into dots, and every stage that
/// reads the binary page (lines over too little ink dropped, ink no line covers, digit glyphs) loses those letters.
/// The strokes are measured once on the binary page (<see cref="StrokeWidth"/>); when most of the ink lies in pieces too
/// short to be strokes and that ink is grey, the grey page's dark ink is spread by <see cref="Radius"/> pixels each way
/// (a grey-level minimum filter: a dilation of the ink that keeps its shading) and the binary page made again from it
/// with a Sauvola sensitivity of <paramref name="k"/>, lower than the page's: at the page's own the thickened strokes
/// of the tuning captures stayed two-thirds broken, faint ink falling under the threshold in the middle of a stroke.
/// Speckle on a bilevel copy is short too, but black: it is left alone. Not always black on the grey page, though: a copy
/// turned straight comes out with every lone speck interpolated grey, and on a short page with little text that grain is
/// most of the ink (a tuning photocopy's short last page: 67 % broken, ink level 103). What tells the two apart is the
/// ink that stayed in whole strokes: thin ink that broke leaves its surviving strokes grey as well (level 95-164 on the
/// thin-ink captures), a copy's letters stay black (0-27 on the bilevel copies and faxes), so both must be grey.
/// </summary>
/// <param name="minBrokenShare">Least share (0–1) of the ink in pieces shorter than a stroke both ways (<see cref="StrokeWidth.BrokenShare"/>).</param>
/// <param name="minInkLevel">Least median grey level (0–255) of the ink (<see cref="StrokeWidth.InkLevel"/>).</param>
/// <param name="radius">Pixels the ink is spread by each way (1–3).</param>
/// <param name="k">Sauvola's sensitivity for the binary page made from the thickened one.</param>
/// <param name="windowInches">Sauvola's window for it, as the page's (<see cref="BinariseOptions.WindowInches"/>).</param>
/// <param name="minStrokeLevel">Least median grey level (0–255) of the ink in whole strokes (<see cref="StrokeWidth.StrokeLevel"/>).</param>
public sealed class StrokeThickener(double minBrokenShare = 0.5, int minInkLevel = 100, int radius = 1, double k = 0.1, double windowInches = 0.12,
    int minStrokeLevel = 50)
{
    private readonly SauvolaBinarizer binarizer = new(windowInches, k);

    /// <summary>The pixels the ink is spread by each way.</summary>
    public int Radius { get; } = radius is >= 1 and <= 3 ? radius : throw new ArgumentOutOfRangeException(nameof(radius), radius, "1 to 3 pixels");

    /// <summary>Whether a page measured so has strokes the threshold broke: mostly broken ink, caught grey, in the
    /// whole strokes too (grey pieces beside black letters are a copy's grain, not broken strokes).</summary>
    public bool IsThin(StrokeWidth strokes) =>
        strokes.Ink > 0 && strokes.BrokenShare >= minBrokenShare && strokes.InkLevel >= minInkLevel && strokes.StrokeLevel >= minStrokeLevel;

    /// <summary>The binary page of a thickened page.</summary>
    public GrayImage Binarize(GrayImage thickened) => binarizer.Binarize(thickened);

    /// <summary>The page with its dark ink spread by <see cref="Radius"/> pixels each way (a square minimum filter, done as two running minima).</summary>
    public GrayImage Thicken(GrayImage gray)
    {
        ArgumentNullException.ThrowIfNull(gray);
        int width = gray.Width, height = gray.Height, r = Radius;
        var across = new byte[gray.Pixels.Length];
        for (int y = 0; y < height; y++)
        {
            var source = gray.RowSpan(y);
            var target = across.AsSpan(y * width, width);
            for (int x = 0; x < width; x++)
            {
                byte least = 255;
                for (int i = Math.Max(0, x - r), end = Math.Min(width - 1, x + r); i <= end; i++)
                    if (source[i] < least) least = source[i];
                target[x] = least;
            }
        }
        var output = new GrayImage(width, height, dpi: gray.Dpi);
        var pixels = output.Pixels;
        for (int y = 0; y < height; y++)
        {
            int top = Math.Max(0, y - r), bottom = Math.Min(height - 1, y + r);
            var target = output.RowSpan(y);
            across.AsSpan(top * width, width).CopyTo(target);
            for (int row = top + 1; row <= bottom; row++)
            {
                var other = across.AsSpan(row * width, width);
                for (int x = 0; x < width; x++)
                    if (other[x] < target[x]) target[x] = other[x];
            }
        }
        return output;
    }
}
