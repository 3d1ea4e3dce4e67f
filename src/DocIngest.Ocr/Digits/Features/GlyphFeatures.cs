using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits.Features;

/// <summary>
/// Turns a glyph crop into the fixed-length vector the digit model reads: size-normalised ink intensities,
/// gradient-orientation histograms, projection profiles, stroke crossings, hole count and aspect ratio.
/// The same code runs at training and at recognition time, so the two can never drift apart.
/// </summary>
public static class GlyphFeatures
{
    private const int GridSize = 16;
    private const int GradientSize = 32;
    private const int GradientCells = 4;
    private const int OrientationBins = 8;
    private const int CrossingLines = 5;

    /// <summary>Length of every vector <see cref="Extract"/> returns.</summary>
    public const int Length = GridSize * GridSize
        + GradientCells * GradientCells * OrientationBins
        + 2 * GridSize
        + 2 * CrossingLines
        + 3   // holes: none, one, two or more
        + 3;  // aspect ratio, log aspect ratio, ink density

    /// <summary>Feature vector of the glyph in <paramref name="crop"/>; all zeros when the crop holds no ink.</summary>
    public static float[] Extract(GrayImage crop)
    {
        var features = new float[Length];
        int threshold = GlyphInk.OtsuThreshold(crop);
        if (GlyphInk.InkBox(crop, threshold) is not { } box) return features;

        // Ink as 0..1 (1 = black) relative to the local paper and ink levels, so contrast and paper tone do not matter.
        var ink = InkLevels(crop, box, threshold);
        var grid = Resample(ink, box.Width, box.Height, GridSize, GridSize);
        var large = Resample(ink, box.Width, box.Height, GradientSize, GradientSize);
        int offset = 0;
        grid.CopyTo(features, offset); offset += grid.Length;
        offset = WriteOrientationHistograms(large, features, offset);
        offset = WriteProjections(grid, features, offset);
        offset = WriteCrossings(large, features, offset);
        int holes = CountHoles(large);
        features[offset + Math.Min(holes, 2)] = 1; offset += 3;
        float aspect = (float)box.Width / box.Height;
        features[offset++] = aspect;
        features[offset++] = MathF.Log(aspect);
        features[offset] = grid.Average();
        return features;
    }

    private static float[] InkLevels(GrayImage crop, BoundingBox box, int threshold)
    {
        // Paper = brightest decile, ink = darkest decile inside the box; everything mapped linearly between.
        var values = new List<byte>(box.Width * box.Height);
        for (int y = box.Y; y < box.Bottom; y++)
            for (int x = box.X; x < box.Right; x++) values.Add(crop[x, y]);
        values.Sort();
        float dark = values[values.Count / 10];
        float paper = Math.Max(values[values.Count - 1 - values.Count / 10], threshold);
        if (paper - dark < 1) paper = dark + 1;
        var ink = new float[box.Width * box.Height];
        for (int y = 0; y < box.Height; y++)
            for (int x = 0; x < box.Width; x++)
                ink[y * box.Width + x] = Math.Clamp((paper - crop[box.X + x, box.Y + y]) / (paper - dark), 0f, 1f);
        return ink;
    }

    /// <summary>Area-averaging resample (stretching when the target is larger), so thin strokes are not lost.</summary>
    private static float[] Resample(float[] source, int width, int height, int targetWidth, int targetHeight)
    {
        var target = new float[targetWidth * targetHeight];
        for (int ty = 0; ty < targetHeight; ty++)
        {
            double sy0 = (double)ty * height / targetHeight, sy1 = (double)(ty + 1) * height / targetHeight;
            for (int tx = 0; tx < targetWidth; tx++)
            {
                double sx0 = (double)tx * width / targetWidth, sx1 = (double)(tx + 1) * width / targetWidth;
                double sum = 0, area = 0;
                for (int y = (int)sy0; y < Math.Min(height, (int)Math.Ceiling(sy1)); y++)
                {
                    double wy = Math.Min(sy1, y + 1) - Math.Max(sy0, y);
                    for (int x = (int)sx0; x < Math.Min(width, (int)Math.Ceiling(sx1)); x++)
                    {
                        double w = wy * (Math.Min(sx1, x + 1) - Math.Max(sx0, x));
                        sum += w * source[y * width + x];
                        area += w;
                    }
                }
                target[ty * targetWidth + tx] = area > 0 ? (float)(sum / area) : 0f;
            }
        }
        return target;
    }

