using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;

namespace DocIngest.Ocr.Tests.Preprocessing;

public class StrokeWidthTests
{
    /// <summary>A 300-dpi binary page of "letters": boxes 30 px tall and 24 wide drawn with strokes <paramref name="stroke"/> px wide.</summary>
    private static GrayImage Letters(int stroke, int rows = 6, int columns = 30)
    {
        var page = new GrayImage(1200, 600, dpi: 300);
        for (int row = 0; row < rows; row++)
            for (int column = 0; column < columns; column++)
            {
                int left = 20 + column * 36, top = 40 + row * 80;
                Fill(page, left, top, 24, stroke, 0);                   // top bar
                Fill(page, left, top + 30 - stroke, 24, stroke, 0);     // bottom bar
                Fill(page, left, top, stroke, 30, 0);                   // left stem
                Fill(page, left + 24 - stroke, top, stroke, 30, 0);     // right stem
            }
        return page;
    }

    private static void Fill(GrayImage page, int x, int y, int width, int height, byte level)
    {
        for (int row = y; row < y + height; row++)
            page.RowSpan(row).Slice(x, width).Fill(level);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    public void Measure_BoxLetters_StrokeIsTheirWidthAndStemTheirHeight(int stroke)
    {
        var measured = StrokeWidth.Measure(Letters(stroke));

        Assert.InRange(measured.StrokePixels, stroke - 0.6, stroke + 0.6);
        Assert.InRange(measured.StemPixels, 28, 31);
        Assert.True(measured.BrokenShare < 0.05, $"broken {measured.BrokenShare:P1}");
    }

    [Fact]
    public void Measure_SpeckleAdded_StrokeWidthUnchangedAndSpecklesCountAsBroken()
    {
        var clean = StrokeWidth.Measure(Letters(4));
        var speckled = Letters(4);
        var random = new Random(7);
        for (int i = 0; i < 20000; i++) speckled[random.Next(speckled.Width), random.Next(speckled.Height)] = 0;

        var measured = StrokeWidth.Measure(speckled);

        Assert.InRange(measured.StrokePixels, clean.StrokePixels - 0.3, clean.StrokePixels + 0.3);
        Assert.True(measured.BrokenShare > clean.BrokenShare + 0.2, $"broken {clean.BrokenShare:P1} -> {measured.BrokenShare:P1}");
    }

    [Fact]
    public void Measure_InkLevelOfTheGreyPageUnderTheInk()
    {
        var binary = Letters(3);
        var gray = new GrayImage(binary.Width, binary.Height, binary.Pixels.Select(p => p == 0 ? (byte)150 : (byte)250).ToArray(), 300);

        Assert.Equal(150, StrokeWidth.Measure(binary, gray).InkLevel);
        Assert.Equal(0, StrokeWidth.Measure(binary).InkLevel);
    }

    [Fact]
    public void Measure_BlackLettersAmongGreySpeckle_StrokeLevelIsTheLetters()
    {
        // A bilevel copy turned straight: its letters stay black, its lone specks come out grey and outnumber them.
        var binary = Letters(4, rows: 2, columns: 10);
        var gray = new GrayImage(binary.Width, binary.Height, binary.Pixels.Select(p => p == 0 ? (byte)0 : (byte)250).ToArray(), 300);
        var random = new Random(11);
        for (int i = 0; i < 40000; i++)
        {
            int x = random.Next(binary.Width), y = 300 + random.Next(binary.Height - 300);
            binary[x, y] = 0;
            gray[x, y] = 140;
        }

        var measured = StrokeWidth.Measure(binary, gray);

        Assert.Equal(140, measured.InkLevel);
        Assert.Equal(0, measured.StrokeLevel);
        Assert.True(measured.BrokenShare > 0.5, $"broken {measured.BrokenShare:P1}");
    }

    [Fact]
    public void Measure_RulesAndFilledAreas_LeftOut()
    {
        var page = Letters(4, rows: 3);
        Fill(page, 0, 300, 1200, 200, 0); // a filled band (a photo)
        Fill(page, 10, 520, 1180, 3, 0);  // a rule

        var measured = StrokeWidth.Measure(page);

        Assert.InRange(measured.StrokePixels, 3.4, 4.6);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)] // runs of every length, down to columns of ink from top to bottom
    public void Measure_RandomInk_SameTalliesAsWalkingEveryPixel(double density)
    {
        var random = new Random(31);
        var binary = new GrayImage(173, 119, dpi: 300);
        var gray = new GrayImage(173, 119, dpi: 300);
        random.NextBytes(gray.Pixels);
        for (int i = 0; i < binary.Pixels.Length; i++) binary.Pixels[i] = random.NextDouble() < density ? (byte)random.Next(0, 128) : (byte)random.Next(128, 256);

        var measured = StrokeWidth.Measure(binary, gray);

        var (strokeInk, ink, levels, strokeLevels) = PixelByPixelTallies(binary, gray);
        Assert.Equal(ink, measured.Ink);
        Assert.Equal(strokeInk, measured.StrokeInk);
        Assert.Equal(levels, measured.InkLevel);
        Assert.Equal(strokeLevels, measured.StrokeLevel);
    }

    /// <summary>The ink, the stroke ink and the median grey levels under the ink and under the stroke ink, each ink pixel's row and column run counted on its own.</summary>
    private static (long StrokeInk, long Ink, int InkLevel, int StrokeLevel) PixelByPixelTallies(GrayImage binary, GrayImage gray)
    {
        int maxRun = Math.Clamp((int)Math.Round(StrokeWidth.MaxRunInches * binary.Dpi), 8, 255);
        int minLong = Math.Max(3, (int)Math.Round(StrokeWidth.MinStrokeInches * binary.Dpi));
        bool Ink(int x, int y) => x >= 0 && y >= 0 && x < binary.Width && y < binary.Height && binary[x, y] < 128;
        int Run(int x, int y, int dx, int dy)
        {
            int back = 0, ahead = 0;
            while (Ink(x - (back + 1) * dx, y - (back + 1) * dy)) back++;
            while (Ink(x + (ahead + 1) * dx, y + (ahead + 1) * dy)) ahead++;
            return back + ahead + 1;
        }
        long strokeInk = 0, ink = 0;
        var underInk = new List<byte>();
        var underStrokes = new List<byte>();
        for (int y = 0; y < binary.Height; y++)
            for (int x = 0; x < binary.Width; x++)
            {
                if (!Ink(x, y)) continue;
                underInk.Add(gray[x, y]);
                int across = Math.Min(Run(x, y, 1, 0), 255), down = Run(x, y, 0, 1);
                if (down > maxRun || across > maxRun) continue;
                ink++;
                if (Math.Max(across, down) >= minLong)
                {
                    strokeInk++;
                    underStrokes.Add(gray[x, y]);
                }
            }
        return (strokeInk, ink, Median(underInk), Median(underStrokes));
    }

    /// <summary>The median as the measure interpolates it: the level where half the pixels are reached, rounded; 0 for none.</summary>
    private static int Median(List<byte> levels)
    {
        var counts = new long[256];
        foreach (var level in levels) counts[level]++;
        double half = levels.Count / 2.0, below = 0;
        for (int level = 0; level < 256; level++)
        {
            if (levels.Count > 0 && below + counts[level] >= half) return (int)Math.Round(level - 0.5 + (half - below) / counts[level]);
            below += counts[level];
        }
        return 0;
    }
}
