using System.Globalization;
using DocIngest.Cli.CommandLine;
using DocIngest.Data;
using DocIngest.Data.Search;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest bench-search [--measures N] [--db FILE] [--rounds N]</c>: generates a SQLite store of N synthetic measures
/// (default 100,000) unless FILE already holds one, then times Thai full-text queries, alone and filtered, and prints
/// median, p95 and max latency. Target: p95 under 50 ms.
/// </summary>
public static class BenchSearchCommand
{
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, "measures", "db", "rounds");
        int measures = parsed.PositiveInt("measures", 100_000);
        int rounds = parsed.PositiveInt("rounds", 10);
        string path = Path.GetFullPath(parsed.Option("db") ?? Path.Combine(Path.GetTempPath(), $"docingest-bench-{measures}.db"));
        string connection = $"Data Source={path}";
        DocIngestDbContext Create() => DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite, connection);

        bool fresh = !File.Exists(path);
        using (var db = Create()) db.MigrateAsync().GetAwaiter().GetResult();
        if (fresh)
        {
            context.Out.WriteLine($"generating {measures:N0} measures in {path} ...");
            var load = SearchBenchmark.GenerateAsync(Create, measures).GetAwaiter().GetResult();
            context.Out.WriteLine($"generated in {load.TotalSeconds:0} s");
        }
        var byType = new Dictionary<string, (double Median, double P95)>();
        var (median, p95, max, meanHits, count) = SearchBenchmark.MeasureAsync(Create, rounds, byType).GetAwaiter().GetResult();
        var c = CultureInfo.InvariantCulture;
        context.Out.WriteLine(string.Create(c, $"queries: {count} ({SearchBenchmark.Queries.Length} Thai terms x 4 filters x {rounds}), mean hits {meanHits:0}"));
        context.Out.WriteLine(string.Create(c, $"latency ms: median {median:0.0}  p95 {p95:0.0}  max {max:0.0}  (target p95 < 50)"));
        foreach (var (name, (typeMedian, typeP95)) in byType)
            context.Out.WriteLine(string.Create(c, $"  {name,-9} median {typeMedian:0.0}  p95 {typeP95:0.0}"));
        context.Out.WriteLine($"  (short: {string.Join(", ", SearchBenchmark.ShortQueries)} x 4 filters x {rounds}, not in the figures above)");
        return ExitCodes.Success;
    }
}
