using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Pipeline.Loading;

/// <summary>One page as a loader hands it over: either finished content or an image still to be recognised.</summary>
public abstract record SourcePage(int Number);

/// <summary>A page whose text came with the file (PDF text layer, DOCX).</summary>
public sealed record ContentSourcePage(PageContent Content) : SourcePage(Content.Number);

/// <summary>
/// A page to recognise. The image is produced on demand (decoding or rendering happens on the worker
/// that recognises it) so that a 300-page scan never holds all its rasters at once.
/// </summary>
/// <param name="Number">1-based page number in the file.</param>
/// <param name="Renderer">
/// Decodes or renders the page; throws <see cref="BadInputException"/> when it cannot. Cancelling its token stops an
/// external renderer (pdftoppm is killed): the page time limit and the job's cancellation both come through it.
/// </param>
/// <param name="Warnings">What the loader noticed about this page (why the text layer was not used...).</param>
public sealed record ImageSourcePage(int Number, Func<CancellationToken, GrayImage> Renderer, IReadOnlyList<string> Warnings) : SourcePage(Number)
{
    /// <summary>The page image, without a time limit.</summary>
    public GrayImage Render() => Renderer(CancellationToken.None);

    /// <summary>The page image; <paramref name="cancellationToken"/> stops the rendering.</summary>
    public GrayImage Render(CancellationToken cancellationToken) => Renderer(cancellationToken);
}

/// <summary>A file opened by a loader: its pages in order and file-level warnings.</summary>
public sealed record LoadedDocument(IReadOnlyList<SourcePage> Pages, IReadOnlyList<string> Warnings);

/// <summary>The bytes of an input file with the path they were read from (external tools such as pdftoppm read the path).</summary>
public sealed record SourceFile(string Path, byte[] Data);

/// <summary>Opens one kind of file. Throws <see cref="BadInputException"/> when the file cannot be read.</summary>
public interface IDocumentLoader
{
    LoadedDocument Load(SourceFile file, CancellationToken cancellationToken);
}
