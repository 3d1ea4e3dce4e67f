using System.Runtime.ExceptionServices;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Recognition;
using DocIngest.Pipeline.Results;
using DocIngest.Ocr.Timing;

namespace DocIngest.Pipeline;

/// <summary>
/// load -> (preprocess -> OCR -> layout, inside the page recogniser) -> segment/parse/classify (the document reader),
/// for one file at a time. Image pages of a file are recognised in parallel, one recogniser per worker.
/// </summary>
public sealed class ExtractionPipeline : IExtractor, IDisposable
{
    private readonly ExtractionOptions _options;
    private readonly PipelineEngines _engines;
    private readonly DocumentOpener _opener;
    private readonly PageRecognizerPool? _recognizers;

    public ExtractionPipeline(ExtractionOptions options, PipelineEngines engines, PdfPageRasterizer? rasterizer = null)
    {
        _options = options.Validate();
        _engines = engines;
        _opener = new DocumentOpener(_options, engines.ImageDecoder, rasterizer);
        _recognizers = engines.CreateRecognizer is { } create ? new PageRecognizerPool(create, options.Workers) : null;
    }

    /// <inheritdoc />
    public ExtractionResult Extract(string path, IProgress<PageProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ExtractCore(path, pageImages: null, progress, cancellationToken);

    /// <inheritdoc />
    public ExtractionResult Extract(string path, IPageImageSink pageImages, IProgress<PageProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ExtractCore(path, pageImages ?? throw new ArgumentNullException(nameof(pageImages)), progress, cancellationToken);

    /// <summary>
    /// As <see cref="Extract(string, IProgress{PageProgress}?, CancellationToken)"/>, telling <paramref name="stages"/> every
    /// stage each page goes through, its OCR calls and the passes that changed what it reads (<c>eval-corpus --ablate</c>
    /// reads again only the pages a pass changed). A recorder follows one page at a time: with more than one worker the
    /// pages of a file are read side by side, so this takes a pipeline of one worker.
    /// </summary>
    /// <exception cref="InvalidOperationException">The pipeline has more than one worker.</exception>
    public ExtractionResult Extract(string path, IStageRecorder stages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stages);
        if (_options.Workers != 1) throw new InvalidOperationException($"a stage recorder follows one page at a time; this pipeline has {_options.Workers} workers");
        return ExtractCore(path, pageImages: null, progress: null, cancellationToken, stages);
    }

    private ExtractionResult ExtractCore(string path, IPageImageSink? pageImages, IProgress<PageProgress>? progress, CancellationToken cancellationToken,
        IStageRecorder? stages = null)
    {
        var opened = _opener.Open(path, cancellationToken);
        var loaded = opened.Content;
        var pages = RecognizePages(loaded.Pages, pageImages, progress, cancellationToken, stages ?? StageRecorder.None);

        var warnings = loaded.Warnings.ToList();
        warnings.AddRange(pages.SelectMany(p => p.Warnings.Select(w => $"page {p.Number}: {w}")));
        var documents = ReadDocuments(pages, warnings);
        return new ExtractionResult
        {
            Source = new SourceInfo(opened.FileName, opened.Sha256, opened.MediaType, pages.Count),
            Pages = pages.Select(PageResultMapper.Map).ToList(),
            Documents = documents,
            Warnings = warnings,
        };
    }

    public void Dispose() => _recognizers?.Dispose();

    private List<PageContent> RecognizePages(IReadOnlyList<SourcePage> sources, IPageImageSink? pageImages, IProgress<PageProgress>? progress, CancellationToken cancellationToken,
        IStageRecorder stages)
    {
        var results = new PageContent[sources.Count];
        int done = 0;
        void PageDone() => progress?.Report(new PageProgress(Interlocked.Increment(ref done), sources.Count));

        var imagePages = new List<(int Index, ImageSourcePage Page)>();
        for (int i = 0; i < sources.Count; i++)
        {
            switch (sources[i])
            {
                case ContentSourcePage content:
                    results[i] = content.Content;
                    PageDone();
                    break;
                case ImageSourcePage image:
                    imagePages.Add((i, image));
                    break;
                default:
                    throw new InvalidOperationException($"unknown page kind {sources[i].GetType().Name}");
            }
        }
        if (imagePages.Count == 0) return [.. results];

        var pool = _recognizers ?? throw new InvalidOperationException("no OCR engine is configured: pages without a text layer cannot be recognised");
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Workers, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(imagePages, parallel, item =>
            {
                var content = RecognizeWithinLimit(pool, item.Page, pageImages, cancellationToken, stages);
                results[item.Index] = item.Page.Warnings.Count == 0 ? content : content with { Warnings = [.. item.Page.Warnings, .. content.Warnings] };
                PageDone();
            });
        }
        catch (AggregateException e)
        {
            // A bad page (truncated frame, unrenderable PDF page) is the file's error, reported as the first such page says.
            var first = e.Flatten().InnerExceptions.OrderBy(x => x is BadInputException ? 0 : 1).First();
            ExceptionDispatchInfo.Capture(first).Throw();
        }
        return [.. results];
    }

