using System.Numerics;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// Projection-profile skew detection: dark pixels are sheared by each candidate angle and counted per row; the
/// angle at which text lines line up makes the row profile sharpest (largest sum of squared differences between
/// neighbouring rows). Works on a ~150 dpi reduction (cost: ink pixels x angles tried), searches
/// ±<paramref name="maxDegrees"/> coarsely, then refines around the best angle and interpolates between steps.
/// </summary>
public sealed class SkewEstimator(double maxDegrees = 6.0, byte inkLevel = 128)
{
    private const int WorkingDpi = 150;
    private const double CoarseStep = 0.5;
    private const double FineStep = 0.05;
    private const int MinInkPixels = 200;
    /// <summary>The best angle's sharpness must beat the mean over all angles by this factor to be trusted.</summary>
    private const double MinContrast = 1.1;

    /// <summary>The page's skew in degrees (positive: turned clockwise), or unreliable when too little text lines up.</summary>
    public SkewEstimate Estimate(GrayImage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        int factor = Math.Max(1, page.Dpi / WorkingDpi);
        var ink = CollectInk(page, factor);
        if (ink.Count < MinInkPixels) return new SkewEstimate(0, false);

        var profile = new int[ink.Height * 2 + 1];
        double Sharpness(double degrees) => ProfileSharpness(ink, Math.Tan(degrees * Math.PI / 180), profile);

        double best = 0, bestScore = double.MinValue, total = 0;
        int tried = 0;
        for (double a = -maxDegrees; a <= maxDegrees + 1e-9; a += CoarseStep)
        {
            double score = Sharpness(a);
            total += score; tried++;
            if (score > bestScore) (best, bestScore) = (a, score);
        }
        if (bestScore < total / tried * MinContrast) return new SkewEstimate(0, false);

        double coarse = best;
        var fine = new List<(double Angle, double Score)>();
        for (double a = coarse - CoarseStep; a <= coarse + CoarseStep + 1e-9; a += FineStep) fine.Add((a, Sharpness(a)));
        int top = fine.IndexOf(fine.MaxBy(f => f.Score));
        double refined = fine[top].Angle + ParabolicOffset(fine, top) * FineStep;
        return new SkewEstimate(Math.Round(refined, 3), true);
    }

    /// <summary>
    /// The dark pixels of a page reduced by <paramref name="factor"/> (a cell is dark if any of its pixels is), column by
    /// column: the rows of column x are <c>Rows[ColumnStart[x]..ColumnStart[x + 1]]</c>, top to bottom.
    /// </summary>
    private InkColumns CollectInk(GrayImage page, int factor)
    {
        int width = page.Width / factor, height = page.Height / factor;
        var dark = new bool[width * height];
        var perColumn = new int[width + 1];
        // A cell is dark when the darkest of its pixels is: the rows of a band are met by their darkest pixel first,
        // a vector at a time, then each cell's few columns looked at.
        var darkest = new byte[page.Width];
        for (int ry = 0; ry < height; ry++)
        {
            page.RowSpan(ry * factor).CopyTo(darkest);
            for (int dy = 1; dy < factor; dy++) Darkest(darkest, page.RowSpan(ry * factor + dy));
            var darkRow = dark.AsSpan(ry * width, width);
            for (int rx = 0; rx < width; rx++)
            {
                byte level = darkest[rx * factor];
                for (int dx = 1; dx < factor; dx++) level = Math.Min(level, darkest[rx * factor + dx]);
                if (level < inkLevel) { darkRow[rx] = true; perColumn[rx + 1]++; }
            }
        }
        for (int x = 0; x < width; x++) perColumn[x + 1] += perColumn[x];
        var rows = new int[perColumn[width]];
        var next = perColumn[..width];
        for (int ry = 0; ry < height; ry++)
            for (int rx = 0; rx < width; rx++)
                if (dark[ry * width + rx]) rows[next[rx]++] = ry;
        return new InkColumns(perColumn, rows, height);
    }

    /// <summary>Each pixel of <paramref name="darkest"/> made the darker of itself and the same pixel of <paramref name="row"/>.</summary>
    private static void Darkest(Span<byte> darkest, ReadOnlySpan<byte> row)
    {
        int x = 0;
        for (int lanes = Vector<byte>.Count; x + lanes <= darkest.Length; x += lanes)
            Vector.Min(new Vector<byte>(darkest[x..]), new Vector<byte>(row[x..])).CopyTo(darkest[x..]);
        for (; x < darkest.Length; x++) darkest[x] = Math.Min(darkest[x], row[x]);
    }

    /// <summary>
    /// The sum of squared differences between neighbouring rows of the ink's profile with each pixel (x, y) counted at
    /// row round(y - x·slope). Within a column the shift x·slope is one number, and unless its fraction lies next to a
    /// half (where rounding y - x·slope could tip either way with y) round(y - x·slope) is y + round(-x·slope): the
    /// column's rows are counted shifted by that whole number, the same profile as rounding pixel by pixel for a fraction
    /// of the cost (this runs over every ink pixel for every angle tried).
    /// </summary>
    private static double ProfileSharpness(InkColumns ink, double slope, int[] profile)
    {
        Array.Clear(profile);
        int height = ink.Height;
        var rows = ink.Rows;
        for (int x = 0; x + 1 < ink.ColumnStart.Length; x++)
        {
            int first = ink.ColumnStart[x], end = ink.ColumnStart[x + 1];
            if (first == end) continue;
            double shift = x * slope;
            double fraction = shift - Math.Floor(shift);
            if (Math.Abs(fraction - 0.5) > HalfMargin)
            {
                // Rows are shifted by +height so that negative sheared positions stay in range.
                int offset = double.ConvertToIntegerNative<int>(Math.Round(-shift)) + height;
                for (int i = first; i < end; i++)
                {
                    int row = rows[i] + offset;
                    if ((uint)row < (uint)profile.Length) profile[row]++;
                }
                continue;
            }
            for (int i = first; i < end; i++)
            {
                // The native conversion: the rounded value is a small whole number, so it equals the checked (saturating)
                // cast, which costs several times as much in this loop over every ink pixel for every angle tried.
                int row = double.ConvertToIntegerNative<int>(Math.Round(rows[i] - shift)) + height;
                if ((uint)row < (uint)profile.Length) profile[row]++;
            }
        }
        double sum = 0;
        for (int i = 1; i < profile.Length; i++)
        {
            double d = profile[i] - profile[i - 1];
            sum += d * d;
        }
        return sum;
    }

    /// <summary>
    /// How far from a half a column's shift must lie for its rows to be rounded as one: y - x·slope is computed with an
    /// error below 1e-12 on a reduced page (coordinates under 2^14), so a margin of 1e-6 leaves no doubt which way it rounds.
    /// </summary>
    private const double HalfMargin = 1e-6;

    /// <summary>Ink pixels by column (<see cref="CollectInk"/>).</summary>
    private sealed record InkColumns(int[] ColumnStart, int[] Rows, int Height)
    {
        public int Count => Rows.Length;
    }

    /// <summary>Vertex of the parabola through the best score and its neighbours, in steps (-0.5..0.5).</summary>
    private static double ParabolicOffset(List<(double Angle, double Score)> scores, int top)
    {
        if (top == 0 || top == scores.Count - 1) return 0;
        double left = scores[top - 1].Score, centre = scores[top].Score, right = scores[top + 1].Score;
        double denominator = left - 2 * centre + right;
        return denominator >= 0 ? 0 : Math.Clamp(0.5 * (left - right) / denominator, -0.5, 0.5);
    }
}
