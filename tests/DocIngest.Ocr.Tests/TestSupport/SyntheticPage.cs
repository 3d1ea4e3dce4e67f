using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>Test-only drawing of binary pages (0 = ink, 255 = paper) for synthetic layout tests.</summary>
public sealed class SyntheticPage(int width = 2000, int height = 2600, int dpi = 300)
{
    public GrayImage Image { get; } = new(width, height, dpi: dpi);

    /// <summary>A horizontal rule from x0 to x1 centred on y, optionally with breaks [from, to) left out.</summary>
    public SyntheticPage HorizontalRule(int y, int x0, int x1, int thickness = 3, params (int From, int To)[] breaks)
    {
        for (int x = x0; x < x1; x++)
        {
            if (breaks.Any(b => x >= b.From && x < b.To)) continue;
            for (int t = 0; t < thickness; t++) Set(x, y - thickness / 2 + t);
        }
        return this;
    }

    /// <summary>A vertical rule from y0 to y1 centred on x, optionally with breaks [from, to) left out.</summary>
    public SyntheticPage VerticalRule(int x, int y0, int y1, int thickness = 3, params (int From, int To)[] breaks)
    {
        for (int y = y0; y < y1; y++)
        {
            if (breaks.Any(b => y >= b.From && y < b.To)) continue;
            for (int t = 0; t < thickness; t++) Set(x - thickness / 2 + t, y);
        }
        return this;
    }

    /// <summary>A dotted leader (........) on baseline y: square dots of the given size and pitch.</summary>
    public SyntheticPage DottedLeader(int y, int x0, int x1, int dot = 4, int pitch = 12)
    {
        for (int x = x0; x + dot <= x1; x += pitch) Box(x, y - dot, dot, dot);
        return this;
    }

    /// <summary>A filled rectangle (a stand-in for a glyph or a blot).</summary>
    public SyntheticPage Box(int x, int y, int w, int h)
    {
        for (int yy = y; yy < y + h; yy++)
            for (int xx = x; xx < x + w; xx++) Set(xx, yy);
        return this;
    }

    /// <summary>A row of <paramref name="count"/> letter-sized blobs (20 x 30 px, 26 px apart) from (<paramref name="x"/>, <paramref name="y"/>): ink where a line of text is said to be.</summary>
    public SyntheticPage Letters(int x, int y, int count)
    {
        for (int i = 0; i < count; i++) Box(x + 26 * i, y, 20, 30);
        return this;
    }

    /// <summary>A grid of every row and column line, as a plain fully ruled table.</summary>
    public SyntheticPage Grid(int[] rows, int[] columns, int thickness = 3)
    {
        foreach (int y in rows) HorizontalRule(y, columns[0], columns[^1] + 1, thickness);
        foreach (int x in columns) VerticalRule(x, rows[0], rows[^1] + 1, thickness);
        return this;
    }

    private void Set(int x, int y)
    {
        if (x >= 0 && y >= 0 && x < Image.Width && y < Image.Height) Image[x, y] = 0;
    }
}
