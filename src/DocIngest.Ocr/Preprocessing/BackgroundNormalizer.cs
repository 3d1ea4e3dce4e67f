using System.Numerics;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// Removes uneven illumination and gray/yellowed paper: estimates the paper brightness on a coarse grid
/// (a high percentile of each tile, since a tile a few strokes wide is mostly paper), smooths it,
/// and divides each pixel by the interpolated paper level so paper becomes white and ink keeps its contrast.
/// Tiles that are mostly ink (logos, black scanner edges) take their neighbours' paper level instead of their own.
/// O(pixels): one pass to build the grid, one pass to divide.
/// </summary>
public sealed class BackgroundNormalizer(double tileInches = 0.12)
{
    /// <summary>A tile whose paper level is darker than this share of the page's typical one is ink (black border, logo), not shadowed paper; shadows down to ~40% gray are still paper.</summary>
    private const double MinPaperShare = 0.35;

    /// <summary>Paper is the brightest ~80% of a text tile even in dense print (Thai body text inks ~15-30% of a tile).</summary>
    private const double PaperPercentile = 0.8;

    public GrayImage Normalize(GrayImage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        int tile = Math.Max(8, (int)Math.Round(tileInches * page.Dpi));
        var grid = PaperGrid(page, tile);
        FillInkTiles(grid);
        var smooth = Smooth(grid);
        return Divide(page, smooth, tile);
    }

    /// <summary>
    /// Each tile's paper level: the gray value that <see cref="PaperPercentile"/> of its pixels are at or below. Not the maximum,
    /// because scanner noise makes the brightest pixel of every tile too bright and the normalised paper gray.
    /// </summary>
    private static float[,] PaperGrid(GrayImage page, int tile)
    {
        int cols = (page.Width + tile - 1) / tile, rows = (page.Height + tile - 1) / tile;
        var grid = new float[rows, cols];
        var histograms = new int[cols * 256];
        // Each column's histogram offset, worked out once instead of a division per pixel.
        var offsets = new int[page.Width];
        for (int x = 0; x < offsets.Length; x++) offsets[x] = x / tile * 256;
        for (int gy = 0; gy < rows; gy++)
        {
            Array.Clear(histograms);
            int y0 = gy * tile, y1 = Math.Min(page.Height, y0 + tile);
            for (int y = y0; y < y1; y++)
            {
                var row = page.RowSpan(y);
                for (int x = 0; x < row.Length; x++) histograms[offsets[x] + row[x]]++;
            }
            for (int gx = 0; gx < cols; gx++)
            {
                int tileWidth = Math.Min(tile, page.Width - gx * tile);
                grid[gy, gx] = Percentile(histograms.AsSpan(gx * 256, 256), (int)((y1 - y0) * tileWidth * PaperPercentile));
            }
        }
        return grid;
    }

    private static int Percentile(ReadOnlySpan<int> histogram, int rank)
    {
        int seen = 0;
        for (int v = 0; v < 256; v++)
        {
            seen += histogram[v];
            if (seen > rank) return v;
        }
        return 255;
    }

    /// <summary>Replaces ink-only tiles by the mean of their paper neighbours, growing inwards until all are filled.</summary>
    private static void FillInkTiles(float[,] grid)
    {
        int rows = grid.GetLength(0), cols = grid.GetLength(1);
        var values = new List<float>(rows * cols);
        foreach (var v in grid) values.Add(v);
        values.Sort();
        float paper = values[(int)(values.Count * 0.9)];
        float minimum = (float)(paper * MinPaperShare);

        var missing = new bool[rows, cols];
        int missingCount = 0;
        for (int y = 0; y < rows; y++)
            for (int x = 0; x < cols; x++)
                if (grid[y, x] < minimum) { missing[y, x] = true; missingCount++; }
        if (missingCount == rows * cols) { FillAll(grid, paper); return; }

        while (missingCount > 0)
        {
            var filled = new List<(int Y, int X, float Value)>();
            for (int y = 0; y < rows; y++)
                for (int x = 0; x < cols; x++)
                {
                    if (!missing[y, x]) continue;
                    float sum = 0; int n = 0;
                    for (int dy = -1; dy <= 1; dy++)
                        for (int dx = -1; dx <= 1; dx++)
                        {
                            int ny = y + dy, nx = x + dx;
                            if (ny < 0 || nx < 0 || ny >= rows || nx >= cols || missing[ny, nx]) continue;
                            sum += grid[ny, nx]; n++;
                        }
                    if (n > 0) filled.Add((y, x, sum / n));
                }
            foreach (var (y, x, value) in filled) { grid[y, x] = value; missing[y, x] = false; }
            missingCount -= filled.Count;
        }
    }

    private static void FillAll(float[,] grid, float value)
    {
        for (int y = 0; y < grid.GetLength(0); y++)
            for (int x = 0; x < grid.GetLength(1); x++) grid[y, x] = value;
    }

