using DocIngest.Core.Text;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Orientation;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Pipeline;

namespace DocIngest.Training.Digits.Harvest;

/// <summary>One digit run the corrector was handed: the raw engine line's text and the run with its glyphs.</summary>
/// <param name="LineText">The line as the engine read it, before any correction.</param>
/// <param name="Run">The run and the glyphs cut from its ink.</param>
public sealed record CaughtDigitRun(string LineText, DigitRunGlyphs Run);

/// <summary>
/// Reads files with the product's pipeline and catches every run the digit corrector is handed, with the glyphs its ink is
/// cut into (<see cref="ThaiDigitCorrector.Explain"/>): what the digit model is shown on a real page. Used by the harvest
/// of real glyphs and by the comparison of two models on the same glyphs. One file at a time.
/// </summary>
public sealed class DigitRunCapture : IDisposable
{
    private readonly RunCatcher _catcher;
    private readonly ExtractionPipeline _pipeline;

    /// <summary>A pipeline of <paramref name="options"/> (one worker) whose digit corrector is watched.</summary>
    public DigitRunCapture(ExtractionOptions? options)
    {
        options = (options ?? new ExtractionOptions()) with { Workers = 1 };
        Corrector = new ThaiDigitCorrector(ThaiDigitRecognizer.Shared, options.Pipeline.DigitGlyphs);
        _catcher = new RunCatcher(Corrector);
        var engines = DefaultEngines.Create(options) with { CreateRecognizer = () => CreateRecognizer(options, _catcher) };
        _pipeline = new ExtractionPipeline(options, engines);
    }

    /// <summary>The corrector watched (its options say what a touching pair is and how sure a digit must be).</summary>
    public ThaiDigitCorrector Corrector { get; }

    /// <summary>Reads <paramref name="path"/> whole and returns the runs its lines gave the corrector, in reading order.</summary>
    public IReadOnlyList<CaughtDigitRun> Read(string path)
    {
        _catcher.Caught.Clear();
        _pipeline.Extract(path);
        return [.. _catcher.Caught];
    }

    public void Dispose() => _pipeline.Dispose();

    /// <summary>
    /// The product's page recogniser (<see cref="DefaultEngines"/>' composition, default passes) with the digit corrector
    /// watched: every raw line it is handed is explained first, then corrected as usual, so the rest of the page reads as
    /// in the product, except that a table cell of one short token is not re-read as a number (the cells look the corrector
    /// up by its type).
    /// </summary>
    private static IPageRecognizer CreateRecognizer(ExtractionOptions options, RunCatcher catcher)
    {
        var pipeline = options.Pipeline;
        var engineOptions = TesseractEngineOptions.CreateDefault(options.TessdataPath);
        if (options.Languages is { Length: > 0 } languages) engineOptions = engineOptions with { Languages = languages };
        var latinFree = DefaultEngines.WithoutEnglish(engineOptions);
        var engine = new TesseractEngine(engineOptions);
        var recognizer = new PageRecognizer(
            engine,
            new PagePreprocessor(pipeline.Background.Create(), pipeline.Borders.Create(), pipeline.Deskew.Create(), pipeline.Binarise.Create(),
                PagePassSwitches.AllOn, pipeline.Deskew.MinCorrectedDegrees, pipeline.PageOutline.Create()),
            new TableGridDetector(pipeline.TableGrids),
            correctors: [catcher, new LexiconLineCorrector(OcrTextCorrector.Default)],
            cellOptions: pipeline.Cells,
            blockOptions: pipeline.TextBlocks,
            latinFreeRecognizer: latinFree is null ? null : new TesseractEngine(latinFree),
            linePasses: LinePasses.Stock(new PageNumberReader(ThaiDigitRecognizer.Shared, pipeline.PageNumbers), pipeline.MissedLines, pipeline.LatinWords,
                new LoneNumberReader(ThaiDigitRecognizer.Shared, pipeline.LoneNumbers)),
            switches: PagePassSwitches.AllOn,
            noiseLines: pipeline.NoiseLines,
            pageSpecks: pipeline.PageSpecks);
        return OrientationDetector.FindModelFolder(engineOptions.TessdataPath) is { } osdFolder
            ? new OrientationCheckingRecognizer(recognizer, () => new OrientationDetector(osdFolder), pipeline.Orientation)
            : recognizer;
    }

    /// <summary>The digit corrector with every line's runs noted before it corrects the line.</summary>
    private sealed class RunCatcher(ThaiDigitCorrector corrector) : IRecognizedLineCorrector
    {
        public List<CaughtDigitRun> Caught { get; } = [];

        public string StageName => corrector.StageName;

        public RecognizedLine Correct(GrayImage image, RecognizedLine line)
        {
            foreach (var run in corrector.Explain(image, line)) Caught.Add(new CaughtDigitRun(line.Text, run));
            return corrector.Correct(image, line);
        }
    }
}
