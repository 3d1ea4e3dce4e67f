using DocIngest.Ocr.Native;

namespace DocIngest.Ocr.Imaging;

/// <summary>
/// Decodes PNG, JPEG and (multi-page, incl. 1-bit CCITT G4) TIFF with Leptonica and its codecs.
/// Headers are read in managed code first (<see cref="ImageHeaderReader"/>), so oversized images are refused
/// before any pixel is decoded and structurally broken files never reach the native decoders.
/// A JPEG's Exif orientation is applied (<see cref="ExifOrientation"/>): the page comes out as a viewer shows it.
/// Thread-safe: Leptonica's read functions keep no shared state.
/// </summary>
public sealed class LeptonicaImageDecoder : IImageDecoder
{
    private const uint WhiteBackground = 0xFFFFFF00;

    private readonly ImageSizeLimits limits;

    public LeptonicaImageDecoder(ImageSizeLimits? limits = null) => this.limits = limits ?? ImageSizeLimits.Default;

    /// <inheritdoc />
    public ImageInfo Probe(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var header = ImageHeaderReader.Read(data);
        var first = header.Frames[0];
        int dpi = PageResolution.Resolve(first.Dpi, first.Width, first.Height);
        // Sized as decoded: a photo stored sideways comes out turned (Exif orientation).
        bool sideways = header.MediaType == "image/jpeg" && ExifOrientation.ClockwiseTurn(data) is 90 or 270;
        return sideways
            ? new ImageInfo(header.MediaType, first.Height, first.Width, header.Frames.Count, dpi)
            : new ImageInfo(header.MediaType, first.Width, first.Height, header.Frames.Count, dpi);
    }

    /// <inheritdoc />
    public GrayImage Decode(byte[] data, int frameIndex)
    {
        ArgumentNullException.ThrowIfNull(data);
        var header = ImageHeaderReader.Read(data);
        if (frameIndex < 0 || frameIndex >= header.Frames.Count)
            throw new ArgumentOutOfRangeException(nameof(frameIndex), $"frame {frameIndex} requested from an image with {header.Frames.Count} frame(s)");
        var frame = header.Frames[frameIndex];
        limits.EnsureAllowed(frame.Width, frame.Height);
        EnsureComplete(header.MediaType, data);

        using var pix = ReadPix(header.MediaType, data, frameIndex);
        int width = LeptonicaNative.GetWidth(pix), height = LeptonicaNative.GetHeight(pix);
        if (width != frame.Width || height != frame.Height)
            throw new InvalidDataException($"decoded {header.MediaType} frame is {width}x{height} but its header says {frame.Width}x{frame.Height}");
        // The managed header reader understands pHYs/JFIF/TIFF units; Leptonica's value is only a fallback.
        int dpi = PageResolution.Resolve(frame.Dpi > 0 ? frame.Dpi : LeptonicaNative.GetXResolution(pix), width, height);
        using var gray = ToEightBitGray(pix);
        var image = CopyPixels(gray, width, height, dpi);
        // A phone photo is stored as the sensor saw it; its Exif tag says how it is shown (and how the page stands).
        int turn = header.MediaType == "image/jpeg" ? ExifOrientation.ClockwiseTurn(data) : 0;
        return turn == 0 ? image : QuarterTurn.Rotate(image, turn);
    }

    private static unsafe PixHandle ReadPix(string mediaType, byte[] data, int frameIndex)
    {
        LeptonicaMessages.BeginCapture();
        PixHandle pix;
        fixed (byte* bytes = data)
        {
            pix = mediaType == "image/tiff"
                ? LeptonicaNative.ReadMemTiff(bytes, (nuint)data.Length, frameIndex)
                : LeptonicaNative.ReadMem(bytes, (nuint)data.Length);
        }
        if (pix.IsInvalid)
        {
            pix.Dispose();
            throw new InvalidDataException($"{mediaType} frame {frameIndex} could not be decoded: {Reason(LeptonicaMessages.TakeCaptured())}");
        }
        return pix;
    }

    private static PixHandle ToEightBitGray(PixHandle pix)
    {
        LeptonicaMessages.BeginCapture();
        PixHandle? flattened = null;
        try
        {
            var source = pix;
            if (LeptonicaNative.GetDepth(pix) == 32 && LeptonicaNative.GetSamplesPerPixel(pix) == 4)
            {
                // Transparent areas of an RGBA scan would read as black otherwise.
                flattened = LeptonicaNative.AlphaBlendUniform(pix, WhiteBackground);
                if (flattened.IsInvalid) throw new InvalidDataException($"could not flatten the alpha channel: {Reason(LeptonicaMessages.TakeCaptured())}");
                source = flattened;
            }
            // cmapflag 0: colormapped images become plain gray.
            var gray = LeptonicaNative.ConvertTo8(source, 0);
            if (gray.IsInvalid || LeptonicaNative.GetDepth(gray) != 8)
            {
                gray.Dispose();
                throw new InvalidDataException($"could not convert a {LeptonicaNative.GetDepth(source)}-bit image to 8-bit gray: {Reason(LeptonicaMessages.TakeCaptured())}");
            }
            return gray;
        }
        finally
        {
            flattened?.Dispose();
        }
    }

    /// <summary>
    /// Leptonica stores pixels in 32-bit words with the leftmost pixel in the most significant byte,
    /// so on a little-endian machine pixel x of a row is byte (x XOR 3) of that row.
    /// </summary>
    private static unsafe GrayImage CopyPixels(PixHandle gray, int width, int height, int dpi)
    {
        var image = new GrayImage(width, height, dpi: dpi);
        int wordsPerLine = LeptonicaNative.GetWordsPerLine(gray);
        byte* data = (byte*)LeptonicaNative.GetData(gray);
        int byteSwizzle = BitConverter.IsLittleEndian ? 3 : 0;
        for (int y = 0; y < height; y++)
        {
            byte* line = data + (long)y * wordsPerLine * 4;
            var row = image.RowSpan(y);
            for (int x = 0; x < width; x++) row[x] = line[x ^ byteSwizzle];
        }
        return image;
    }

    /// <summary>
    /// libpng and libjpeg treat a cut-off file as a warning and hand back a half-grey page;
    /// a page silently missing its bottom half must be an error instead.
    /// </summary>
    private static void EnsureComplete(string mediaType, byte[] data)
    {
        switch (mediaType)
        {
            case "image/png" when !data.AsSpan().EndsWith(PngEnd):
                throw new InvalidDataException("PNG data is truncated: it does not end with an IEND chunk");
            case "image/jpeg" when !EndsWithJpegEoi(data):
                throw new InvalidDataException("JPEG data is truncated: it does not end with an EOI marker");
        }
    }

    private static ReadOnlySpan<byte> PngEnd => [(byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    private static bool EndsWithJpegEoi(byte[] data)
    {
        // Some writers pad or append trailers after EOI; allow up to 4 KB of them.
        var tail = data.AsSpan(Math.Max(0, data.Length - 4096));
        for (int i = tail.Length - 2; i >= 0; i--)
            if (tail[i] == 0xFF && tail[i + 1] == 0xD9) return true;
        return false;
    }


    private static string Reason(string captured) => captured.Length > 0 ? captured : "the decoder gave no reason";
}