    /// <summary>3x3 mean, so that one bright or dark tile does not print a square onto the page.</summary>
    private static float[,] Smooth(float[,] grid)
    {
        int rows = grid.GetLength(0), cols = grid.GetLength(1);
        var result = new float[rows, cols];
        for (int y = 0; y < rows; y++)
            for (int x = 0; x < cols; x++)
            {
                float sum = 0; int n = 0;
                for (int ny = Math.Max(0, y - 1); ny <= Math.Min(rows - 1, y + 1); ny++)
                    for (int nx = Math.Max(0, x - 1); nx <= Math.Min(cols - 1, x + 1); nx++) { sum += grid[ny, nx]; n++; }
                result[y, x] = sum / n;
            }
        return result;
    }

    /// <summary>
    /// pixel * 255 / paper, with the paper level bilinearly interpolated between tile centres. The two tile rows' levels
    /// along the page (the horizontal half of the interpolation) change only from one tile row to the next, so they are
    /// worked out once per tile row; the division runs several pixels at a time (SIMD) with the same float operations
    /// as one pixel at a time, so the page is the same to the bit.
    /// </summary>
    internal static GrayImage Divide(GrayImage page, float[,] paper, int tile)
    {
        int rows = paper.GetLength(0), cols = paper.GetLength(1);
        var output = new GrayImage(page.Width, page.Height, dpi: page.Dpi);
        var levelRow = new float[page.Width];
        var topRow = new float[page.Width];
        var bottomRow = new float[page.Width];
        // Column interpolation positions are the same for every row.
        var gx0s = new int[page.Width];
        var gx1s = new int[page.Width];
        var wxs = new float[page.Width];
        for (int x = 0; x < page.Width; x++)
        {
            float gxf = Math.Clamp((x + 0.5f) / tile - 0.5f, 0, cols - 1);
            gx0s[x] = (int)gxf;
            gx1s[x] = Math.Min(gx0s[x] + 1, cols - 1);
            wxs[x] = gxf - gx0s[x];
        }
        int tileRow = -1;
        for (int y = 0; y < page.Height; y++)
        {
            float gyf = Math.Clamp((y + 0.5f) / tile - 0.5f, 0, rows - 1);
            int gy0 = (int)gyf, gy1 = Math.Min(gy0 + 1, rows - 1);
            float wy = gyf - gy0;
            if (gy0 != tileRow)
            {
                tileRow = gy0;
                for (int x = 0; x < page.Width; x++)
                {
                    int gx0 = gx0s[x], gx1 = gx1s[x];
                    float wx = wxs[x];
                    topRow[x] = paper[gy0, gx0] + (paper[gy0, gx1] - paper[gy0, gx0]) * wx;
                    bottomRow[x] = paper[gy1, gx0] + (paper[gy1, gx1] - paper[gy1, gx0]) * wx;
                }
            }
            Levels(topRow, bottomRow, wy, levelRow);
            DivideRow(page.RowSpan(y), levelRow, output.RowSpan(y));
        }
        return output;
    }

    /// <summary>max(1, top + (bottom - top) * wy) for every column.</summary>
    private static void Levels(float[] top, float[] bottom, float wy, float[] level)
    {
        int x = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var weight = new Vector<float>(wy);
            for (; x <= level.Length - Vector<float>.Count; x += Vector<float>.Count)
            {
                var t = new Vector<float>(top, x);
                Vector.Max(Vector<float>.One, t + (new Vector<float>(bottom, x) - t) * weight).CopyTo(level, x);
            }
        }
        for (; x < level.Length; x++) level[x] = Math.Max(1f, top[x] + (bottom[x] - top[x]) * wy);
    }

    /// <summary>
    /// min(255, pixel * 255 / level + 0.5), truncated. The value is at least 0.5 and capped at 255, so the native
    /// conversion truncates exactly as the checked (saturating) cast does, at a fraction of its cost per pixel.
    /// </summary>
    private static void DivideRow(ReadOnlySpan<byte> source, float[] level, Span<byte> target)
    {
        int x = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var full = new Vector<float>(255f);
            var half = new Vector<float>(0.5f);
            int step = Vector<byte>.Count;
            int quarter = Vector<float>.Count;
            for (; x <= source.Length - step; x += step)
            {
                Vector.Widen(new Vector<byte>(source[x..]), out var low, out var high);
                Vector.Widen(low, out var q0, out var q1);
                Vector.Widen(high, out var q2, out var q3);
                var r0 = Quotient(q0, level, x, full, half);
                var r1 = Quotient(q1, level, x + quarter, full, half);
                var r2 = Quotient(q2, level, x + 2 * quarter, full, half);
                var r3 = Quotient(q3, level, x + 3 * quarter, full, half);
                Vector.Narrow(Vector.Narrow(r0, r1), Vector.Narrow(r2, r3)).CopyTo(target[x..]);
            }
        }
        for (; x < source.Length; x++)
            target[x] = (byte)float.ConvertToIntegerNative<int>(Math.Min(255f, source[x] * 255f / level[x] + 0.5f));
    }

    private static Vector<uint> Quotient(Vector<uint> pixels, float[] level, int x, Vector<float> full, Vector<float> half) =>
        Vector.AsVectorUInt32(Vector.ConvertToInt32(Vector.Min(full, Vector.ConvertToSingle(Vector.AsVectorInt32(pixels)) * full / new Vector<float>(level, x) + half)));
}
