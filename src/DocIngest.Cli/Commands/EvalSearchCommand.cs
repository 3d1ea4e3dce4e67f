using System.Globalization;
using DocIngest.Cli.CommandLine;
using DocIngest.Cli.Evaluation;
using DocIngest.Cli.Evaluation.Search;
using DocIngest.Data;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest eval-search [FILE] [--thresholds FILE] [--postgres CONNECTION] [--verbose]</c>: stores the search-quality
/// set (default eval/search/quality.json) in a fresh database (SQLite in a temporary folder, or the given empty
/// PostgreSQL database), runs its queries over measures and prints recall@10 and MRR per query type and overall;
/// fails when they miss the <c>searchQuality</c> section of eval-thresholds.json.
/// </summary>
public static class EvalSearchCommand
{
    public const string DefaultSet = "eval/search/quality.json";
    public const string ThresholdsSection = "searchQuality";
    private static readonly string[] MetricNames = ["recall10", "mrr"];

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, ["verbose"], "thresholds", "postgres");
        if (parsed.Positionals.Count > 1) throw new UsageException("eval-search takes at most one FILE");
        string path = parsed.Positionals.Count == 1 ? parsed.Positionals[0] : DefaultSet;
        if (!File.Exists(path)) throw new UsageException($"{path} does not exist");
        var set = SearchQualitySet.Load(path);
        string? thresholdsPath = parsed.Option("thresholds") ?? (File.Exists(EvalCommand.ThresholdsFileName) ? EvalCommand.ThresholdsFileName : null);
        var thresholds = thresholdsPath is null ? null : EvalThresholds.Load(thresholdsPath, ThresholdsSection, MetricNames);
        if (thresholds is null) context.Error.WriteLine($"docingest: eval-search: no {EvalCommand.ThresholdsFileName} here; scores are printed but not judged");
        bool verbose = parsed.Flag("verbose");

        string? postgres = parsed.Option("postgres");
        string directory = Path.Combine(Path.GetTempPath(), "docingest-eval-search-" + Guid.NewGuid().ToString("N")[..8]);
        if (postgres is null) Directory.CreateDirectory(directory);
        try
        {
            DocIngestDbContext Create() => postgres is null
                ? DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "search.db")};Pooling=false")
                : DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, postgres);
            using (var db = Create()) db.MigrateAsync().GetAwaiter().GetResult();
            var ids = set.StoreAsync(Create).GetAwaiter().GetResult();
            var scores = set.ScoreAsync(Create, ids).GetAwaiter().GetResult();
            return Report(context, scores, thresholds, verbose, set.Documents.Sum(d => d.Measures.Count));
        }
        finally
        {
            if (postgres is null) Directory.Delete(directory, recursive: true);
        }
    }

    private static int Report(CliContext context, IReadOnlyList<QueryScore> scores, EvalThresholds? thresholds, bool verbose, int measures)
    {
        var c = CultureInfo.InvariantCulture;
        var o = context.Out;
        o.WriteLine($"search quality: {scores.Count} queries over {measures} measures (top {SearchQualitySet.Depth})");
        foreach (var s in scores.Where(s => verbose || s.Recall < 1 || s.ReciprocalRank < 1))
            o.WriteLine(string.Create(c, $"  {s.Query.Type,-13} recall {s.Recall:0.00}  rr {s.ReciprocalRank:0.00}  hits {s.Hits,2} (ใกล้เคียง {s.ApproximateHits})  ranks [{string.Join(",", s.Ranks.Select(r => r?.ToString(c) ?? "-"))}]  {s.Query.Q}"));
        o.WriteLine("type           queries  recall@10  MRR");
        foreach (var g in scores.GroupBy(s => s.Query.Type))
            o.WriteLine(string.Create(c, $"{g.Key,-14} {g.Count(),7}  {g.Average(s => s.Recall),9:0.000}  {g.Average(s => s.ReciprocalRank):0.000}"));
        double recall = scores.Average(s => s.Recall), mrr = scores.Average(s => s.ReciprocalRank);
        o.WriteLine(string.Create(c, $"{"overall",-14} {scores.Count,7}  {recall,9:0.000}  {mrr:0.000}"));
        if (thresholds is null) return ExitCodes.Success;
        var violations = thresholds.Violations([("recall10", recall), ("mrr", mrr)]);
        foreach (var v in violations) context.Error.WriteLine($"docingest: eval-search: {v}");
        return violations.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
