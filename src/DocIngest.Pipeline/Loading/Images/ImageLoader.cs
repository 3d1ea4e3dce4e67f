using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline.Loading.Images;

/// <summary>PNG, JPEG and multi-page TIFF: one image page per frame, refused early when too large.</summary>
public sealed class ImageLoader(IImageDecoder decoder, ExtractionOptions options) : IDocumentLoader
{
    public LoadedDocument Load(SourceFile file, CancellationToken cancellationToken)
    {
        var info = Probe(file.Data);
        long pixels = (long)info.Width * info.Height;
        if (pixels > options.MaxImagePixels)
        {
            throw new BadInputException(
                $"image is {info.Width}x{info.Height} pixels ({pixels / 1e6:0.#} MP), over the limit of {options.MaxImagePixels / 1e6:0.#} MP");
        }
        if (info.FrameCount < 1) throw new BadInputException("image has no frames");
        if (info.FrameCount > options.MaxPages) throw new BadInputException($"image has {info.FrameCount} frames, over the limit of {options.MaxPages} pages");

        var pages = Enumerable.Range(0, info.FrameCount)
            .Select(frame => (SourcePage)new ImageSourcePage(frame + 1, _ => Decode(file.Data, frame), []))
            .ToList();
        return new LoadedDocument(pages, []);
    }

    private ImageInfo Probe(byte[] data)
    {
        try
        {
            return decoder.Probe(data);
        }
        catch (InvalidDataException e)
        {
            throw new BadInputException($"corrupt image header ({e.Message})", e);
        }
    }

    private GrayImage Decode(byte[] data, int frame)
    {
        try
        {
            return decoder.Decode(data, frame);
        }
        catch (InvalidDataException e)
        {
            throw new BadInputException($"corrupt or truncated image, frame {frame + 1} ({e.Message})", e);
        }
    }
}
