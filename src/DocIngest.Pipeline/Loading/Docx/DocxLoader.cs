using DocIngest.Core.Content;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace DocIngest.Pipeline.Loading.Docx;

/// <summary>
/// DOCX body in document order: paragraphs become text blocks, tables become table blocks, both as printed (Word's
/// automatic list numbers included, digits an IT๙ font draws as Thai digits: <see cref="DocxPrint"/>). Word decides page
/// breaks at layout time, so only explicit ones (page-break runs, page-break-before, new-page section breaks) split pages.
/// Reading is bounded in time as opening a PDF is (<see cref="Pdf.PdfLoader.OpenLimitInPages"/> page time limits): the
/// OpenXml reader builds the whole body at once and cannot be interrupted, so a package that takes longer is refused.
/// </summary>
public sealed class DocxLoader(ExtractionOptions options) : IDocumentLoader
{
    /// <summary>Called at the start of the read, inside its time limit (tests make the read stall with it).</summary>
    internal Action? BeforeRead { get; init; }

    public LoadedDocument Load(SourceFile file, CancellationToken cancellationToken)
    {
        var limit = options.PageTimeLimit * Pdf.PdfLoader.OpenLimitInPages;
        try
        {
            return UninterruptibleRead.Within(stop =>
            {
                BeforeRead?.Invoke();
                return Read(file, stop);
            }, limit, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new BadInputException($"DOCX not read within {limit.TotalSeconds:0.#} s (too large or too complex a package)");
        }
    }

    private LoadedDocument Read(SourceFile file, CancellationToken cancellationToken)
    {
        ZipBombGuard.Check(file.Data, options.MaxDocxUncompressedBytes, options.MaxDocxCompressionRatio, options.MaxDocxXmlBytes);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(file.Data, writable: false), false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new BadInputException("DOCX has no document body");
            var pages = new DocxPageCollector();
            var print = DocxPrint.Of(document);
            foreach (var element in body.Elements())
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(element, pages, print);
            }
            var result = pages.Finish();
            if (result.Count > options.MaxPages) throw new BadInputException($"DOCX has {result.Count} pages, over the limit of {options.MaxPages}");
            return new LoadedDocument(result.Select(p => (SourcePage)new ContentSourcePage(p)).ToList(), []);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            throw new BadInputException($"corrupt DOCX package ({e.Message.Split('\n')[0]})", e);
        }
    }

    private static void Add(OpenXmlElement element, DocxPageCollector pages, DocxPrint print)
    {
        switch (element)
        {
            case Paragraph paragraph:
                AddParagraph(paragraph, pages, print);
                break;
            case WordTable table:
                pages.Add(new TableBlock(DocxTableReader.Read(table, print)));
                break;
            case SdtBlock block when block.SdtContentBlock is { } content:
                foreach (var child in content.Elements()) Add(child, pages, print);
                break;
            default:
                break; // the final section properties and other non-printing elements
        }
    }

    private static void AddParagraph(Paragraph paragraph, DocxPageCollector pages, DocxPrint print)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.PageBreakBefore is { } before && (before.Val is null || before.Val.Value)) pages.BreakPage();

        var parts = DocxText.Paragraph(paragraph, print).Split(DocxText.PageBreak);
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) pages.BreakPage();
            var lines = DocxText.Lines(parts[i]).Select(l => new TextLine(l, null, 1.0)).ToList();
            if (lines.Count > 0) pages.Add(new TextBlock(lines));
        }

        // A section break in a paragraph ends the section; the next one starts on a new page unless it is "continuous".
        var sectionType = properties?.SectionProperties?.GetFirstChild<SectionType>()?.Val?.Value;
        if (properties?.SectionProperties is not null && sectionType != SectionMarkValues.Continuous) pages.BreakPage();
    }

    /// <summary>Collects blocks into pages; a break on an empty page does not create an empty page.</summary>
    private sealed class DocxPageCollector
    {
        private readonly List<PageContent> _pages = [];
        private List<PageBlock> _current = [];

        public void Add(PageBlock block) => _current.Add(block);

        public void BreakPage()
        {
            if (_current.Count == 0) return;
            _pages.Add(new PageContent(_pages.Count + 1, PageMethod.Docx, _current) { MeanConfidence = 1.0 });
            _current = [];
        }

        public IReadOnlyList<PageContent> Finish()
        {
            BreakPage();
            if (_pages.Count == 0) throw new BadInputException("DOCX holds no text (pictures inside DOCX files are not recognised)");
            return _pages;
        }
    }
}
