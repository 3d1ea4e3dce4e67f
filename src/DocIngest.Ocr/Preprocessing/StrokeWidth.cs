using System.Buffers;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// How thick a page's strokes are against how tall its letters are, measured once on the binary page.
/// </summary>
/// <param name="StrokePixels">The width of a typical stroke, in pixels: the median, over the ink pixels of strokes, of
/// the shorter of the two ink runs through the pixel (its row's and its column's). In a stem the row's run crosses the
/// stroke and the column's runs along it; in a bar the other way round. Only pixels whose longer run reaches
/// <see cref="MinStrokeInches"/> count, so specks, speckle and dots, whose runs are short both ways, do not.</param>
/// <param name="StemPixels">The height of a typical stem, in pixels: the median column run through the pixels of
/// upright strokes (column run at least twice the row run): Thai consonants stand on stems of the letters' body height,
/// so this is about the x-height. 0 when the page has no stems.</param>
/// <param name="StrokeInk">How many ink pixels the stroke width was taken over; a page with few has too little text to judge.</param>
/// <param name="Ink">How many ink pixels the page has in runs no longer than <see cref="MaxRunInches"/> both ways (rules and filled areas left out).</param>
/// <param name="InkLevel">The median grey level (0–255) of the grey page under the binary page's ink: near 0 for ink
/// printed black, higher where the strokes are so thin or faint that the scan caught them as grey. 0 when measured
/// without the grey page.</param>
/// <param name="StrokeLevel">The median grey level (0–255) of the grey page under the ink of whole strokes alone (the
/// <see cref="StrokeInk"/> pixels): the letters' own shade, which speckle and grain, short both ways, do not sway. 0
/// when measured without the grey page.</param>
public readonly record struct StrokeWidth(double StrokePixels, double StemPixels, long StrokeInk, long Ink, int InkLevel = 0, int StrokeLevel = 0)
{
    /// <summary>A pixel counts as part of a stroke when one of its runs is at least this long (0.03 in: 9 px at 300 dpi, about a third of a body-text letter).</summary>
    public const double MinStrokeInches = 0.03;

    /// <summary>Runs longer than this share of an inch are rules, filled boxes and photos, not letters; they are left out.</summary>
    public const double MaxRunInches = 0.25;

    /// <summary>The stroke width as a share of the stem height; 0 when no stem was found.</summary>
    public double Share => StemPixels > 0 ? StrokePixels / StemPixels : 0;

    /// <summary>The share (0–1) of the ink in pieces too short to be strokes either way: strokes broken into dots by a
    /// threshold that lost their faint parts, or speckle. 0 on a page without ink.</summary>
    public double BrokenShare => Ink > 0 ? 1 - (double)StrokeInk / Ink : 0;

    /// <summary>Measures <paramref name="binary"/> (ink below 128, paper above, as <see cref="SauvolaBinarizer"/> makes it).</summary>
    /// <param name="binary">The binary page.</param>
    /// <param name="gray">The grey page it was made from, for <see cref="InkLevel"/>; null leaves that 0.</param>
    public static StrokeWidth Measure(GrayImage binary, GrayImage? gray = null)
    {
        ArgumentNullException.ThrowIfNull(binary);
        if (gray is not null && (gray.Width != binary.Width || gray.Height != binary.Height))
            throw new ArgumentException($"a {gray.Width}x{gray.Height} grey page for a {binary.Width}x{binary.Height} binary page", nameof(gray));
        int maxRun = Math.Clamp((int)Math.Round(MaxRunInches * binary.Dpi), 8, 255);
        int minLong = Math.Max(3, (int)Math.Round(MinStrokeInches * binary.Dpi));
        // Each ink pixel's row run, a byte a pixel. Rented: the check runs on every page, and only the array's ink
        // pixels are ever written or read.
        var rowRun = ArrayPool<byte>.Shared.Rent(binary.Pixels.Length);
        try
        {
            return Measure(binary, gray, rowRun, maxRun, minLong);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rowRun);
        }
    }

    private static StrokeWidth Measure(GrayImage binary, GrayImage? gray, byte[] rowRun, int maxRun, int minLong)
    {
        int width = binary.Width, height = binary.Height;
        var pixels = binary.Pixels;

        // Pass 1: every ink pixel's row run, capped, and the grey levels under the ink.
        // Runs are found with vectorised span searches (the next ink, the next paper), not pixel by pixel.
        var levels = new long[256];
        for (int y = 0; y < height; y++)
        {
            int row = y * width, x = 0;
            var line = pixels.AsSpan(row, width);
            while (x < width)
            {
                int start = NextInk(line, x);
                if (start == width) break;
                x = NextPaper(line, start);
                byte run = (byte)Math.Min(x - start, 255);
                if (gray is not null)
                    foreach (byte level in gray.Pixels.AsSpan(row + start, x - start)) levels[level]++;
                rowRun.AsSpan(row + start, x - start).Fill(run);
            }
        }

        // Pass 2: column runs, row by row with a counter per column; a run that ends is walked back over its pixels.
        var strokes = new long[maxRun + 1];
        var stems = new long[maxRun + 1];
        var columnRun = new int[width];
        var strokeLevels = new long[256];
        long ink = 0;
        // The row is taken a stretch at a time: under paper only the columns whose run just ended (a vectorised search
        // for counters not zero), under ink every counter up by one. The tallies are sums, so the order does not matter.
        for (int y = 0; y <= height; y++)
        {
            int row = y * width, x = 0;
            var line = y < height ? pixels.AsSpan(row, width) : [];
            while (x < width)
            {
                int inkStart = y < height ? NextInk(line, x) : width;
                for (int ended = NextRunning(columnRun, x, inkStart); ended < inkStart; ended = NextRunning(columnRun, ended + 1, inkStart))
                {
                    int run = columnRun[ended];
                    columnRun[ended] = 0;
                    if (run > maxRun) continue;
                    for (int p = row - width + ended, n = 0; n < run; n++, p -= width)
                    {
                        int across = rowRun[p];
                        if (across > maxRun) continue;
                        ink++;
                        if (Math.Max(across, run) >= minLong)
                        {
                            strokes[Math.Min(across, run)]++;
                            if (gray is not null) strokeLevels[gray.Pixels[p]]++;
                        }
                        if (run >= 2 * across && run >= minLong) stems[run]++;
                    }
                }
                if (inkStart == width) break;
                x = NextPaper(line, inkStart);
                for (int c = inkStart; c < x; c++) columnRun[c]++;
            }
        }

        long strokeInk = strokes.Sum();
        return new StrokeWidth(Median(strokes, strokeInk), Median(stems, stems.Sum()), strokeInk, ink,
            MedianLevel(levels), MedianLevel(strokeLevels));
    }

    /// <summary>The first ink pixel (below 128) at or after <paramref name="from"/>, or the row's length.</summary>
    private static int NextInk(ReadOnlySpan<byte> line, int from)
    {
        int found = line[from..].IndexOfAnyInRange((byte)0, (byte)127);
        return found < 0 ? line.Length : from + found;
    }

    /// <summary>The first paper pixel (128 or above) at or after <paramref name="from"/>, or the row's length.</summary>
    private static int NextPaper(ReadOnlySpan<byte> line, int from)
    {
        int found = line[from..].IndexOfAnyInRange((byte)128, (byte)255);
        return found < 0 ? line.Length : from + found;
    }

    /// <summary>The first column in [<paramref name="from"/>, <paramref name="end"/>) whose run counter is not zero, or <paramref name="end"/>.</summary>
    private static int NextRunning(int[] columnRun, int from, int end)
    {
        if (from >= end) return end;
        int found = columnRun.AsSpan(from, end - from).IndexOfAnyExcept(0);
        return found < 0 ? end : from + found;
    }

    /// <summary>The median grey level of a tally of levels, rounded; 0 for an empty tally.</summary>
    private static int MedianLevel(long[] levels)
    {
        long total = levels.Sum();
        return total == 0 ? 0 : (int)Math.Round(Median(levels, total));
    }

    /// <summary>The median length, interpolated inside its length so that widths between whole pixels are told apart.</summary>
    private static double Median(long[] counts, long total)
    {
        if (total == 0) return 0;
        double half = total / 2.0;
        long below = 0;
        for (int length = 0; length < counts.Length; length++)
        {
            if (below + counts[length] >= half) return length - 0.5 + (half - below) / counts[length];
            below += counts[length];
        }
        return counts.Length - 1;
    }
}
