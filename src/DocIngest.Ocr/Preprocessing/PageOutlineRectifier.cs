using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>A point on a page image, in pixels (fractions allowed).</summary>
public readonly record struct PagePoint(double X, double Y);

/// <summary>The four corners of a sheet of paper as it lies in a photo, clockwise from the top left.</summary>
public sealed record PageOutline(PagePoint TopLeft, PagePoint TopRight, PagePoint BottomRight, PagePoint BottomLeft)
{
    /// <summary>
    /// The sheet's width and height in pixels once flattened: the longer of each pair of opposite edges, the shorter side
    /// then set to A4's proportion (1 : √2) when the edges say within 8 % of it. A photo at a slant foreshortens the
    /// sheet along the tilt, which its edge lengths cannot undo without the camera's focal length; agency paper is A4,
    /// and letters squashed by a few per cent read worse.
    /// </summary>
    public (int Width, int Height) FlatSize()
    {
        double width = Math.Max(Distance(TopLeft, TopRight), Distance(BottomLeft, BottomRight));
        double height = Math.Max(Distance(TopLeft, BottomLeft), Distance(TopRight, BottomRight));
        double ratio = Math.Max(width, height) / Math.Max(1, Math.Min(width, height));
        if (Math.Abs(ratio / Math.Sqrt(2) - 1) <= 0.08)
        {
            if (height >= width) height = width * Math.Sqrt(2);
            else width = height * Math.Sqrt(2);
        }
        return ((int)Math.Round(width), (int)Math.Round(height));
    }

    /// <summary>The outline with each corner moved <paramref name="pixels"/> towards the middle along both edges it joins.</summary>
    public PageOutline Inset(double pixels)
    {
        PagePoint Move(PagePoint corner, PagePoint alongOne, PagePoint alongOther)
        {
            double la = Math.Max(1e-9, Distance(corner, alongOne)), lb = Math.Max(1e-9, Distance(corner, alongOther));
            return new PagePoint(
                corner.X + (alongOne.X - corner.X) * pixels / la + (alongOther.X - corner.X) * pixels / lb,
                corner.Y + (alongOne.Y - corner.Y) * pixels / la + (alongOther.Y - corner.Y) * pixels / lb);
        }
        return new PageOutline(Move(TopLeft, TopRight, BottomLeft), Move(TopRight, TopLeft, BottomRight),
            Move(BottomRight, BottomLeft, TopRight), Move(BottomLeft, BottomRight, TopLeft));
    }

    internal static double Distance(PagePoint a, PagePoint b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));
}

/// <summary>
/// Flattens a photo of a sheet lying on a darker surface and seen at a slant: finds the paper's four edges and maps the
/// quadrilateral they enclose onto an upright rectangle (a projective warp), so that text lines run straight and level
/// across the whole page. Deskew alone turns a page by one angle; a slanted photo has lines at different angles at its
/// top and bottom and letters narrowing towards the far edge, and the engine merges or breaks such lines.
/// Acts only when a darker surface shows along all four sides of the image around one large light region; a scan, whose
/// paper fills the frame or lies on a white lid, is left untouched. The edges are found on a reduced copy (about 800
/// pixels on the long side) by walking in from each side of the image to the paper, and fitted as straight lines, so
/// text touching the paper's edge or a corner folded over does not move a corner.
/// </summary>
/// <param name="minPaperShare">Least share (0–1) of the image the paper must cover.</param>
/// <param name="minSurfaceShare">Least share (0–1) of each side of the image that must show the darker surface.</param>
/// <param name="minContrast">Least difference of gray level between the paper and the surface beyond it.</param>
public sealed class PageOutlineRectifier(double minPaperShare = 0.3, double minSurfaceShare = 0.6, int minContrast = 40)
{
    private const int ReducedSide = 800;

    /// <summary>
    /// The page flattened and its outline, or the page itself and null when no slanted sheet on a surface is found.
    /// </summary>
    public (GrayImage Image, PageOutline? Outline) Rectify(GrayImage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var outline = FindOutline(page);
        if (outline is null) return (page, null);
        var (width, height) = outline.FlatSize();
        // A few pixels inside the edges, so the paper's blurred rim and the desk beyond it do not frame the page.
        return (Warp(page, outline.Inset(Math.Max(2, 0.004 * Math.Min(width, height))), width, height), outline);
    }

