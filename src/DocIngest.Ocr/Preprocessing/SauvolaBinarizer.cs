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

    public GrayImage Binarize(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        int width = image.Width, height = image.Height;
        int radius = Math.Max(2, (int)Math.Round(windowInches * image.Dpi / 2));
        var output = new GrayImage(width, height, dpi: image.Dpi);
        var columnSum = new long[width];
        var columnSquares = new long[width];
        int windowTop = 0, windowBottom = -1; // rows currently in the column totals

        for (int y = 0; y < height; y++)
        {
            int wantedTop = Math.Max(0, y - radius), wantedBottom = Math.Min(height - 1, y + radius);
            while (windowBottom < wantedBottom) AddRow(image.RowSpan(++windowBottom), columnSum, columnSquares, +1);
            while (windowTop < wantedTop) AddRow(image.RowSpan(windowTop++), columnSum, columnSquares, -1);
            int rows = windowBottom - windowTop + 1;

            var source = image.RowSpan(y);
            var target = output.RowSpan(y);
            long sum = 0, squares = 0;
            int left = 0, right = -1;
            for (int x = 0; x < width; x++)
            {
                int wantedLeft = Math.Max(0, x - radius), wantedRight = Math.Min(width - 1, x + radius);
                while (right < wantedRight) { right++; sum += columnSum[right]; squares += columnSquares[right]; }
                while (left < wantedLeft) { sum -= columnSum[left]; squares -= columnSquares[left]; left++; }
                double count = (double)rows * (right - left + 1);
                double mean = sum / count;
                double deviation = Math.Sqrt(Math.Max(0, squares / count - mean * mean));
                double threshold = mean * (1 + k * (deviation / DynamicRange - 1));
                target[x] = source[x] <= threshold ? (byte)0 : (byte)255;
            }
        }
        return output;
    }

    private static void AddRow(ReadOnlySpan<byte> row, long[] columnSum, long[] columnSquares, int sign)
    {
        for (int x = 0; x < row.Length; x++)
        {
            int v = row[x];
            columnSum[x] += sign * v;
            columnSquares[x] += sign * v * v;
        }
    }
}