    /// <summary>
    /// Renders and recognises one page within <see cref="ExtractionOptions.PageTimeLimit"/>; a page over it comes back
    /// empty with a warning (the rest of the file goes on). The job's own cancellation still throws.
    /// </summary>
    private PageContent RecognizeWithinLimit(PageRecognizerPool pool, ImageSourcePage page, IPageImageSink? pageImages, CancellationToken cancellationToken,
        IStageRecorder stages)
    {
        var limit = _options.PageTimeLimit;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var pageLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        pageLimit.CancelAfter(limit);
        try
        {
            var image = page.Render(pageLimit.Token);
            var left = limit - clock.Elapsed;
            if (left <= TimeSpan.Zero) throw new TimeoutException("rendering used the whole limit");
            // Without a sink the plain call is used, so no recogniser is asked to keep an image nobody wants.
            if (pageImages is null)
            {
                return ReferenceEquals(stages, StageRecorder.None)
                    ? pool.UseWithin(recognizer => recognizer.Recognize(image, page.Number), left, cancellationToken)
                    : pool.UseWithin(recognizer => recognizer.RecognizeWithImage(image, page.Number, stages).Content, left, cancellationToken);
            }
            var recognized = pool.UseWithin(recognizer => recognizer.RecognizeWithImage(image, page.Number, stages), left, cancellationToken);
            // The sink runs after the recogniser is back in the pool, so a slow sink does not hold an engine.
            if (recognized.Content.Width != recognized.Image.Width || recognized.Content.Height != recognized.Image.Height)
                throw new InvalidOperationException($"page {page.Number}: the recogniser reported {recognized.Content.Width}x{recognized.Content.Height} for a {recognized.Image.Width}x{recognized.Image.Height} image");
            cancellationToken.ThrowIfCancellationRequested();
            pageImages.Accept(page.Number, recognized.Image);
            return recognized.Content;
        }
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new PageContent(page.Number, PageMethod.Ocr, [])
            {
                MeanConfidence = 0,
                Warnings = [$"not read: over the page time limit of {limit.TotalSeconds:0.#} s ({clock.Elapsed.TotalSeconds:0.#} s)"],
            };
        }
    }

    /// <summary>
    /// The reader's documents; one "other" document over all pages when there is no reader or it finds nothing.
    /// A failing reader must not lose the recognised text, so its failure becomes a warning on the result.
    /// </summary>
    private IReadOnlyList<Document> ReadDocuments(IReadOnlyList<PageContent> pages, List<string> warnings)
    {
        IReadOnlyList<Document> documents = [];
        if (_engines.DocumentReader is { } reader)
        {
            try
            {
                documents = reader.Read(pages);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                warnings.Add($"document reader failed, pages kept as one document of kind other: {e.GetType().Name}: {e.Message}");
            }
        }
        return documents.Count > 0
            ? documents
            : [new Document { Kind = DocumentKind.Other, PageStart = 1, PageEnd = pages.Count }];
    }
}
