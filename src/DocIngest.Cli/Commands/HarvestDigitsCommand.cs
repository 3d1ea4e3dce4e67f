using System.Text.Json;
using DocIngest.Cli.CommandLine;
using DocIngest.Training.Digits;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest harvest-digits --out FILE [--split eval/corpus/split.json] [--side tune] [--except DOC,...] [--pages N]
/// [--per-digit N] [--per-letter N]</c>: cuts the digit and look-alike glyphs of the real corpus PDFs on one side of the split
/// (<see cref="RealDigitGlyphs"/>) into a glyph file that <c>train-digits --extra-glyphs FILE</c> trains on beside the
/// rendered fonts. Only the tuning side by default: the held-out documents' glyphs must stay unseen by the model.
/// </summary>
public static class HarvestDigitsCommand
{
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, "out", "split", "side", "except", "pages", "per-digit", "per-letter");
        string output = parsed.Option("out") ?? throw new UsageException("harvest-digits needs --out FILE");
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
}