    private static int WriteOrientationHistograms(float[] image, float[] features, int offset)
    {
        const int n = GradientSize, cell = GradientSize / GradientCells;
        for (int y = 1; y < n - 1; y++)
            for (int x = 1; x < n - 1; x++)
            {
                float gx = image[y * n + x + 1] - image[y * n + x - 1];
                float gy = image[(y + 1) * n + x] - image[(y - 1) * n + x];
                float magnitude = MathF.Sqrt(gx * gx + gy * gy);
                if (magnitude < 1e-4f) continue;
                // Signed orientation over the full circle: which side the ink is on matters for open vs closed loops.
                float angle = MathF.Atan2(gy, gx) + MathF.PI;
                int bin = Math.Min(OrientationBins - 1, (int)(angle / (2 * MathF.PI) * OrientationBins));
                int c = (y / cell) * GradientCells + x / cell;
                features[offset + c * OrientationBins + bin] += magnitude;
            }
        // Normalise by the total so stroke width and contrast do not scale the histogram.
        int count = GradientCells * GradientCells * OrientationBins;
        float total = 0;
        for (int i = 0; i < count; i++) total += features[offset + i];
        if (total > 0)
            for (int i = 0; i < count; i++) features[offset + i] = features[offset + i] / total * GradientCells * GradientCells;
        return offset + count;
    }

    private static int WriteProjections(float[] grid, float[] features, int offset)
    {
        for (int y = 0; y < GridSize; y++)
        {
            float sum = 0;
            for (int x = 0; x < GridSize; x++) sum += grid[y * GridSize + x];
            features[offset + y] = sum / GridSize;
        }
        for (int x = 0; x < GridSize; x++)
        {
            float sum = 0;
            for (int y = 0; y < GridSize; y++) sum += grid[y * GridSize + x];
            features[offset + GridSize + x] = sum / GridSize;
        }
        return offset + 2 * GridSize;
    }

    /// <summary>How many separate ink runs a few horizontal and vertical scan lines cross.</summary>
    private static int WriteCrossings(float[] image, float[] features, int offset)
    {
        const int n = GradientSize;
        for (int i = 0; i < CrossingLines; i++)
        {
            int line = (i + 1) * n / (CrossingLines + 1);
            int rowRuns = 0, columnRuns = 0;
            bool inRow = false, inColumn = false;
            for (int k = 0; k < n; k++)
            {
                bool rowInk = image[line * n + k] > 0.5f, columnInk = image[k * n + line] > 0.5f;
                if (rowInk && !inRow) rowRuns++;
                if (columnInk && !inColumn) columnRuns++;
                inRow = rowInk; inColumn = columnInk;
            }
            features[offset + i] = rowRuns / 3f;
            features[offset + CrossingLines + i] = columnRuns / 3f;
        }
        return offset + 2 * CrossingLines;
    }

    /// <summary>Background regions enclosed by ink (the loops of ๐ ๑ ๒ ๓ ...), ignoring specks of a few pixels.</summary>
    private static int CountHoles(float[] image)
    {
        const int n = GradientSize;
        var label = new int[n * n];
        var stack = new Stack<int>();
        int holes = 0;
        for (int start = 0; start < n * n; start++)
        {
            if (image[start] > 0.5f || label[start] != 0) continue;
            bool touchesBorder = false;
            int size = 0;
            label[start] = 1;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int p = stack.Pop(), x = p % n, y = p / n;
                size++;
                if (x == 0 || y == 0 || x == n - 1 || y == n - 1) touchesBorder = true;
                foreach (var q in new[] { p - 1, p + 1, p - n, p + n })
                {
                    if (q < 0 || q >= n * n || (q == p - 1 && x == 0) || (q == p + 1 && x == n - 1)) continue;
                    if (label[q] != 0 || image[q] > 0.5f) continue;
                    label[q] = 1;
                    stack.Push(q);
                }
            }
            if (!touchesBorder && size >= 3) holes++;
        }
        return holes;
    }
}
