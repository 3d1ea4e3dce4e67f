namespace DocIngest.Ocr.Imaging;

/// <summary>
/// The largest raster the decoder will expand into memory. A decoded page costs width x height bytes
/// (plus the native library's own copy at up to 4 bytes a pixel), so the limit is checked from the header, before decoding.
/// </summary>
/// <param name="MaxSide">Longest allowed width or height in pixels.</param>
/// <param name="MaxPixels">Largest allowed width x height.</param>
public sealed record ImageSizeLimits(int MaxSide, long MaxPixels)
{
    /// <summary>Room for A3 at 600 dpi (7016 x 9921 = 70 Mpx); refuses anything larger.</summary>
    public static ImageSizeLimits Default { get; } = new(MaxSide: 16000, MaxPixels: 80_000_000);

    /// <summary>Throws <see cref="InvalidDataException"/> when a frame of the given size may not be decoded.</summary>
    public void EnsureAllowed(int width, int height)
    {
        if (width <= 0 || height <= 0)
            throw new InvalidDataException($"image header gives a size of {width}x{height} pixels");
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
            throw new InvalidDataException(
                $"image of {width}x{height} pixels exceeds the limit of {MaxSide} pixels a side and {MaxPixels:N0} pixels in all; refused before decoding");
    }
}