    /// <summary>The sheet's corners on <paramref name="page"/>, or null when the image is not a sheet on a darker surface.</summary>
    public PageOutline? FindOutline(GrayImage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        int factor = Math.Max(1, (int)Math.Ceiling(Math.Max(page.Width, page.Height) / (double)ReducedSide));
        var small = Reduce(page, factor);
        if (small.Width < 32 || small.Height < 32) return null;

        byte threshold = OtsuThreshold.Compute(small);
        if (!SurfaceOnEverySide(small, threshold)) return null;
        var paper = LargestLightRegion(small, threshold, out int area, out double paperLevel);
        if (area < minPaperShare * small.Width * small.Height) return null;
        if (paperLevel - SurfaceLevel(small, threshold) < minContrast) return null;

        var edges = new Line?[4];
        for (int side = 0; side < 4; side++) edges[side] = FitEdge(paper, small.Width, small.Height, (Side)side);
        if (edges.Any(e => e is null)) return null;
        var top = edges[(int)Side.Top]!.Value;
        var right = edges[(int)Side.Right]!.Value;
        var bottom = edges[(int)Side.Bottom]!.Value;
        var left = edges[(int)Side.Left]!.Value;
        var corners = new[] { Cross(top, left), Cross(top, right), Cross(bottom, right), Cross(bottom, left) };
        if (corners.Any(c => c is null)) return null;
        var scaled = corners.Select(c => new PagePoint(c!.Value.X * factor, c.Value.Y * factor)).ToArray();
        var outline = new PageOutline(scaled[0], scaled[1], scaled[2], scaled[3]);
        return IsPlausible(outline, page.Width, page.Height) ? outline : null;
    }

    private enum Side { Top, Right, Bottom, Left }

    /// <summary>A straight edge: along the top and bottom y = Slope·x + Offset, along the sides x = Slope·y + Offset.</summary>
    private readonly record struct Line(bool Horizontal, double Slope, double Offset);

    private bool SurfaceOnEverySide(GrayImage small, byte threshold)
    {
        double Share(Func<int, byte> pixel, int length)
        {
            int dark = 0;
            for (int i = 0; i < length; i++) if (pixel(i) <= threshold) dark++;
            return (double)dark / length;
        }
        int w = small.Width, h = small.Height;
        return Share(x => small[x, 0], w) >= minSurfaceShare && Share(x => small[x, h - 1], w) >= minSurfaceShare
            && Share(y => small[0, y], h) >= minSurfaceShare && Share(y => small[w - 1, y], h) >= minSurfaceShare;
    }

    /// <summary>The mean level of the surface: the dark pixels along the image's four sides.</summary>
    private static double SurfaceLevel(GrayImage small, byte threshold)
    {
        long sum = 0, count = 0;
        void Add(byte v) { if (v <= threshold) { sum += v; count++; } }
        for (int x = 0; x < small.Width; x++) { Add(small[x, 0]); Add(small[x, small.Height - 1]); }
        for (int y = 0; y < small.Height; y++) { Add(small[0, y]); Add(small[small.Width - 1, y]); }
        return count == 0 ? 0 : (double)sum / count;
    }

