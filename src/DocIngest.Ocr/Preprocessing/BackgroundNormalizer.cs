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

    /// <summary>pixel * 255 / paper, with the paper level bilinearly interpolated between tile centres.</summary>
    private static GrayImage Divide(GrayImage page, float[,] paper, int tile)
    {
        int rows = paper.GetLength(0), cols = paper.GetLength(1);
        var output = new GrayImage(page.Width, page.Height, dpi: page.Dpi);
        var levelRow = new float[page.Width];
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
        for (int y = 0; y < page.Height; y++)
        {
            float gyf = Math.Clamp((y + 0.5f) / tile - 0.5f, 0, rows - 1);
            int gy0 = (int)gyf, gy1 = Math.Min(gy0 + 1, rows - 1);
            float wy = gyf - gy0;
            for (int x = 0; x < page.Width; x++)
            {
                int gx0 = gx0s[x], gx1 = gx1s[x];
                float wx = wxs[x];
                float top = paper[gy0, gx0] + (paper[gy0, gx1] - paper[gy0, gx0]) * wx;
                float bottom = paper[gy1, gx0] + (paper[gy1, gx1] - paper[gy1, gx0]) * wx;
                levelRow[x] = Math.Max(1f, top + (bottom - top) * wy);
            }
            var source = page.RowSpan(y);
            var target = output.RowSpan(y);
            // The value is at least 0.5 and capped at 255, so the native conversion truncates exactly as the checked
            // (saturating) cast does, at a fraction of its cost per pixel.
            for (int x = 0; x < page.Width; x++)
                target[x] = (byte)float.ConvertToIntegerNative<int>(Math.Min(255f, source[x] * 255f / levelRow[x] + 0.5f));
        }
        return output;
    }
}
