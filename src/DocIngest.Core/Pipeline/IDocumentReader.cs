using DocIngest.Core.Content;
using DocIngest.Core.Extraction;

namespace DocIngest.Core.Pipeline;

/// <summary>
/// The understanding stages (segment -> parse -> classify) behind one call: pages in, documents out.
/// What cannot be parsed is added to the documents' warnings, never dropped silently.
/// </summary>
public interface IDocumentReader
{
    IReadOnlyList<Document> Read(IReadOnlyList<PageContent> pages);
}
