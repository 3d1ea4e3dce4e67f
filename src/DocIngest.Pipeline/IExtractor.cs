using DocIngest.Core.Extraction;

namespace DocIngest.Pipeline;

/// <summary>Progress of one file: pages done out of pages known.</summary>
public readonly record struct PageProgress(int PagesDone, int PageCount);

/// <summary>
/// The whole pipeline for one file: load -> preprocess -> OCR -> layout -> segment -> parse -> classify.
/// Thread-safe; engines come from a pool. Throws <see cref="BadInputException"/> for input that cannot be read.
/// </summary>
public interface IExtractor
{
    /// <summary>Extracts one file; reports page progress as pages finish.</summary>
    ExtractionResult Extract(string path, IProgress<PageProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extracts one file and hands each OCR'd page's image, the one the result's boxes refer to, to <paramref name="pageImages"/>.
    /// The default is for extractors that produce no page images: it extracts without calling the sink.
    /// </summary>
    ExtractionResult Extract(string path, IPageImageSink pageImages, IProgress<PageProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Extract(path, progress, cancellationToken);
}

/// <summary>Input that cannot be processed (zero-byte, truncated, wrong type, encrypted, too large). The message is one clear line for a person.</summary>
public sealed class BadInputException(string message, Exception? inner = null) : Exception(message, inner);
