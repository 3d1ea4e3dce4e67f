using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Which pixels of a binarised page are ink, as a compact row-major mask. Kept separate from
/// <see cref="GrayImage"/> so that the rule finder can run the same row scan over the transposed page
/// to find vertical rules.
/// </summary>
internal sealed class InkMask
{
    /// <summary>Pixels darker than this are ink (binary pages are 0/255; gray input still works).</summary>
    public const byte InkThreshold = 128;

    private readonly bool[] _ink;

    private InkMask(int width, int height, bool[] ink)
    {
        Width = width;
        Height = height;
        _ink = ink;
    }

    public int Width { get; }
    public int Height { get; }

    public bool this[int x, int y] => _ink[y * Width + x];

    public static InkMask From(GrayImage image)
    {
        var ink = new bool[image.Width * image.Height];
        var pixels = image.Pixels;
        for (int i = 0; i < ink.Length; i++) ink[i] = pixels[i] < InkThreshold;
        return new InkMask(image.Width, image.Height, ink);
    }

    /// <summary>The mask mirrored about its diagonal: columns become rows.</summary>
    public InkMask Transpose()
    {
        var ink = new bool[_ink.Length];
        for (int y = 0; y < Height; y++)
        {
            int row = y * Width;
            for (int x = 0; x < Width; x++) ink[x * Height + y] = _ink[row + x];
        }
        return new InkMask(Height, Width, ink);
    }

    public ReadOnlySpan<bool> Row(int y) => _ink.AsSpan(y * Width, Width);
}
