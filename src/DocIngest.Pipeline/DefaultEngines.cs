using DocIngest.Core.Classification;
using DocIngest.Core.Parsing;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Core.Text;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Orientation;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Timing;
using DocIngest.Pipeline.Classification;

namespace DocIngest.Pipeline;

/// <summary>
/// The composition root: the real stages, in the order a page goes through them. Shared by the CLI and the service.
/// </summary>
public static class DefaultEngines
{
    /// <summary>The environment variable a host reads into <see cref="ExtractionOptions.Languages"/> (e.g. "tha" for speed).</summary>
    public const string LanguagesVariable = "DOCINGEST_LANGUAGES";

    /// <summary>
    /// Checks tessdata and the passes' options (<see cref="ExtractionOptions.Pipeline"/>) once (a clear error when it is missing or not a traineddata file), then returns factories:
    /// each worker gets its own page recogniser over its own Tesseract engine.
    /// </summary>
    /// <param name="options">The pipeline's options; <see cref="ExtractionOptions.ModelDirectory"/> says where adopted models are,
    /// <see cref="ExtractionOptions.TrainingDirectory"/> where the committed ones are.</param>
    /// <param name="models">The classifier set the reader uses. A host that adopts retrained models passes the set it
    /// adopts into, so documents read afterwards use them; null loads one from those directories (<see cref="ClassifierModelFiles"/>).</param>
    public static PipelineEngines Create(ExtractionOptions options, ClassifierModels? models = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = TesseractEngineOptions.CreateDefault(options.TessdataPath);
        var engineOptions = options.Languages is { Length: > 0 } languages
            ? defaults with { Languages = languages }
            : defaults;
        TraineddataValidator.Validate(engineOptions.TessdataPath, engineOptions.Languages);

        var pipeline = options.Pipeline.Check();
        var off = options.WithoutPasses.Concat(pipeline.Without).ToList();
        RequireKnownPasses(off);
        var without = off.Select(LinePasses.Key).ToHashSet();

        var latinFreeOptions = WithoutEnglish(engineOptions);
        return new PipelineEngines(
            ImageDecoder: new LeptonicaImageDecoder(),
            CreateRecognizer: () => CreateRecognizer(engineOptions, latinFreeOptions, without, pipeline),
            DocumentReader: new DocumentReader(models ?? LoadModels(options), new MeasureTableParser().Parse));
    }

    /// <summary>The classifier models of <paramref name="options"/>: the adopted ones in its model directory, else the committed ones.</summary>
    public static ClassifierModels LoadModels(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ClassifierModels.Load(new ClassifierModelFiles(options.ModelDirectory, Classification.TrainingDirectory.Find(options.TrainingDirectory)));
    }

    /// <summary>
    /// Every pass <see cref="ExtractionOptions.WithoutPasses"/> can name, in the order a page meets them: the page passes
    /// (preprocessing, table grids, filters, the cells' second read), the line passes, then the line correctors.
    /// </summary>
    public static IReadOnlyList<string> PassNames { get; } =
    [
        PageStages.Orientation,
        .. PagePassSwitches.Names,
        .. LinePasses.Stock(new PageNumberReader(ThaiDigitRecognizer.Shared), loneNumbers: new LoneNumberReader(ThaiDigitRecognizer.Shared),
            cuedNumbers: new CuedNumberRereader(ThaiDigitRecognizer.Shared)).Select(p => p.Name),
        .. Correctors().Select(c => c.StageName),
        PageStages.ItemNumbers,
    ];

    /// <summary>True when <paramref name="name"/>, as typed (<c>missed-lines</c>) or listed (<c>missed lines</c>), is one of <see cref="PassNames"/>.</summary>
    public static bool IsKnownPass(string name) => PassNames.Any(n => LinePasses.Key(n) == LinePasses.Key(name));

    /// <summary>Throws <see cref="ArgumentException"/> listing the passes when a name is none of <see cref="PassNames"/>.</summary>
    public static void RequireKnownPasses(IEnumerable<string> names)
    {
        var unknown = names.Where(p => !IsKnownPass(p)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"unknown pass(es) {string.Join(", ", unknown)}; passes: {string.Join(", ", PassNames.Select(n => n.Replace(' ', '-')))}");
    }

    /// <summary>
    /// The line correctors in order. Digits first: the digit model re-reads glyphs by their symbol boxes, which later
    /// text edits would invalidate.
    /// </summary>
    /// <param name="digitGlyphs">The digit corrector's numbers; the defaults when null.</param>
    private static IRecognizedLineCorrector[] Correctors(ThaiDigitCorrectorOptions? digitGlyphs = null) =>
        [new ThaiDigitCorrector(ThaiDigitRecognizer.Shared, digitGlyphs), new PhoneLeadingZeroCorrector(ThaiDigitRecognizer.Shared), new LexiconLineCorrector(OcrTextCorrector.Default)];

    private static IPageRecognizer CreateRecognizer(TesseractEngineOptions engineOptions, TesseractEngineOptions? latinFreeOptions, HashSet<string> without, PipelineOptions pipeline)
    {
        var recognizer = CreatePageRecognizer(engineOptions, latinFreeOptions, without, pipeline);
        // The orientation check wraps the whole page read: it reads the page again, turned, when the first reading is weak.
        if (without.Contains(LinePasses.Key(PageStages.Orientation)) || OrientationDetector.FindModelFolder(engineOptions.TessdataPath) is not { } osdFolder)
            return recognizer;
        return new OrientationCheckingRecognizer(recognizer, () => new OrientationDetector(osdFolder), pipeline.Orientation);
    }

    private static PageRecognizer CreatePageRecognizer(TesseractEngineOptions engineOptions, TesseractEngineOptions? latinFreeOptions, HashSet<string> without, PipelineOptions pipeline)
    {
        bool On(string name) => !without.Contains(LinePasses.Key(name));
        var switches = new PagePassSwitches(PagePassSwitches.Names.Where(name => !On(name)));
        var engine = new TesseractEngine(engineOptions);
        try
        {
            return new PageRecognizer(
                engine,
                new PagePreprocessor(pipeline.Background.Create(), pipeline.Borders.Create(), pipeline.Deskew.Create(), pipeline.Binarise.Create(),
                    switches, pipeline.Deskew.MinCorrectedDegrees, pipeline.PageOutline.Create(), pipeline.ThinStrokes.Create(pipeline.Binarise.WindowInches)),
                new TableGridDetector(pipeline.TableGrids),
                correctors: Correctors(pipeline.DigitGlyphs).Where(c => On(c.StageName)),
                cellOptions: pipeline.Cells,
                blockOptions: pipeline.TextBlocks,
                latinFreeRecognizer: latinFreeOptions is null ? null : new TesseractEngine(latinFreeOptions),
                linePasses: LinePasses.Stock(new PageNumberReader(ThaiDigitRecognizer.Shared, pipeline.PageNumbers), pipeline.MissedLines, pipeline.LatinWords,
                        new LoneNumberReader(ThaiDigitRecognizer.Shared, pipeline.LoneNumbers), new CuedNumberRereader(ThaiDigitRecognizer.Shared))
                    .Where(p => On(p.Name)).ToList(),
                switches: switches,
                noiseLines: pipeline.NoiseLines,
                pageSpecks: pipeline.PageSpecks,
                itemNumbers: On(PageStages.ItemNumbers) ? new ItemNumberRereader(ThaiDigitRecognizer.Shared) : null);
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
