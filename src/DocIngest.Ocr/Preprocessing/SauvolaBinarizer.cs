using System.Numerics;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// Sauvola's local threshold T = m (1 + k (s / R - 1)) over a square window (m, s: local mean and standard deviation),
/// which keeps faint strokes next to heavy ones and copes with what background normalisation leaves behind.
/// Window sums slide with running column totals, so the cost is O(pixels) whatever the window size and memory is O(width).
/// </summary>
/// <param name="windowInches">Window side; ~0.12 in covers a few strokes of body text.</param>
/// <param name="k">Sensitivity; larger removes more faint ink.</param>
public sealed class SauvolaBinarizer(double windowInches = 0.12, double k = 0.3)
{
    private const double DynamicRange = 128;

    /// <summary>The page made black (0) where a pixel is at or below its window's threshold, white (255) elsewhere.</summary>
    public GrayImage Binarize(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        int width = image.Width, height = image.Height;
        int radius = Math.Max(2, (int)Math.Round(windowInches * image.Dpi / 2));
        var output = new GrayImage(width, height, dpi: image.Dpi);
        var columnSum = new long[width];
        var columnSquares = new long[width];
        // Running totals along the row of the column totals: a window's sum is the difference of two of them. They hold
        // whole numbers far below 2^53, so as doubles they and their differences are exact: the same sums as adding the
        // window's columns one by one, ready for the vector loop.
        var sumBefore = new double[width + 1];
        var squaresBefore = new double[width + 1];
        var threshold = new double[width];
        int windowTop = 0, windowBottom = -1; // rows currently in the column totals

        for (int y = 0; y < height; y++)
        {
            int wantedTop = Math.Max(0, y - radius), wantedBottom = Math.Min(height - 1, y + radius);
            while (windowBottom < wantedBottom) AddRow(image.RowSpan(++windowBottom), columnSum, columnSquares, +1);
            while (windowTop < wantedTop) AddRow(image.RowSpan(windowTop++), columnSum, columnSquares, -1);
            int rows = windowBottom - windowTop + 1;

            long sum = 0, squares = 0;
            for (int x = 0; x < width; x++)
            {
                sum += columnSum[x]; squares += columnSquares[x];
                sumBefore[x + 1] = sum; squaresBefore[x + 1] = squares;
            }
            RowThresholds(sumBefore, squaresBefore, rows, radius, threshold);

            var source = image.RowSpan(y);
            var target = output.RowSpan(y);
            for (int x = 0; x < width; x++) target[x] = source[x] <= threshold[x] ? (byte)0 : (byte)255;
        }
        return output;
    }

    /// <summary>
    /// Each pixel's threshold along a row from the running totals. Where the window lies whole inside the row the pixel
    /// count is the same for every pixel and the thresholds are computed several at a time, with the same operations in
    /// the same order as one at a time (IEEE division, square root, products and sums give the same bits either way), so
    /// the page comes out the same to the pixel; only the clipped windows at the row's ends are done one by one.
    /// </summary>
    private void RowThresholds(double[] sumBefore, double[] squaresBefore, int rows, int radius, double[] threshold)
    {
        int width = threshold.Length;
        int innerStart = Math.Min(radius, width), innerEnd = Math.Max(innerStart, width - radius); // [innerStart, innerEnd)
        for (int x = 0; x < innerStart; x++) threshold[x] = Threshold(sumBefore, squaresBefore, rows, radius, x);

        int x1 = innerStart;
        int lanes = Vector<double>.Count;
        var count = new Vector<double>((double)rows * (2 * radius + 1));
        var zero = Vector<double>.Zero;
        var one = Vector<double>.One;
        var range = new Vector<double>(DynamicRange);
        var sensitivity = new Vector<double>(k);
        for (; x1 + lanes <= innerEnd; x1 += lanes)
        {
            var sum = new Vector<double>(sumBefore, x1 + radius + 1) - new Vector<double>(sumBefore, x1 - radius);
            var squares = new Vector<double>(squaresBefore, x1 + radius + 1) - new Vector<double>(squaresBefore, x1 - radius);
            var mean = sum / count;
            var deviation = Vector.SquareRoot(Vector.Max(zero, squares / count - mean * mean));
            (mean * (one + sensitivity * (deviation / range - one))).CopyTo(threshold, x1);
        }
        for (int x = x1; x < width; x++) threshold[x] = Threshold(sumBefore, squaresBefore, rows, radius, x);
    }

    private double Threshold(double[] sumBefore, double[] squaresBefore, int rows, int radius, int x)
    {
        int left = Math.Max(0, x - radius), right = Math.Min(sumBefore.Length - 2, x + radius);
        double count = (double)rows * (right - left + 1);
        double mean = (sumBefore[right + 1] - sumBefore[left]) / count;
        double deviation = Math.Sqrt(Math.Max(0, (squaresBefore[right + 1] - squaresBefore[left]) / count - mean * mean));
        return mean * (1 + k * (deviation / DynamicRange - 1));
    }

    /// <summary>
    /// Adds a row's gray levels and their squares to the column totals (<paramref name="sign"/> +1) or takes them out
    /// (-1), a vector of pixels at a time: bytes widened to 32 bits, squared there (255² fits), widened to 64.
    /// </summary>
    private static void AddRow(ReadOnlySpan<byte> row, long[] columnSum, long[] columnSquares, int sign)
    {
        int x = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int lanes = Vector<byte>.Count, longLanes = Vector<long>.Count;
            for (; x + lanes <= row.Length; x += lanes)
            {
                Vector.Widen(new Vector<byte>(row[x..]), out var low, out var high);
                Vector.Widen(low, out var v0, out var v1);
                Vector.Widen(high, out var v2, out var v3);
                int at = x;
                foreach (var levels in (ReadOnlySpan<Vector<uint>>)[v0, v1, v2, v3])
                {
                    Vector.Widen(levels, out var first, out var second);
                    Vector.Widen(levels * levels, out var firstSquares, out var secondSquares);
                    Accumulate(columnSum, at, Vector.AsVectorInt64(first), sign);
                    Accumulate(columnSum, at + longLanes, Vector.AsVectorInt64(second), sign);
                    Accumulate(columnSquares, at, Vector.AsVectorInt64(firstSquares), sign);
                    Accumulate(columnSquares, at + longLanes, Vector.AsVectorInt64(secondSquares), sign);
                    at += 2 * longLanes;
                }
            }
        }
        for (; x < row.Length; x++)
        {
            int v = row[x];
            columnSum[x] += sign * v;
            columnSquares[x] += sign * v * v;
        }
    }

    private static void Accumulate(long[] totals, int at, Vector<long> values, int sign)
    {
        var current = new Vector<long>(totals, at);
        (sign > 0 ? current + values : current - values).CopyTo(totals, at);
    }
}
