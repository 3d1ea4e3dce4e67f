using System.Text.Json;
using DocIngest.Cli.CommandLine;
using DocIngest.Cli.Evaluation;
using DocIngest.Cli.Evaluation.Corpus;
using DocIngest.Cli.Tools;
using DocIngest.Training.Tesseract;
using DocIngest.Core.Extraction;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Timing;
using DocIngest.Pipeline;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest eval-corpus DIR [--expected DIR] [--results DIR] [--out DIR] [--baseline tesseract] [--thresholds FILE]
/// [--section NAME] [--workers N] [--without PASS,...] [--ablate] [--ablate-passes PASS,...] [--ablate-every-page]</c>: reads every real page that <c>tools/corpus/prepare.py</c> put in DIR, scores it against the page's text
/// layer (CER, digits) and, where eval/corpus/expected has a hand-written result, its header fields and kind; prints a row per
/// page and sums by kind and degradation for each split, and fails when the held-out sums miss eval-thresholds.json's
/// <c>corpusHeldOut</c> section (<c>--section</c> names another: the phone photos on a desk are gated by <c>corpusDeskHeldOut</c>). Pages are read in parallel, one single-worker pipeline per worker (most are one-page files).
/// <c>--ablate</c> reads again, once per pass with that pass switched off, the pages the pass changed in the full run
/// (a pass that changed nothing on a page leaves it reading the same: its full-run score stands) and prints what each
/// pass adds and costs; <c>--ablate-passes</c> does so for the passes it names only; <c>--ablate-every-page</c> reads
/// every page again for each pass instead (the check on that shortcut).
/// </summary>
public static class EvalCorpusCommand
{
    public const string ThresholdsSection = "corpusHeldOut";
    public const string DefaultExpectedDirectory = "eval/corpus/expected";

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, ["ablate", "ablate-every-page"], "expected", "results", "out", "baseline", "thresholds", "section", "workers", "without", "ablate-passes", PipelineOptionsFile.Option);
        if (parsed.Positionals.Count != 1) throw new UsageException("eval-corpus needs exactly one DIR (the pages tools/corpus/prepare.py wrote)");
        string directory = parsed.Positionals[0];
        if (!Directory.Exists(directory)) throw new UsageException($"{directory} is not a directory");
        bool baseline = parsed.Option("baseline") is { } b && (b == "tesseract" ? true : throw new UsageException("--baseline supports only 'tesseract'"));
        string? resultsDirectory = parsed.Option("results");
        if (resultsDirectory is not null && !Directory.Exists(resultsDirectory)) throw new UsageException($"{resultsDirectory} is not a directory");
        string outDirectory = parsed.Option("out") ?? Path.Combine(directory, "results");
        string? expectedDirectory = parsed.Option("expected") ?? (Directory.Exists(DefaultExpectedDirectory) ? DefaultExpectedDirectory : null);
        int workers = parsed.PositiveInt("workers", Environment.ProcessorCount);
        var options = new ExtractionOptions { Workers = 1, WithoutPasses = parsed.List("without"), Pipeline = PipelineOptionsFile.From(parsed) };
        Pipeline.DefaultEngines.RequireKnownPasses(options.WithoutPasses);
        var ablated = parsed.List("ablate-passes");
        Pipeline.DefaultEngines.RequireKnownPasses(ablated);
        bool everyPage = parsed.Flag("ablate-every-page");
        bool ablate = parsed.Flag("ablate") || ablated.Count > 0 || everyPage;
        if (ablate && resultsDirectory is not null) throw new UsageException("--ablate reads the pages again; it cannot score --results");
        var thresholds = LoadThresholds(parsed.Option("thresholds"), parsed.Option("section") ?? ThresholdsSection, context);

        IReadOnlyList<CorpusPage> pages;
        try
        {
            pages = CorpusManifest.Load(directory);
        }
        catch (Exception e) when (e is BadInputException or JsonException)
        {
            context.Error.WriteLine($"docingest: eval-corpus: {e.Message}");
            return ExitCodes.Failure;
        }
        Directory.CreateDirectory(outDirectory);
        var scored = ScorePages(pages, directory, expectedDirectory, resultsDirectory, outDirectory, baseline, options, workers, context);

        CorpusReport.WritePages(context.Out, scored.Select(s => (s.Page, s.Scores, s.Note)));
        foreach (var split in new[] { CorpusPage.HeldOut, CorpusPage.Tune })
        {
            var side = scored.Where(s => s.Page.Split == split).ToList();
            if (side.Count == 0) continue;
            CorpusReport.WriteGroups(context.Out, $"{split}: by kind", Sum(side, s => s.Page.Kind));
            CorpusReport.WriteGroups(context.Out, $"{split}: by degradation", Sum(side, s => s.Page.Profile));
            CorpusReport.WriteGroups(context.Out, $"{split}: all", Sum(side, _ => split));
        }

        if (ablate) Ablate(scored, directory, expectedDirectory, outDirectory, options, ablated, everyPage, workers, context);

        var heldOut = scored.Where(s => s.Page.IsHeldOut).Aggregate(new CorpusScores(), (sum, s) => sum + s.Scores);
        var violations = thresholds?.Violations(heldOut.Metrics()) ?? [];
        foreach (var violation in violations) context.Error.WriteLine($"docingest: eval-corpus: held-out {violation}");
        int failed = scored.Count(s => s.Failed);
        return failed == 0 && violations.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private sealed record ScoredPage(CorpusPage Page, CorpusScores Scores, string? Note, bool Failed)
    {
        /// <summary>Time the extraction of the page took (zero when results were read from a folder).</summary>
        public TimeSpan Elapsed { get; init; }

        /// <summary>The page's stages as it was read: time, OCR calls and the passes that changed it (none when results were read from a folder).</summary>
        public IReadOnlyList<StageTotal> Stages { get; init; } = [];

        /// <summary>True when <paramref name="pass"/> changed what the page reads, or the page could not be read (nothing is known of it).</summary>
        public bool Changed(string pass) => Failed || Stages.Any(s => s.Changes > 0 && LinePasses.Key(s.Stage) == LinePasses.Key(pass));
    }

    /// <summary>
    /// Each pass switched off in turn (on top of --without): the change in every figure per split, with the pages the pass
    /// changed and what it cost (its OCR calls and processor time in the full run). Only the pages the pass changed are
    /// read again: a pass that changed nothing on a page leaves it as the full run read it (<paramref name="everyPage"/>
    /// reads them all, to check that). A pass whose removal does not worsen the held-out and tuning figures beyond noise
    /// has no measured gain.
    /// </summary>
    private static void Ablate(List<ScoredPage> full, string directory, string? expectedDirectory,
        string outDirectory, ExtractionOptions options, IReadOnlySet<string> only, bool everyPage, int workers, CliContext context)
    {
        static bool Named(IEnumerable<string> names, string pass) => names.Any(n => LinePasses.Key(n) == LinePasses.Key(pass));
        var figures = (Sum(full, CorpusPage.HeldOut), Sum(full, CorpusPage.Tune), TimeSpan.FromTicks(full.SelectMany(s => s.Stages).Sum(t => t.ProcessorTime.Ticks)));
        CorpusReport.WriteAblationHeader(context.Out, figures);
        foreach (var pass in Pipeline.DefaultEngines.PassNames.Where(p => !Named(options.WithoutPasses, p) && (only.Count == 0 || Named(only, p))))
        {
            var without = options with { WithoutPasses = new HashSet<string>(options.WithoutPasses) { pass } };
            string passDirectory = Path.Combine(outDirectory, "without-" + pass.Replace(' ', '-'));
            Directory.CreateDirectory(passDirectory);
            var changed = full.Where(s => s.Changed(pass)).ToList();
            var reread = everyPage ? full : changed;
            var again = ScorePages(reread.Select(s => s.Page).ToList(), directory, expectedDirectory, null, passDirectory, baseline: false, without, workers, context);
            var byId = again.ToDictionary(s => s.Page.Id, StringComparer.Ordinal);
            var scored = full.Select(s => byId.GetValueOrDefault(s.Page.Id) ?? s).ToList();
            var cost = full.SelectMany(s => s.Stages).Where(t => LinePasses.Key(t.Stage) == LinePasses.Key(pass)).ToList();
            CorpusReport.WriteAblationRow(context.Out, figures, new AblationRow(pass, changed.Count(s => s.Page.IsHeldOut), changed.Count(s => !s.Page.IsHeldOut), reread.Count,
                Sum(scored, CorpusPage.HeldOut), Sum(scored, CorpusPage.Tune), cost.Sum(t => t.OcrCalls), TimeSpan.FromTicks(cost.Sum(t => t.ProcessorTime.Ticks))));
        }
    }

    private static CorpusScores Sum(IEnumerable<ScoredPage> pages, string split) =>
        pages.Where(s => s.Page.Split == split).Aggregate(new CorpusScores(), (sum, s) => sum + s.Scores);

    private static IEnumerable<(string, CorpusScores)> Sum(IEnumerable<ScoredPage> pages, Func<ScoredPage, string> key) =>
        pages.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Aggregate(new CorpusScores(), (sum, s) => sum + s.Scores)));

    private static List<ScoredPage> ScorePages(IReadOnlyList<CorpusPage> pages, string directory, string? expectedDirectory, string? resultsDirectory,
        string outDirectory, bool baseline, ExtractionOptions options, int workers, CliContext context)
    {
        // Engines only when pages are read: scoring earlier results needs none.
        using var extractors = resultsDirectory is null ? new ExtractorPool(options, context.CreateEngines) : null;
        var tesseract = new TesseractCli();
        var results = new ScoredPage[pages.Count];
        ParallelFiles.For(pages.Count, workers, i =>
        {
            var page = pages[i];
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                // Per page: which passes changed it, what each stage cost (the reading thread's processor time).
                var stages = new StageTimings(threadProcessorTime: ProcessorTimes.CurrentThread);
                var actual = extractors is null
                    ? ExtractionJson.Deserialize(File.ReadAllText(Path.Combine(resultsDirectory!, page.Id + ".json")))
                    : extractors.Use(extractor => Extract(extractor, page, directory, outDirectory, stages));
                var elapsed = extractors is null ? TimeSpan.Zero : clock.Elapsed;
                string? baselineText = baseline ? BaselineText(page, directory, tesseract) : null;
                var expected = expectedDirectory is null ? null : ReadExpected(expectedDirectory, page);
                var truth = LayerTruth.Read(page.Pdf, page.Page);
                // Beside the result, so a page's errors can be read side by side with what it should say.
                File.WriteAllText(Path.Combine(outDirectory, page.Id + ".truth.txt"), truth.Text);
                // The table cells both sides hold, folded as scored: the layer's, then the reading's, one a line.
                File.WriteAllLines(Path.Combine(outDirectory, page.Id + ".cells.txt"),
                    truth.Cells.Append("").Concat(ReadCells(actual).Select(LayerTruth.Fold).Where(c => c.Length > 0)));
                results[i] = Score(page, truth, actual, baselineText, expected) with { Elapsed = elapsed, Stages = extractors is null ? [] : stages.Totals() };
                // Every digit the page's figure counts as missed, printed beside read, to sort the misses by cause.
                if (LayerTruth.Problem(truth) is null)
                    File.WriteAllLines(Path.Combine(outDirectory, page.Id + ".digit-misses.txt"), DigitMissLines(truth, actual));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A page that cannot be read counts as read wrong; the others go on.
                lock (context) context.ReportFileError(page.Id, CliContext.Describe(e));
                results[i] = new ScoredPage(page, new CorpusScores { Pages = 1, Unscored = 1 }, "failed", Failed: true);
            }
        });
        return [.. results];
    }

    /// <summary>Reads the page and keeps the result beside the others (for --results and for reading by eye).</summary>
    private static ExtractionResult Extract(ExtractionPipeline extractor, CorpusPage page, string directory, string outDirectory, IStageRecorder stages)
    {
        var result = extractor.Extract(Path.Combine(directory, page.Image), stages);
        File.WriteAllText(Path.Combine(outDirectory, page.Id + ".json"), ExtractionJson.Serialize(result) + "\n");
        return result;
    }

    /// <summary>The plain CLI's reading of the image, kept beside it: the image only changes when prepare.py makes a new set.</summary>
    private static string BaselineText(CorpusPage page, string directory, TesseractCli tesseract)
    {
        string cache = Path.Combine(directory, "baseline", page.Id + ".txt");
        if (File.Exists(cache)) return File.ReadAllText(cache);
        string text = tesseract.Run(Path.Combine(directory, page.Image)).Text;
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        File.WriteAllText(cache, text);
        return text;
    }

    private sealed record ExpectedFile(IReadOnlyList<Document>? Documents);

    private static IReadOnlyList<Document>? ReadExpected(string expectedDirectory, CorpusPage page)
    {
        string path = Path.Combine(expectedDirectory, page.Id + EvalCommand.ExpectedSuffix);
        if (!File.Exists(path)) return null;
        return JsonSerializer.Deserialize<ExpectedFile>(File.ReadAllText(path), ExtractionJson.Options)?.Documents
            ?? throw new BadInputException($"{path} has no documents");
    }

    private static ScoredPage Score(CorpusPage page, LayerPage truth, ExtractionResult actual, string? baselineText, IReadOnlyList<Document>? expected)
    {
        string read = string.Join("\n", actual.Pages.Select(p => p.Text));
        var fields = expected is null ? null : ResultComparer.CompareDocuments(expected, actual.Documents);
        var scores = new CorpusScores
        {
            Pages = 1,
            HeaderFields = fields?.HeaderFields ?? default,
            DocumentKind = fields?.DocumentKind ?? default,
        };
        if (LayerTruth.Problem(truth) is { } problem) return new ScoredPage(page, scores with { Unscored = 1 }, problem, Failed: false);

        string wanted = LayerTruth.Fold(truth.Text);
        var (cellHits, cellTotal) = CellMatch.Score(truth.Cells, ReadCells(actual));
        scores = scores with { Cer = CerOf(wanted, read), Digits = DigitsOf(wanted, read), TableCells = new Tally(cellHits, cellTotal) };
        if (baselineText is not null) scores = scores with { BaselineCer = CerOf(wanted, baselineText), BaselineDigits = DigitsOf(wanted, baselineText) };
        return new ScoredPage(page, scores, null, Failed: false);
    }

    /// <summary>One line per missed digit: printed, read (∅ when dropped), then the folded truth and reading around it.</summary>
    private static IEnumerable<string> DigitMissLines(LayerPage truth, ExtractionResult actual) =>
        DigitAlignment.Misses(LayerTruth.Fold(truth.Text), LayerTruth.Fold(string.Join("\n", actual.Pages.Select(p => p.Text))))
            .Select(m => $"{m.Digit}\t{(m.ReadAs is { } c ? c.ToString() : "∅")}\t{m.Expected}\t{m.Actual}");

    private static IEnumerable<string> ReadCells(ExtractionResult actual) =>
        actual.Pages.SelectMany(p => p.Tables ?? []).SelectMany(t => t.Cells).Select(c => c.Text);

    private static CerTally CerOf(string foldedTruth, string read) =>
        new(Core.Text.EditDistance.Levenshtein(foldedTruth, LayerTruth.Fold(read)), foldedTruth.Length);

    private static Tally DigitsOf(string foldedTruth, string read)
    {
        var (hits, total) = DigitAlignment.Score(foldedTruth, LayerTruth.Fold(read));
        return new Tally(hits, total);
    }

    /// <summary>--thresholds FILE, else eval-thresholds.json in the current directory; its <paramref name="section"/>.</summary>
    private static EvalThresholds? LoadThresholds(string? path, string section, CliContext context)
    {
        path ??= File.Exists(EvalCommand.ThresholdsFileName) ? EvalCommand.ThresholdsFileName : null;
        if (path is null)
        {
            context.Error.WriteLine($"docingest: eval-corpus: no {EvalCommand.ThresholdsFileName} here; scores are printed but not judged");
            return null;
        }
        return EvalThresholds.Load(path, section, CorpusScores.MetricNames.ToList());
    }
}
