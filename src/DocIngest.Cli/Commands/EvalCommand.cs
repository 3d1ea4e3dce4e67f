using DocIngest.Cli.CommandLine;
using DocIngest.Cli.Evaluation;
using DocIngest.Cli.Tools;
using DocIngest.Training.Tesseract;
using DocIngest.Core.Extraction;
using DocIngest.Pipeline;
using DocIngest.Pipeline.Loading;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest eval DIR [--thresholds FILE] [--section NAME] [--baseline tesseract] [--results DIR]</c>: extracts every
/// input that has a NAME.expected.json beside it (or, with --results, reads NAME.json that <c>docingest extract --out</c>
/// wrote there), scores it, prints a table per file and overall, and fails when the overall scores miss the thresholds
/// (the section NAME of the thresholds file; by default the samples' section of eval-thresholds.json, or a flat --thresholds file).
/// </summary>
public static class EvalCommand
{
    public const string ExpectedSuffix = ".expected.json";
    public const string ThresholdsFileName = "eval-thresholds.json";

    /// <summary>The section of eval-thresholds.json for the samples: a regression guard on pages tuned on, not a quality claim.</summary>
    public const string SamplesSection = "samplesRegression";

    /// <summary>The section of eval-thresholds.json for eval/documents: documents written for evaluation and never tuned on.</summary>
    public const string HeldOutDocumentsSection = "heldOutDocuments";

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, "thresholds", "baseline", "workers", "results", "section", PipelineOptionsFile.Option);
        if (parsed.Positionals.Count != 1) throw new UsageException("eval needs exactly one DIR");
        string directory = parsed.Positionals[0];
        if (!Directory.Exists(directory)) throw new UsageException($"{directory} is not a directory");
        bool baseline = parsed.Option("baseline") is { } b && (b == "tesseract" ? true : throw new UsageException("--baseline supports only 'tesseract'"));
        string? resultsDirectory = parsed.Option("results");
        if (resultsDirectory is not null && !Directory.Exists(resultsDirectory)) throw new UsageException($"{resultsDirectory} is not a directory");
        var thresholds = LoadThresholds(parsed.Option("thresholds"), parsed.Option("section"), directory, context);
        var options = new ExtractionOptions { Workers = parsed.PositiveInt("workers", Environment.ProcessorCount), Pipeline = PipelineOptionsFile.From(parsed) };

        var cases = Directory.GetFiles(directory, "*" + ExpectedSuffix).Order(StringComparer.Ordinal).ToList();
        if (cases.Count == 0) throw new UsageException($"no *{ExpectedSuffix} files in {directory}");

        var engines = context.CreateEngines(options);
        using var extractor = new ExtractionPipeline(options, engines);
        using var images = baseline ? new PageImages() : null;
        var opener = new DocumentOpener(options, engines.ImageDecoder);
        var tesseract = new TesseractCli();

        EvalReport.WriteHeader(context.Out);
        var overall = new EvalScores();
        int failed = 0;
        foreach (var expectedPath in cases)
        {
            string name = Path.GetFileName(expectedPath)[..^ExpectedSuffix.Length];
            try
            {
                string input = FindInput(directory, name);
                var expected = ExtractionJson.Deserialize(File.ReadAllText(expectedPath));
                var actual = resultsDirectory is null ? extractor.Extract(input) : ReadResult(resultsDirectory, name);
                var scores = ResultComparer.Compare(expected, actual);
                if (images is not null) scores = scores with { BaselineCer = BaselineCer(input, expected, images, opener, tesseract) };
                EvalReport.WriteRow(context.Out, name, scores);
                overall += scores;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                context.ReportFileError(name, e is System.Text.Json.JsonException ? $"expected result is not valid JSON: {e.Message}" : CliContext.Describe(e));
                failed++;
            }
        }
        EvalReport.WriteRow(context.Out, "OVERALL", overall);

        var violations = thresholds?.Violations(overall) ?? [];
        foreach (var violation in violations) context.Error.WriteLine($"docingest: eval: {violation}");
        return failed == 0 && violations.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>NAME.json from an earlier <c>docingest extract --format json --out DIR</c> (scoring without extracting twice).</summary>
    private static ExtractionResult ReadResult(string directory, string name)
    {
        string path = Path.Combine(directory, name + ".json");
        if (!File.Exists(path)) throw new BadInputException($"no result {path} (run docingest extract --format json --out {directory} first)");
        return ExtractionJson.Deserialize(File.ReadAllText(path));
    }

    /// <summary>The input beside NAME.expected.json: NAME with any other extension.</summary>
    private static string FindInput(string directory, string name)
    {
        var inputs = Directory.GetFiles(directory, name + ".*")
            .Where(f => Path.GetFileNameWithoutExtension(f) == name && !f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return inputs.Count switch
        {
            1 => inputs[0],
            0 => throw new BadInputException($"no input file {name}.* beside {name}{ExpectedSuffix}"),
            _ => throw new BadInputException($"several input files for {name}: {string.Join(", ", inputs.Select(Path.GetFileName))}"),
        };
    }

    /// <summary>CER of the plain tesseract CLI on the same page images, over the pages that needed OCR.</summary>
    private static CerTally BaselineCer(string input, ExtractionResult expected, PageImages images, DocumentOpener opener, TesseractCli tesseract)
    {
        var total = default(CerTally);
        foreach (var page in images.Load(input, opener))
        {
            var wanted = expected.Pages.FirstOrDefault(p => p.Number == page.Number)?.Text ?? "";
            var (edits, length) = TextDistance.CerCounts(wanted, tesseract.Run(page.PgmPath).Text);
            total += new CerTally(edits, length);
        }
        return total;
    }

    /// <summary>
    /// --thresholds FILE (flat, or its --section), else the --section (default: the samples') of eval-thresholds.json in
    /// the current directory or the nearest parent of DIR or of it.
    /// </summary>
    private static EvalThresholds? LoadThresholds(string? path, string? section, string directory, CliContext context)
    {
        if (path is not null) return EvalThresholds.Load(path, section);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), Path.GetFullPath(directory) })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, ThresholdsFileName);
                if (File.Exists(candidate)) return EvalThresholds.Load(candidate, section ?? SamplesSection);
            }
        }
        context.Error.WriteLine($"docingest: eval: no {ThresholdsFileName} found; scores are printed but not judged");
        return null;
    }
}
