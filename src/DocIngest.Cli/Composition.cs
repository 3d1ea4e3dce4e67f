using DocIngest.Pipeline;

namespace DocIngest.Cli;

/// <summary>
/// The one place where the CLI's stages are chosen. Commands receive <see cref="CreateEngines"/> as a factory
/// delegate, so tests plug in test doubles and the composition root plugs in the real engines here.
/// </summary>
public static class Composition
{
    /// <summary>
    /// The engines behind <c>docingest</c>. This branch has no OCR stack of its own: it is written by other branches
    /// (LeptonicaImageDecoder, PageRecognizer over the Tesseract pool, DocumentReader) and wired in here after they
    /// are merged, e.g. <c>new PipelineEngines(new LeptonicaImageDecoder(), () => new PageRecognizer(...), new DocumentReader())</c>.
    /// Until then PDF text layers and DOCX work; image pages fail with a clear "no OCR engine is configured".
    /// </summary>
    public static PipelineEngines CreateEngines(ExtractionOptions options) => new(ImageDecoder: null, CreateRecognizer: null, DocumentReader: null);

    /// <summary>The extractor for a batch: engines are created once and reused for every file.</summary>
    public static ExtractionPipeline CreateExtractor(ExtractionOptions options, Func<ExtractionOptions, PipelineEngines> createEngines) =>
        new(options, createEngines(options));
}
