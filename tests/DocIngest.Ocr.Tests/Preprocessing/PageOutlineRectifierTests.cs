using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.Engine;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Preprocessing;

public class PageOutlineRectifierTests(ITestOutputHelper output)
{
    private const byte Desk = 70;

    [Fact]
    public void Rectify_SheetPhotographedAtASlant_LinesRunLevelAllDownThePage()
    {
        var photo = SheetOnDeskAtASlant(out _);

        var (flat, outline) = new PageOutlineRectifier().Rectify(photo);

        Assert.NotNull(outline);
        // In the photo the lines near the sheet's top and bottom run at different angles; flattened, alike.
        double slanted = SkewSpread(photo), flattened = SkewSpread(flat);
        output.WriteLine($"outline {outline}; flat {flat.Width}x{flat.Height}; top-to-bottom skew spread {slanted:F2}° -> {flattened:F2}°");
        Assert.True(slanted > 1.0, $"the photo's spread {slanted:F2}°");
        Assert.True(flattened < 0.3, $"the flattened page's spread {flattened:F2}°");
        // The desk is gone: the flattened page's edges are paper.
        Assert.True(LightShareOfEdges(flat) > 0.95, $"light share of the edges {LightShareOfEdges(flat):P1}");
    }

    [Fact]
    public void Rectify_SheetPhotographedAtASlant_TesseractReadsTheFlattenedPage()
    {
        var (flat, _) = new PageOutlineRectifier().Rectify(SheetOnDeskAtASlant(out _));
        var truth = EngineFixtures.Text("thai-prose.txt");

        using var engine = new TesseractEngine(EngineFixtures.Options());
        var top = flat.Crop(new DocIngest.Core.Content.BoundingBox(0, 0, flat.Width, flat.Height / 2));
        double cer = Cer(engine, top, truth);

        output.WriteLine($"CER of the flattened sheet's top half {cer:P2}");
        Assert.True(cer < 0.05, $"CER {cer:P2}");
    }

    /// <summary>How far the skew of the lines near the image's top and near its bottom differ, in degrees (the middle of each, clear of any desk).</summary>
    private static double SkewSpread(GrayImage image)
    {
        var estimator = new SkewEstimator();
        int x = image.Width * 3 / 10, width = image.Width * 4 / 10, height = image.Height / 4;
        double top = estimator.Estimate(image.Crop(new DocIngest.Core.Content.BoundingBox(x, image.Height * 12 / 100, width, height))).Degrees;
        double bottom = estimator.Estimate(image.Crop(new DocIngest.Core.Content.BoundingBox(x, image.Height * 63 / 100, width, height))).Degrees;
        return Math.Abs(top - bottom);
    }

    /// <summary>
    /// A sheet with the prose fixture on it, lying on a dark desk and photographed at a slant: the desk with the sheet
    /// on it is seen through a projective map, which <see cref="PageOutlineRectifier.Warp"/> applies (it maps the
    /// picture's rectangle onto a quadrilateral of the desk). <paramref name="corners"/> are where the sheet's corners
    /// land in the picture.
    /// </summary>
    private static GrayImage SheetOnDeskAtASlant(out PagePoint[] corners)
    {
        var prose = EngineFixtures.Image("thai-prose.png");
        const int deskWidth = 2300, deskHeight = 1732, margin = 180; // the sheet 1940 x 1372: A4 lying on its side
        var desk = new GrayImage(deskWidth, deskHeight, Enumerable.Repeat(Desk, deskWidth * deskHeight).ToArray());
        for (int y = margin; y < deskHeight - margin; y++)
            desk.RowSpan(y)[margin..(deskWidth - margin)].Fill(250);
        // The prose near the sheet's top and again near its bottom, so lines are seen at both ends of the slant.
        foreach (int top in new[] { margin + 40, deskHeight - margin - 40 - prose.Height })
            for (int y = 0; y < prose.Height; y++)
                prose.RowSpan(y).CopyTo(desk.RowSpan(top + y)[(margin + 120)..]);

        // The picture shows this quadrilateral of the desk: the sheet's right side nearer the camera than its left.
        var seen = new PageOutline(new PagePoint(20, 10), new PagePoint(2280, 150), new PagePoint(2280, 1582), new PagePoint(20, 1722));
        var picture = PageOutlineRectifier.Warp(desk, seen, deskWidth, deskHeight);

        // The sheet's corners in the picture: the inverse of the picture's map, found by solving it numerically.
        corners = new[] { new PagePoint(margin, margin), new PagePoint(deskWidth - margin, margin),
            new PagePoint(deskWidth - margin, deskHeight - margin), new PagePoint(margin, deskHeight - margin) }
            .Select(p => Inverse(seen, p, picture.Width, picture.Height)).ToArray();
        return picture;
    }

