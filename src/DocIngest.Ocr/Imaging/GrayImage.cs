using DocIngest.Core.Content;

namespace DocIngest.Ocr.Imaging;

/// <summary>
/// An 8-bit grayscale raster, row-major, 0 = black, 255 = white, no row padding.
/// The plain image type every stage passes around; native libraries only see copies of it.
/// </summary>
public sealed class GrayImage
{
    public GrayImage(int width, int height, byte[]? pixels = null, int dpi = 300)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"image size {width}x{height} must be positive");
        Width = width;
        Height = height;
        Dpi = dpi;
        Pixels = pixels ?? CreateWhite(width * height);
        if (Pixels.Length != width * height) throw new ArgumentException($"expected {width * height} pixels, got {Pixels.Length}", nameof(pixels));
    }

    public int Width { get; }
    public int Height { get; }
    /// <summary>Resolution in dots per inch (300 when the source does not say).</summary>
    public int Dpi { get; }
    public byte[] Pixels { get; }

    public byte this[int x, int y]
    {
        get => Pixels[y * Width + x];
        set => Pixels[y * Width + x] = value;
    }

    public Span<byte> RowSpan(int y) => Pixels.AsSpan(y * Width, Width);

    /// <summary>A copy of the given region, clipped to the image.</summary>
    public GrayImage Crop(BoundingBox box)
    {
        int x0 = Math.Clamp(box.X, 0, Width - 1), y0 = Math.Clamp(box.Y, 0, Height - 1);
        int x1 = Math.Clamp(box.Right, x0 + 1, Width), y1 = Math.Clamp(box.Bottom, y0 + 1, Height);
        var crop = new GrayImage(x1 - x0, y1 - y0, dpi: Dpi);
        for (int y = y0; y < y1; y++)
            Pixels.AsSpan(y * Width + x0, x1 - x0).CopyTo(crop.RowSpan(y - y0));
        return crop;
    }

    private static byte[] CreateWhite(int length)
    {
        var pixels = new byte[length];
        Array.Fill(pixels, (byte)255);
        return pixels;
    }
}
