using System.Security.Cryptography;
using DocIngest.Pipeline.Loading.Docx;
using DocIngest.Pipeline.Loading.Images;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Sniffing;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline.Loading;

/// <summary>A file read, fingerprinted, sniffed and loaded into pages.</summary>
public sealed record OpenedDocument(string FileName, string Sha256, string MediaType, LoadedDocument Content);

/// <summary>
/// The load stage on its own: read the file within the size limit, sniff its type from content, hand it to the
/// matching loader. Used by the pipeline and by tools that need the page images themselves (eval baseline, bench).
/// </summary>
public sealed class DocumentOpener(ExtractionOptions options, IImageDecoder? imageDecoder, PdfPageRasterizer? rasterizer = null)
{
    private readonly PdfPageRasterizer _rasterizer = rasterizer ?? new PdfPageRasterizer();

    /// <summary>Throws <see cref="BadInputException"/> when the file cannot be read as a supported document.</summary>
    public OpenedDocument Open(string path, CancellationToken cancellationToken)
    {
        var data = ReadFile(path);
        string mediaType = MediaTypeSniffer.Sniff(data);
        var content = LoaderFor(mediaType).Load(new SourceFile(path, data), cancellationToken);
        return new OpenedDocument(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(data)), mediaType, content);
    }

    private byte[] ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new BadInputException("file not found");
            if (info.Length > options.MaxFileBytes)
                throw new BadInputException($"file is {info.Length / (1024 * 1024)} MB, over the limit of {options.MaxFileBytes / (1024 * 1024)} MB");
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"cannot read file ({e.Message})", e);
        }
    }

    private IDocumentLoader LoaderFor(string mediaType) => mediaType switch
    {
        MediaTypes.Pdf => new PdfLoader(_rasterizer, options),
        MediaTypes.Docx => new DocxLoader(options),
        _ when MediaTypes.IsImage(mediaType) => new ImageLoader(
            imageDecoder ?? throw new InvalidOperationException("no image decoder is configured: image files cannot be read"), options),
        _ => throw new BadInputException($"unsupported media type {mediaType}"),
    };
}