    /// <summary>The largest 4-connected region of pixels above the threshold, as a mask, with its area and mean level.</summary>
    private static bool[] LargestLightRegion(GrayImage small, byte threshold, out int area, out double level)
    {
        int w = small.Width, h = small.Height;
        var label = new int[w * h];
        var stack = new Stack<int>();
        int best = 0, bestArea = 0, next = 0;
        long bestSum = 0;
        for (int start = 0; start < label.Length; start++)
        {
            if (label[start] != 0 || small.Pixels[start] <= threshold) continue;
            int id = ++next, count = 0;
            long sum = 0;
            label[start] = id;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int i = stack.Pop();
                count++;
                sum += small.Pixels[i];
                int x = i % w, y = i / w;
                if (x > 0) Visit(i - 1);
                if (x < w - 1) Visit(i + 1);
                if (y > 0) Visit(i - w);
                if (y < h - 1) Visit(i + w);
            }
            if (count > bestArea) (best, bestArea, bestSum) = (id, count, sum);

            void Visit(int j)
            {
                if (label[j] != 0 || small.Pixels[j] <= threshold) return;
                label[j] = id;
                stack.Push(j);
            }
        }
        area = bestArea;
        level = bestArea == 0 ? 0 : (double)bestSum / bestArea;
        var mask = new bool[label.Length];
        for (int i = 0; i < mask.Length; i++) mask[i] = best != 0 && label[i] == best;
        return mask;
    }

    /// <summary>
    /// Walks in from one side of the image along each row or column of the middle three fifths of the paper's extent to
    /// its first paper pixel, and fits a line through those points, refitted once without the ones far off it.
    /// </summary>
    private static Line? FitEdge(bool[] paper, int w, int h, Side side)
    {
        bool horizontal = side is Side.Top or Side.Bottom;
        int along = horizontal ? w : h, across = horizontal ? h : w;
        bool Paper(int a, int c) => horizontal ? paper[c * w + a] : paper[a * w + c];

        // The paper's extent along this side, so the middle of the sheet is sampled, not its corners.
        int first = -1, last = -1;
        for (int a = 0; a < along; a++)
            for (int c = 0; c < across; c++)
                if (Paper(a, c)) { if (first < 0) first = a; last = a; break; }
        if (first < 0 || last - first < along / 4) return null;
        int from = first + (last - first) / 5, to = last - (last - first) / 5;

        var points = new List<(double A, double C)>();
        bool fromFar = side is Side.Bottom or Side.Right;
        for (int a = from; a <= to; a++)
        {
            for (int step = 0; step < across; step++)
            {
                int c = fromFar ? across - 1 - step : step;
                if (!Paper(a, c)) continue;
                points.Add((a + 0.5, fromFar ? c + 1.0 : c));
                break;
            }
        }
        if (points.Count < 10) return null;
        var fit = LeastSquares(points);
        var residuals = points.Select(p => Math.Abs(p.C - (fit.Slope * p.A + fit.Offset))).OrderBy(r => r).ToList();
        double limit = Math.Max(1.5, 3 * residuals[residuals.Count / 2]);
        var kept = points.Where(p => Math.Abs(p.C - (fit.Slope * p.A + fit.Offset)) <= limit).ToList();
        if (kept.Count < points.Count / 2) return null;
        fit = LeastSquares(kept);
        return new Line(horizontal, fit.Slope, fit.Offset);
    }

    private static (double Slope, double Offset) LeastSquares(List<(double A, double C)> points)
    {
        double n = points.Count, sa = 0, sc = 0, saa = 0, sac = 0;
        foreach (var (a, c) in points) { sa += a; sc += c; saa += a * a; sac += a * c; }
        double den = n * saa - sa * sa;
        if (Math.Abs(den) < 1e-9) return (0, sc / n);
        double slope = (n * sac - sa * sc) / den;
        return (slope, (sc - slope * sa) / n);
    }

    /// <summary>Where a top or bottom edge (y = m·x + b) meets a side (x = k·y + d).</summary>
    private static PagePoint? Cross(Line level, Line side)
    {
        double den = 1 - level.Slope * side.Slope;
        if (Math.Abs(den) < 1e-6) return null;
        double y = (level.Slope * side.Offset + level.Offset) / den;
        return new PagePoint(side.Slope * y + side.Offset, y);
    }

    /// <summary>Corners near the image, edges near upright (within 25° of square), a sheet-like aspect.</summary>
    private static bool IsPlausible(PageOutline outline, int width, int height)
    {
        var corners = new[] { outline.TopLeft, outline.TopRight, outline.BottomRight, outline.BottomLeft };
        double slackX = width * 0.02, slackY = height * 0.02;
        if (corners.Any(c => c.X < -slackX || c.Y < -slackY || c.X > width + slackX || c.Y > height + slackY)) return false;
        for (int i = 0; i < 4; i++)
        {
            var (p, q, r) = (corners[(i + 3) % 4], corners[i], corners[(i + 1) % 4]);
            double ux = p.X - q.X, uy = p.Y - q.Y, vx = r.X - q.X, vy = r.Y - q.Y;
            double angle = Math.Acos(Math.Clamp((ux * vx + uy * vy) / (Math.Sqrt(ux * ux + uy * uy) * Math.Sqrt(vx * vx + vy * vy)), -1, 1)) * 180 / Math.PI;
            if (Math.Abs(angle - 90) > 25) return false;
        }
        var (w, h) = outline.FlatSize();
        double aspect = (double)Math.Max(w, h) / Math.Max(1, Math.Min(w, h));
        return w > 0 && h > 0 && aspect <= 2.5;
    }

    /// <summary>A box-filtered copy <paramref name="factor"/> times smaller on each side.</summary>
    private static GrayImage Reduce(GrayImage page, int factor)
    {
        if (factor == 1) return page;
        int w = page.Width / factor, h = page.Height / factor;
        if (w < 1 || h < 1) return new GrayImage(1, 1);
        var pixels = new byte[w * h];
        var sums = new int[w];
        for (int y = 0; y < h; y++)
        {
            Array.Clear(sums);
            for (int dy = 0; dy < factor; dy++)
            {
                var row = page.RowSpan(y * factor + dy);
                for (int x = 0; x < w; x++)
                {
                    int s = 0, o = x * factor;
                    for (int dx = 0; dx < factor; dx++) s += row[o + dx];
                    sums[x] += s;
                }
            }
            int n = factor * factor;
            for (int x = 0; x < w; x++) pixels[y * w + x] = (byte)(sums[x] / n);
        }
        return new GrayImage(w, h, pixels, Math.Max(1, page.Dpi / factor));
    }

    /// <summary>
    /// The quadrilateral mapped onto a width × height rectangle: each output pixel samples the photo (bilinear) where
    /// the projective map of the unit square onto the outline sends it (Heckbert's closed form); outside the photo is white.
    /// </summary>
    internal static GrayImage Warp(GrayImage page, PageOutline outline, int width, int height)
    {
        var (x0, y0) = (outline.TopLeft.X, outline.TopLeft.Y);
        var (x1, y1) = (outline.TopRight.X, outline.TopRight.Y);
        var (x2, y2) = (outline.BottomRight.X, outline.BottomRight.Y);
        var (x3, y3) = (outline.BottomLeft.X, outline.BottomLeft.Y);
        double sx = x0 - x1 + x2 - x3, sy = y0 - y1 + y2 - y3;
        double a, b, c = x0, d, e, f = y0, g = 0, hh = 0;
        if (Math.Abs(sx) < 1e-9 && Math.Abs(sy) < 1e-9)
        {
            (a, b, d, e) = (x1 - x0, x3 - x0, y1 - y0, y3 - y0);
        }
        else
        {
            double dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
            double den = dx1 * dy2 - dx2 * dy1;
            g = (sx * dy2 - dx2 * sy) / den;
            hh = (dx1 * sy - sx * dy1) / den;
            (a, b, d, e) = (x1 - x0 + g * x1, x3 - x0 + hh * x3, y1 - y0 + g * y1, y3 - y0 + hh * y3);
        }

        var output = new byte[width * height];
        var source = page.Pixels;
        int pw = page.Width, ph = page.Height;
        for (int row = 0; row < height; row++)
        {
            double v = (row + 0.5) / height;
            int o = row * width;
            for (int col = 0; col < width; col++)
            {
                double u = (col + 0.5) / width;
                double z = g * u + hh * v + 1;
                double x = (a * u + b * v + c) / z - 0.5, y = (d * u + e * v + f) / z - 0.5;
                int ix = (int)Math.Floor(x), iy = (int)Math.Floor(y);
                if (ix < 0 || iy < 0 || ix >= pw - 1 || iy >= ph - 1) { output[o + col] = 255; continue; }
                double fx = x - ix, fy = y - iy;
                int i = iy * pw + ix;
                double top = source[i] + (source[i + 1] - source[i]) * fx;
                double bottom = source[i + pw] + (source[i + pw + 1] - source[i + pw]) * fx;
                output[o + col] = (byte)Math.Round(top + (bottom - top) * fy);
            }
        }
        return new GrayImage(width, height, output, page.Dpi);
    }
}
