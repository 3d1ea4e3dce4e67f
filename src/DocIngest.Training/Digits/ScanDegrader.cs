using DocIngest.Core.Content;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>
/// Makes a clean rendered glyph look scanned: slight rotation and scale, blur, erosion or dilation,
/// sensor noise, JPEG blocking and threshold jitter; then cuts it the way Tesseract's symbol boxes do
/// (tight around the ink, give or take a pixel or two). A share of the copies (<c>thinInkShare</c>) is printed with thin
/// ink instead (<see cref="ThinInk"/>): the strokes the model read sure and wrong on worn-ribbon and light-toner pages;
/// another share (<c>coarseBilevelShare</c>) is passed through a fax's coarse resolution and a hard threshold instead
/// (<see cref="CoarseBilevel"/>): the damage under which loopless display faces' ๕ and ๖ lose their tail and hook.
/// </summary>
public sealed class ScanDegrader
{
    private readonly Random _random;
    private readonly double _thinInkShare;
    private readonly double _coarseBilevelShare;

    /// <param name="seed">Fixes every random choice.</param>
    /// <param name="thinInkShare">Share of the copies printed with thin ink (0 to 1); 0 draws exactly the degradations of before.</param>
    /// <param name="coarseBilevelShare">Share of the copies (of those not in thin ink) passed through a coarse resolution and a hard
    /// threshold (0 to 1); 0 draws exactly the degradations of before.</param>
    public ScanDegrader(int seed, double thinInkShare = 0, double coarseBilevelShare = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(thinInkShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(thinInkShare, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(coarseBilevelShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(coarseBilevelShare, 1);
        _random = new Random(seed);
        _thinInkShare = thinInkShare;
        _coarseBilevelShare = coarseBilevelShare;
    }

    /// <summary>A degraded, symbol-box-cropped copy of <paramref name="clean"/> (which must have a white margin).</summary>
    public GrayImage Degrade(GrayImage clean)
    {
        // Drawn only when thin ink is on, so that a share of 0 leaves every later draw, and so every row, as before.
        if (_thinInkShare > 0 && _random.NextDouble() < _thinInkShare) return CutLikeSymbolBox(ThinInk(clean));
        if (_coarseBilevelShare > 0 && _random.NextDouble() < _coarseBilevelShare) return CutLikeSymbolBox(CoarseBilevel(clean));
        var image = RotateAndScale(clean, angleDegrees: Uniform(-2.5, 2.5), scale: Uniform(0.85, 1.15), stretchX: Uniform(0.92, 1.08));
        double blur = _random.NextDouble() < 0.7 ? Uniform(0.2, 1.3) : 0;
        if (blur > 0) image = GaussianBlur(image, blur);
        switch (_random.Next(5))
        {
            case 0: image = MorphologyFilter(image, erode: true); break;   // ink spreads: stroke gets thicker (min filter on white paper)
            case 1: image = MorphologyFilter(image, erode: false); break;  // faint print: stroke gets thinner
        }
        AddNoise(image, sigma: Uniform(0, 18), specks: _random.NextDouble() < 0.3 ? Uniform(0, 0.01) : 0);
        if (_random.NextDouble() < 0.35) JpegArtifacts.Apply(image, quality: _random.Next(25, 90));
        if (_random.NextDouble() < 0.45) Binarize(image, GlyphInk.OtsuThreshold(image) + _random.Next(-35, 36));
        return CutLikeSymbolBox(image);
    }

    /// <summary>
    /// Thin ink as a worn ribbon or light toner prints it and a scanner's threshold keeps it: the glyph slightly turned and
    /// scaled, its strokes thinned by a pixel (half the time), its ink faded to grey and uneven, one to three hairline
    /// gaps cut across it (strokes broken into pieces), then bilevel at a light threshold that keeps only the darker ink.
    /// </summary>
    private GrayImage ThinInk(GrayImage clean)
    {
        var image = RotateAndScale(clean, angleDegrees: Uniform(-2, 2), scale: Uniform(0.85, 1.15), stretchX: Uniform(0.92, 1.08));
        if (_random.NextDouble() < 0.6) image = GaussianBlur(image, Uniform(0.3, 0.9));
        if (_random.NextDouble() < 0.5) image = MorphologyFilter(image, erode: false);
        double fade = Uniform(0.35, 0.75);
        for (int i = 0; i < image.Pixels.Length; i++)
            image.Pixels[i] = (byte)Math.Clamp(Math.Round(255 - (255 - image.Pixels[i]) * fade * Uniform(0.75, 1.25)), 0, 255);
        int gaps = _random.Next(0, 4);
        for (int g = 0; g < gaps; g++) CutGap(image);
        AddNoise(image, sigma: Uniform(0, 10), specks: 0);
        int otsu = GlyphInk.OtsuThreshold(image);
        Binarize(image, Math.Max(1, otsu - _random.Next(0, 30)));
        return image;
    }

    /// <summary>
    /// A glyph as a fax or a bilevel scanner leaves it: slightly turned and scaled, blurred by the optics, most of the time
    /// (<see cref="CoarsePassChance"/>) sampled down to a fax's resolution, so that the glyph's ink is
    /// <see cref="CoarseInkHeightMin"/>–<see cref="CoarseInkHeightMax"/> pixels high (a 12–16 pt digit at 100–150 dpi), and
    /// smoothly back up; then thresholded hard (bilevel), about half the time with salt-and-pepper specks.
    /// </summary>
    private GrayImage CoarseBilevel(GrayImage clean)
    {
        var image = RotateAndScale(clean, angleDegrees: Uniform(-1.5, 1.5), scale: Uniform(0.85, 1.15), stretchX: Uniform(0.92, 1.08));
        if (_random.NextDouble() < 0.7) image = GaussianBlur(image, Uniform(0.4, 1.2));
        if (_random.NextDouble() < CoarsePassChance && GlyphInk.InkBox(image, GlyphInk.OtsuThreshold(image)) is { } ink)
        {
            double factor = Math.Min(0.7, Uniform(CoarseInkHeightMin, CoarseInkHeightMax) / Math.Max(1, ink.Height));
            image = CoarsePass(image, factor);
        }
        AddNoise(image, sigma: Uniform(0, 12), specks: 0);
        Binarize(image, Math.Clamp(GlyphInk.OtsuThreshold(image) + _random.Next(-25, 26), 1, 254));
        if (_random.NextDouble() < 0.5) AddNoise(image, sigma: 0, specks: Uniform(0.001, 0.006));
        return image;
    }

    /// <summary>Share of the coarse-bilevel copies sampled down to a fax's resolution (the others are bilevel at full resolution, as a G4 scan).</summary>
    private const double CoarsePassChance = 0.7;

    /// <summary>Smallest ink height, in pixels, of a glyph sampled down by the coarse pass.</summary>
    private const double CoarseInkHeightMin = 9;

    /// <summary>Largest ink height, in pixels, of a glyph sampled down by the coarse pass.</summary>
    private const double CoarseInkHeightMax = 16;

    /// <summary>
    /// Samples <paramref name="image"/> down by <paramref name="factor"/> (each coarse pixel the mean of the fine pixels it
    /// covers) and back up to its own size bilinearly, as a fax's low resolution is resized for reading.
    /// </summary>
    public static GrayImage CoarsePass(GrayImage image, double factor)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        int width = Math.Max(1, (int)Math.Round(image.Width * factor)), height = Math.Max(1, (int)Math.Round(image.Height * factor));
        var coarse = new GrayImage(width, height, dpi: image.Dpi);
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                int x0 = x * image.Width / width, x1 = Math.Max(x0 + 1, (x + 1) * image.Width / width);
                int y0 = y * image.Height / height, y1 = Math.Max(y0 + 1, (y + 1) * image.Height / height);
                long sum = 0;
                for (int yy = y0; yy < y1; yy++)
                    for (int xx = x0; xx < x1; xx++) sum += image[xx, yy];
                coarse[x, y] = (byte)(sum / ((x1 - x0) * (y1 - y0)));
            }
        var back = new GrayImage(image.Width, image.Height, dpi: image.Dpi);
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
                back[x, y] = Bilinear(coarse, (x + 0.5) * width / image.Width - 0.5, (y + 0.5) * height / image.Height - 0.5);
        return back;
    }

    /// <summary>Whitens a hairline (one or two pixels wide) across the image at a random angle through a random ink pixel.</summary>
    private void CutGap(GrayImage image)
    {
        int threshold = GlyphInk.OtsuThreshold(image);
        var ink = new List<int>();
        for (int i = 0; i < image.Pixels.Length; i++) if (image.Pixels[i] < threshold) ink.Add(i);
        if (ink.Count == 0) return;
        int through = ink[_random.Next(ink.Count)];
        double cx = through % image.Width, cy = through / image.Width, angle = Uniform(0, Math.PI);
        double nx = -Math.Sin(angle), ny = Math.Cos(angle), half = _random.Next(2) == 0 ? 0.5 : 1.0;
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
                if (Math.Abs((x - cx) * nx + (y - cy) * ny) <= half) image[x, y] = 255;
    }

    private double Uniform(double low, double high) => low + _random.NextDouble() * (high - low);

    private GrayImage CutLikeSymbolBox(GrayImage image)
    {
        int threshold = GlyphInk.OtsuThreshold(image);
        if (GlyphInk.InkBox(image, threshold) is not { } ink) return image;
        // Tesseract's boxes are tight but not exact; the corrector adds its own padding on top.
        int left = _random.Next(-1, 4), right = _random.Next(-1, 4), top = _random.Next(-1, 4), bottom = _random.Next(-1, 4);
        var box = new BoundingBox(ink.X - left, ink.Y - top, Math.Max(2, ink.Width + left + right), Math.Max(2, ink.Height + top + bottom));
        return GlyphSegmenter.PadCrop(image, box);
    }

    private static GrayImage RotateAndScale(GrayImage source, double angleDegrees, double scale, double stretchX)
    {
        double angle = angleDegrees * Math.PI / 180, cos = Math.Cos(angle), sin = Math.Sin(angle);
        double sx = scale * stretchX, sy = scale;
        int width = Math.Max(4, (int)Math.Ceiling(source.Width * sx)), height = Math.Max(4, (int)Math.Ceiling(source.Height * sy));
        var target = new GrayImage(width, height, dpi: source.Dpi);
        double cxT = width / 2.0, cyT = height / 2.0, cxS = source.Width / 2.0, cyS = source.Height / 2.0;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                // Inverse mapping: target pixel -> rotated back -> unscaled source position.
                double dx = x + 0.5 - cxT, dy = y + 0.5 - cyT;
                double rx = (cos * dx + sin * dy) / sx, ry = (-sin * dx + cos * dy) / sy;
                target[x, y] = Bilinear(source, rx + cxS - 0.5, ry + cyS - 0.5);
            }
        return target;
    }

