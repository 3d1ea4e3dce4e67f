using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline.Loading.Images;

/// <summary>
/// PNG, JPEG and multi-page TIFF: one image page per frame, refused early (from the header) when too large. A frame is
/// decoded on a thread of its own, so the page time limit and the job's cancellation end the wait for a native decoder
/// that cannot be interrupted (the page is recorded as not read; the decode ends on its own).
/// </summary>
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
            .Select(frame => (SourcePage)new ImageSourcePage(frame + 1, pageToken => UninterruptibleRead.Until(_ => Decode(file.Data, frame), pageToken), []))
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
