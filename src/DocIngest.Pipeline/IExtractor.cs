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
    ExtractionResult Extract(string path, IProgress<PageProgress>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>Input that cannot be processed (zero-byte, truncated, wrong type, encrypted, too large). The message is one clear line for a person.</summary>
public sealed class BadInputException(string message, Exception? inner = null) : Exception(message, inner);
