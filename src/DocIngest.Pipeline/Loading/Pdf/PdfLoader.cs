using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// PDF pages: the text layer where it holds real text (tables from the page's ruled lines), otherwise the page rendered for OCR.
/// Reading a page's text layer is bounded by <see cref="ExtractionOptions.PageTimeLimit"/>: a page over it is recorded as
/// not read and the rest are read from a fresh copy of the document (PdfPig cannot be interrupted, and the stuck read
/// keeps the copy it was using until it ends).
/// </summary>
public sealed class PdfLoader(PdfPageRasterizer rasterizer, ExtractionOptions options) : IDocumentLoader
{
    /// <summary>Opening the document may take this many page time limits.</summary>
    public const int OpenLimitInPages = 10;

    /// <summary>Called at the start of every page's read, inside its time limit (tests make a page stall with it).</summary>
    internal Action<int>? BeforePage { get; init; }

    public LoadedDocument Load(SourceFile file, CancellationToken cancellationToken)
    {
        var limit = options.PageTimeLimit;
        // Opening parses the whole cross-reference table, so it gets the time of several pages.
        var openLimit = limit * OpenLimitInPages;
        bool opened = UninterruptibleRead.TryWithin(_ => Open(file.Data), openLimit, cancellationToken, out PdfDocument? document);
        if (!opened || document is null) throw new BadInputException($"PDF not opened within {openLimit.TotalSeconds:0.#} s");
        try
        {
            int pageCount = ReadPdf(() => document.NumberOfPages, "page count");
            if (pageCount < 1) throw new BadInputException("PDF has no pages");
            if (pageCount > options.MaxPages) throw new BadInputException($"PDF has {pageCount} pages, over the limit of {options.MaxPages}");

            var pages = new List<SourcePage>(pageCount);
            for (int number = 1; number <= pageCount; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = document;
                int page = number;
                bool finished = UninterruptibleRead.TryWithin(_ =>
                {
                    BeforePage?.Invoke(page);
                    return LoadPage(current, page, file.Path);
                }, limit, cancellationToken, out SourcePage? read, onAbandoned: current.Dispose);
                if (finished)
                {
                    pages.Add(read!);
                    continue;
                }
                document = null; // the stuck read keeps it and disposes it when it ends
                pages.Add(new ContentSourcePage(new PageContent(number, PageMethod.TextLayer, [])
                {
                    MeanConfidence = 0,
                    Warnings = [$"not read: over the page time limit of {limit.TotalSeconds:0.#} s"],
                }));
                document = Open(file.Data);
            }
            return new LoadedDocument(pages, []);
        }
        finally
        {
            document?.Dispose();
        }
    }

    private SourcePage LoadPage(PdfDocument document, int number, string path)
    {
        var page = ReadPdf(() => document.GetPage(number), $"page {number}");
        var geometry = new PdfPageGeometry(page.Width, page.Height, options.RenderDpi);
        string? problem = null;
        var content = ReadPdf(() => PdfTextLayerPageReader.TryRead(page, number, geometry, options.MinTextLayerLetters, out problem), $"page {number} text");
        if (content is not null) return new ContentSourcePage(content);

        var pageWarnings = new List<string>();
        if (problem is not null) pageWarnings.Add($"text layer not used, page recognised by OCR: {problem}");
        var scan = ReadPdf(() => ScanImage.Find(page), $"page {number} images");
        var (renderDpi, readDpi) = scan is null ? (options.RenderDpi, options.RenderDpi) : scan.Resolutions(page.Width, page.Height, options.RenderDpi);
        if (scan is not null && readDpi != scan.DeclaredDpi)
            pageWarnings.Add($"scan declared at {scan.DeclaredDpi} dpi read as {readDpi} dpi (from its size on paper)");
        int dpi = FitDpi(page, renderDpi, pageWarnings, number);
        if (dpi != renderDpi) readDpi = Math.Max(1, (int)Math.Round(readDpi * (double)dpi / renderDpi));
        return new ImageSourcePage(number, pageToken => WithResolution(rasterizer.Render(path, number, dpi, pageToken), readDpi), pageWarnings);
    }

    /// <summary>The same pixels said to be at <paramref name="dpi"/>: the scale the page is read at, not the one it was rendered at.</summary>
    private static GrayImage WithResolution(GrayImage image, int dpi) =>
        image.Dpi == dpi ? image : new GrayImage(image.Width, image.Height, image.Pixels, dpi);

    /// <summary>The render resolution, lowered for oversized pages so that no page image exceeds the pixel limit.</summary>
    private int FitDpi(Page page, int wanted, List<string> warnings, int number)
    {
        double squareInches = page.Width / 72.0 * (page.Height / 72.0);
        if (squareInches <= 0) throw new BadInputException($"page {number} of the PDF has no size");
        int fitting = (int)Math.Floor(Math.Sqrt(options.MaxImagePixels / squareInches));
        if (fitting >= wanted) return wanted;
        if (fitting < 50) throw new BadInputException($"page {number} is {page.Width / 72:0}x{page.Height / 72:0} inches, too large to render");
        warnings.Add($"rendered at {fitting} dpi instead of {wanted} to stay under the pixel limit");
        return fitting;
    }

    private static PdfDocument Open(byte[] data)
    {
        try
        {
            // ActualText (Chromium, Word and Acrobat write it per Thai cluster) is the producer's own statement of the text: prefer it to glyph mapping.
            return PdfDocument.Open(data, new ParsingOptions { UseLenientParsing = true, UseActualText = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new BadInputException("password-protected PDF", e);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new BadInputException($"corrupt or truncated PDF ({FirstLine(e.Message)})", e);
        }
    }

    /// <summary>
    /// PdfPig reports broken files with many exception types (format, index, cast, null reference on missing objects);
    /// at this boundary every one of them means the same thing to the user: this PDF is damaged.
    /// </summary>
    private static T ReadPdf<T>(Func<T> read, string what)
    {
        try
        {
            return read();
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new BadInputException("password-protected PDF", e);
        }
        catch (Exception e) when (e is not OperationCanceledException and not BadInputException)
        {
            throw new BadInputException($"corrupt or truncated PDF: cannot read {what} ({FirstLine(e.Message)})", e);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
