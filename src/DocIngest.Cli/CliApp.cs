using DocIngest.Cli.Commands;
using DocIngest.Cli.CommandLine;
using DocIngest.Ocr.Engine;

namespace DocIngest.Cli;

/// <summary>Exit codes of <c>docingest</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>A file could not be processed, or eval fell below its thresholds.</summary>
    public const int Failure = 1;
    public const int Usage = 2;
}

/// <summary>Dispatches <c>docingest extract|eval|bench</c>; usage errors are one line and exit code 2.</summary>
public static class CliApp
{
    public const string Usage =
        "usage: docingest extract FILE... [--format json|text] [--out DIR] [--workers N] [--without P,..] [--pipeline-options FILE]\n" +
        "       docingest eval DIR [--thresholds FILE] [--section NAME] [--results DIR] [--baseline tesseract] [--workers N] [--pipeline-options FILE]\n" +
        "       docingest eval-corpus DIR [--expected DIR] [--results DIR] [--out DIR] [--baseline tesseract] [--thresholds FILE] [--section NAME] [--workers N]\n" +
        "                             [--without PASS,...] [--ablate] [--ablate-passes PASS,...] [--ablate-every-page] [--pipeline-options FILE]\n" +
        "       docingest eval-search [FILE] [--thresholds FILE] [--postgres CONNECTION] [--verbose]\n" +
        "       docingest bench FILE... [--runs N] [--stages] [--calls FILE] [--pipeline-options FILE]\n" +
        "       docingest bench-search [--measures N] [--db FILE | --postgres CONNECTION] [--rounds N]\n" +
        "       docingest train-digits [train|evaluate] [...]\n" +
        "       docingest harvest-digits --out FILE [--split FILE] [--side tune|held-out] [--except DOC,...] [--pages N]\n" +
        "                                [--per-digit N] [--per-letter N]\n" +
        "       docingest harvest-digits --corpus-pages DIR --out FILE --held-back FILE [--hold-back-every N]\n" +
        "       docingest train-sections [--dir DIR] [--sections-only] [--force]\n" +
        "       docingest train-kinds [--dir DIR] [--force]\n" +
        "  (the service: dotnet run --project src/DocIngest.Web)";

    public static int Run(string[] args, CliContext context)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? context.Error : context.Out).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "extract" => ExtractCommand.Run(rest, context),
                "eval" => EvalCommand.Run(rest, context),
                "eval-corpus" => EvalCorpusCommand.Run(rest, context),
                "eval-search" => EvalSearchCommand.Run(rest, context),
                "bench" => BenchCommand.Run(rest, context),
                "bench-search" => BenchSearchCommand.Run(rest, context),
                "train-digits" => TrainCommands.Digits(rest, context),
                "harvest-digits" => HarvestDigitsCommand.Run(rest, context),
                "train-sections" => TrainCommands.Sections(rest, context),
                "train-kinds" => TrainCommands.Kinds(rest, context),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            context.Error.WriteLine($"docingest: {e.Message}");
            context.Error.WriteLine(Usage);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or TessdataNotFoundException)
        {
            // Configuration the command cannot run with (unreadable thresholds, an unknown pass name, no Tesseract
            // models found): one line, no trace.
            context.Error.WriteLine($"docingest: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