    private static byte Bilinear(GrayImage image, double x, double y)
    {
        int x0 = (int)Math.Floor(x), y0 = (int)Math.Floor(y);
        double fx = x - x0, fy = y - y0;
        double Sample(int px, int py) => px < 0 || py < 0 || px >= image.Width || py >= image.Height ? 255 : image[px, py];
        double value = (1 - fy) * ((1 - fx) * Sample(x0, y0) + fx * Sample(x0 + 1, y0)) + fy * ((1 - fx) * Sample(x0, y0 + 1) + fx * Sample(x0 + 1, y0 + 1));
        return (byte)Math.Clamp(Math.Round(value), 0, 255);
    }

    private static GrayImage GaussianBlur(GrayImage image, double sigma)
    {
        int radius = Math.Max(1, (int)Math.Ceiling(2.5 * sigma));
        var kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) sum += kernel[i + radius] = Math.Exp(-i * i / (2 * sigma * sigma));
        for (int i = 0; i < kernel.Length; i++) kernel[i] /= sum;
        var horizontal = new double[image.Width * image.Height];
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                double v = 0;
                for (int k = -radius; k <= radius; k++) v += kernel[k + radius] * image[Math.Clamp(x + k, 0, image.Width - 1), y];
                horizontal[y * image.Width + x] = v;
            }
        var result = new GrayImage(image.Width, image.Height, dpi: image.Dpi);
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                double v = 0;
                for (int k = -radius; k <= radius; k++) v += kernel[k + radius] * horizontal[Math.Clamp(y + k, 0, image.Height - 1) * image.Width + x];
                result[x, y] = (byte)Math.Clamp(Math.Round(v), 0, 255);
            }
        return result;
    }

    /// <summary>3x3 cross min (thicker dark strokes) or max (thinner strokes) filter.</summary>
    private static GrayImage MorphologyFilter(GrayImage image, bool erode)
    {
        var result = new GrayImage(image.Width, image.Height, dpi: image.Dpi);
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                int v = image[x, y];
                foreach (var (dx, dy) in new[] { (-1, 0), (1, 0), (0, -1), (0, 1) })
                {
                    int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= image.Width || ny >= image.Height) continue;
                    v = erode ? Math.Min(v, image[nx, ny]) : Math.Max(v, image[nx, ny]);
                }
                result[x, y] = (byte)v;
            }
        return result;
    }

    private void AddNoise(GrayImage image, double sigma, double specks)
    {
        for (int i = 0; i < image.Pixels.Length; i++)
        {
            double v = image.Pixels[i];
            if (sigma > 0)
            {
                // Box-Muller normal sample.
                double u1 = 1 - _random.NextDouble(), u2 = _random.NextDouble();
                v += sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            }
            if (specks > 0 && _random.NextDouble() < specks) v = _random.Next(2) == 0 ? 0 : 255;
            image.Pixels[i] = (byte)Math.Clamp(Math.Round(v), 0, 255);
        }
    }

    private static void Binarize(GrayImage image, int threshold)
    {
        for (int i = 0; i < image.Pixels.Length; i++) image.Pixels[i] = image.Pixels[i] < threshold ? (byte)0 : (byte)255;
    }
}
