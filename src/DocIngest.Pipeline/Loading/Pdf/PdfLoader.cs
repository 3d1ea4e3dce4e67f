using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// PDF pages: the text layer where it holds real text (tables from the page's ruled lines), otherwise the page rendered for OCR.
/// </summary>
public sealed class PdfLoader(PdfPageRasterizer rasterizer, ExtractionOptions options) : IDocumentLoader
{
    public LoadedDocument Load(SourceFile file, CancellationToken cancellationToken)
    {
        using var document = Open(file.Data);
        int pageCount = ReadPdf(() => document.NumberOfPages, "page count");
        if (pageCount < 1) throw new BadInputException("PDF has no pages");
        if (pageCount > options.MaxPages) throw new BadInputException($"PDF has {pageCount} pages, over the limit of {options.MaxPages}");

        var pages = new List<SourcePage>(pageCount);
        for (int number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(LoadPage(document, number, file.Path));
        }
        return new LoadedDocument(pages, []);
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
        int dpi = FitDpi(page, pageWarnings, number);
        return new ImageSourcePage(number, pageToken => rasterizer.Render(path, number, dpi, pageToken), pageWarnings);
    }

    /// <summary>The render resolution, lowered for oversized pages so that no page image exceeds the pixel limit.</summary>
    private int FitDpi(Page page, List<string> warnings, int number)
    {
        double squareInches = page.Width / 72.0 * (page.Height / 72.0);
        if (squareInches <= 0) throw new BadInputException($"page {number} of the PDF has no size");
        int fitting = (int)Math.Floor(Math.Sqrt(options.MaxImagePixels / squareInches));
        if (fitting >= options.RenderDpi) return options.RenderDpi;
        if (fitting < 50) throw new BadInputException($"page {number} is {page.Width / 72:0}x{page.Height / 72:0} inches, too large to render");
        warnings.Add($"rendered at {fitting} dpi instead of {options.RenderDpi} to stay under the pixel limit");
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
