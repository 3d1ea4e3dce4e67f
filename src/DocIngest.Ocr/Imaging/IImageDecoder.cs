namespace DocIngest.Ocr.Imaging;

/// <summary>What a raster image is, read from its header without decoding pixels.</summary>
public sealed record ImageInfo(string MediaType, int Width, int Height, int FrameCount, int Dpi);

/// <summary>Decodes PNG, JPEG and (multi-page) TIFF into <see cref="GrayImage"/>s.</summary>
public interface IImageDecoder
{
    /// <summary>Header only, so that giant images can be refused before any pixel is decoded. Throws <see cref="InvalidDataException"/> on corrupt data.</summary>
    ImageInfo Probe(byte[] data);

    /// <summary>One frame (page) as 8-bit gray. Throws <see cref="InvalidDataException"/> on corrupt or truncated data.</summary>
    GrayImage Decode(byte[] data, int frameIndex);
}
