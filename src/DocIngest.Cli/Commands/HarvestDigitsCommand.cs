using System.Text.Json;
using DocIngest.Cli.CommandLine;
using DocIngest.Cli.Evaluation.Corpus;
using DocIngest.Ocr.Digits;
using DocIngest.Pipeline;
using DocIngest.Training.Digits;
using DocIngest.Training.Digits.Harvest;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest harvest-digits --out FILE [--split eval/corpus/split.json] [--side tune] [--except DOC,...] [--pages N]
/// [--per-digit N] [--per-letter N]</c>: cuts the digit and look-alike glyphs of the real corpus PDFs on one side of the split
/// (<see cref="RealDigitGlyphs"/>) into a glyph file that <c>train-digits --extra-glyphs FILE</c> trains on beside the
/// rendered fonts. Only the tuning side by default: the held-out documents' glyphs must stay unseen by the model.
/// <c>docingest harvest-digits --corpus-pages DIR --out FILE --held-back FILE [--hold-back-every N]</c> instead reads the
/// degraded tuning pages that <c>tools/corpus/prepare.py</c> wrote in DIR with the product and keeps the glyphs of the
/// digit runs it can label for certain from the page's text layer (<see cref="RealPageDigitHarvester"/>); every Nth page
/// of each document (default 4) goes to the held-back file instead, to check a model on real glyphs it was not fitted on.
/// Held-out pages are never read.
/// </summary>
public static class HarvestDigitsCommand
{
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, "out", "split", "side", "except", "pages", "per-digit", "per-letter", "corpus-pages", "held-back", "hold-back-every");
        string output = parsed.Option("out") ?? throw new UsageException("harvest-digits needs --out FILE");
        if (parsed.Option("corpus-pages") is { } pagesDirectory) return HarvestPages(pagesDirectory, output, parsed, context);
        string splitFile = parsed.Option("split") ?? "eval/corpus/split.json";
        string side = parsed.Choice("side", "tune", "held-out");
        var except = parsed.List("except");
        int pages = parsed.PositiveInt("pages", 40), perDigit = parsed.PositiveInt("per-digit", 300), perLetter = parsed.PositiveInt("per-letter", 40);
        if (!File.Exists(splitFile)) throw new UsageException($"{splitFile} not found");

        using var split = JsonDocument.Parse(File.ReadAllText(splitFile));
        string corpus = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(splitFile))!, "..", "..",
            split.RootElement.GetProperty("corpus").GetString() ?? "../shared/corpus"));
        var documents = split.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("split").GetString() == side)
            .Select(d => d.GetProperty("name").GetString()!)
            .Where(name => !except.Contains(name))
            .ToList();
        var unknown = except.Where(name => !split.RootElement.GetProperty("documents").EnumerateArray().Any(d => d.GetProperty("name").GetString() == name)).ToList();
        if (unknown.Count > 0) throw new UsageException($"--except names no document of {splitFile}: {string.Join(", ", unknown)}");

        context.Out.WriteLine($"harvesting digit glyphs from {documents.Count} {side} documents in {corpus}");
        var harvester = new RealDigitGlyphs(context.Out);
        var glyphs = documents.SelectMany(name => harvester.Harvest(Path.Combine(corpus, name + ".pdf"), "corpus " + name, pages, perDigit, perLetter)).ToList();
        CleanGlyphCache.Save(output, glyphs);
        context.Out.WriteLine($"{glyphs.Count} glyphs written to {output}");
        return ExitCodes.Success;
    }

    private static int HarvestPages(string directory, string output, ParsedArguments parsed, CliContext context)
    {
        string heldBackFile = parsed.Option("held-back") ?? throw new UsageException("harvest-digits --corpus-pages needs --held-back FILE");
        int every = parsed.PositiveInt("hold-back-every", 4);
        var pages = new List<HarvestPage>();
        var heldBack = new HashSet<string>();
        foreach (var document in CorpusManifest.Load(directory).Where(p => p.Split == CorpusPage.Tune).GroupBy(p => p.Document).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int index = 0;
            foreach (var page in document.OrderBy(p => p.Page))
            {
                var truth = LayerTruth.Read(page.Pdf, page.Page);
                if (LayerTruth.Problem(truth) is { } problem)
                {
                    context.Out.WriteLine($"  {page.Id}: skipped, its layer is no truth ({problem})");
                    continue;
                }
                // The second page of every group of N: a one- or two-page document keeps its glyphs for training.
                if (++index % every == 2 % every) heldBack.Add(page.Id);
                pages.Add(new HarvestPage(page.Id, page.Document, page.Kind, Path.Combine(directory, page.Image), LayerTruth.Fold(truth.Text)));
            }
        }
        context.Out.WriteLine($"harvesting digit glyphs from {pages.Count} tuning pages in {directory} ({heldBack.Count} held back: {string.Join(", ", heldBack.Order(StringComparer.Ordinal))})");
        var harvested = new RealPageDigitHarvester(context.Out).Harvest(pages, new ExtractionOptions { Workers = 1 }, LayerTruth.Fold);
        var train = harvested.Where(h => !heldBack.Contains(h.Page.Id)).SelectMany(h => h.Glyphs).ToList();
        var test = harvested.Where(h => heldBack.Contains(h.Page.Id)).SelectMany(h => h.Glyphs).ToList();
        CleanGlyphCache.Save(output, train);
        CleanGlyphCache.Save(heldBackFile, test);

        // Counts per digit and per page kind, the training part and the held-back part apart.
        context.Out.WriteLine($"| kind | pages | runs | labelled | {string.Join(" | ", DigitClasses.ThaiDigits.Select(c => c.ToString()))} | digits |");
        context.Out.WriteLine($"| --- | ---: | ---: | ---: | {string.Join(" | ", DigitClasses.ThaiDigits.Select(_ => "---:"))} | ---: |");
        foreach (var group in harvested.GroupBy(h => h.Page.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(harvested.GroupBy(_ => "all").Single()))
        {
            var glyphs = group.SelectMany(h => h.Glyphs).ToList();
            var perDigit = Enumerable.Range(0, 10).Select(d => glyphs.Count(g => DigitClasses.DigitOf(g.Label) == d));
            context.Out.WriteLine($"| {group.Key} | {group.Count()} | {group.Sum(h => h.Runs)} | {group.Sum(h => h.Labelled)} | {string.Join(" | ", perDigit)} | {glyphs.Count} |");
        }
        context.Out.WriteLine($"{train.Count} glyphs written to {output}, {test.Count} held back to {heldBackFile}");
        return ExitCodes.Success;
    }
}