    /// <summary>Where in a Warp output of the given size the desk point <paramref name="target"/> shows (Newton's method).</summary>
    private static PagePoint Inverse(PageOutline seen, PagePoint target, int width, int height)
    {
        double u = 0.5, v = 0.5;
        for (int i = 0; i < 50; i++)
        {
            var p = Map(seen, u, v);
            var pu = Map(seen, u + 1e-6, v);
            var pv = Map(seen, u, v + 1e-6);
            double a = (pu.X - p.X) / 1e-6, b = (pv.X - p.X) / 1e-6, c = (pu.Y - p.Y) / 1e-6, d = (pv.Y - p.Y) / 1e-6;
            double ex = target.X - p.X, ey = target.Y - p.Y, det = a * d - b * c;
            u += (d * ex - b * ey) / det;
            v += (a * ey - c * ex) / det;
        }
        return new PagePoint(u * width, v * height);
    }

    /// <summary>The projective map of the unit square onto <paramref name="q"/> (Heckbert's closed form, as Warp uses it).</summary>
    private static PagePoint Map(PageOutline q, double u, double v)
    {
        double sx = q.TopLeft.X - q.TopRight.X + q.BottomRight.X - q.BottomLeft.X, sy = q.TopLeft.Y - q.TopRight.Y + q.BottomRight.Y - q.BottomLeft.Y;
        double dx1 = q.TopRight.X - q.BottomRight.X, dx2 = q.BottomLeft.X - q.BottomRight.X, dy1 = q.TopRight.Y - q.BottomRight.Y, dy2 = q.BottomLeft.Y - q.BottomRight.Y;
        double den = dx1 * dy2 - dx2 * dy1, g = (sx * dy2 - dx2 * sy) / den, h = (dx1 * sy - sx * dy1) / den;
        double a = q.TopRight.X - q.TopLeft.X + g * q.TopRight.X, b = q.BottomLeft.X - q.TopLeft.X + h * q.BottomLeft.X;
        double d = q.TopRight.Y - q.TopLeft.Y + g * q.TopRight.Y, e = q.BottomLeft.Y - q.TopLeft.Y + h * q.BottomLeft.Y;
        double z = g * u + h * v + 1;
        return new PagePoint((a * u + b * v + q.TopLeft.X) / z, (d * u + e * v + q.TopLeft.Y) / z);
    }

    private static double LightShareOfEdges(GrayImage image)
    {
        int light = 0, count = 0;
        for (int x = 0; x < image.Width; x++) { Count(image[x, 0]); Count(image[x, image.Height - 1]); }
        for (int y = 0; y < image.Height; y++) { Count(image[0, y]); Count(image[image.Width - 1, y]); }
        return (double)light / count;

        void Count(byte value) { count++; if (value > 160) light++; }
    }

    private static double Cer(TesseractEngine engine, GrayImage image, string truth) =>
        CharacterErrorRate.Of(truth, string.Join('\n', engine.Recognize(image, null, SegmentationMode.Auto).Select(l => l.Text)));
}
