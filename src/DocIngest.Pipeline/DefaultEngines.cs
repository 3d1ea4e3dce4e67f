using DocIngest.Core.Classification;
using DocIngest.Core.Parsing;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Core.Text;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;

namespace DocIngest.Pipeline;

/// <summary>
/// The composition root: the real stages, in the order a page goes through them. Shared by the CLI and the service.
/// </summary>
public static class DefaultEngines
{
    /// <summary>Tesseract language string override (e.g. "tha" for speed); default tha+eng.</summary>
    public const string LanguagesVariable = "DOCINGEST_LANGUAGES";

    /// <summary>
    /// Checks tessdata once (a clear error when it is missing or not a traineddata file), then returns factories:
    /// each worker gets its own page recogniser over its own Tesseract engine.
    /// </summary>
    /// <param name="options">The pipeline's options; <see cref="ExtractionOptions.ModelDirectory"/> says where adopted models are.</param>
    /// <param name="models">The classifier set the reader uses. A host that adopts retrained models passes the set it
    /// adopts into, so documents read afterwards use them; null loads one from <see cref="ExtractionOptions.ModelDirectory"/>.</param>
    public static PipelineEngines Create(ExtractionOptions options, ClassifierModels? models = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = TesseractEngineOptions.CreateDefault();
        var engineOptions = Environment.GetEnvironmentVariable(LanguagesVariable) is { Length: > 0 } languages
            ? defaults with { Languages = languages }
            : defaults;
        TraineddataValidator.Validate(engineOptions.TessdataPath, engineOptions.Languages);

        var latinFreeOptions = WithoutEnglish(engineOptions);
        return new PipelineEngines(
            ImageDecoder: new LeptonicaImageDecoder(),
            CreateRecognizer: () => CreateRecognizer(engineOptions, latinFreeOptions),
            DocumentReader: new DocumentReader(models ?? ClassifierModels.Load(options.ModelDirectory), new MeasureTableParser().Parse));
    }

    private static PageRecognizer CreateRecognizer(TesseractEngineOptions engineOptions, TesseractEngineOptions? latinFreeOptions)
    {
        var engine = new TesseractEngine(engineOptions);
        try
        {
            return new PageRecognizer(
                engine,
                new PagePreprocessor(),
                new TableGridDetector(),
                // Mark runs first (leader dots the engine read as digits must not reach the digit recogniser), then digits: it
                // re-reads glyphs by their symbol boxes, which later text edits would invalidate.
                correctors: [new MarkRunCorrector(), new ThaiDigitCorrector(ThaiDigitRecognizer.Shared), new LexiconLineCorrector(OcrTextCorrector.Default)],
                latinFreeRecognizer: latinFreeOptions is null ? null : new TesseractEngine(latinFreeOptions),
                pageNumbers: new PageNumberReader(ThaiDigitRecognizer.Shared));
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The options for the engine that re-reads lines with Latin letters excluded: the same languages without English,
    /// whose model could offer only digits and punctuation there (the Thai model has both). Null when English is not
    /// loaded or is the only language: then the page engine does those reads.
    /// </summary>
    public static TesseractEngineOptions? WithoutEnglish(TesseractEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var languages = options.Languages.Split('+', StringSplitOptions.RemoveEmptyEntries);
        var rest = languages.Where(l => l != "eng").ToArray();
        return rest.Length == languages.Length || rest.Length == 0 ? null : options with { Languages = string.Join('+', rest) };
    }
}
