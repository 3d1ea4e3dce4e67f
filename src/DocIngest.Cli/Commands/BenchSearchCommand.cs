using System.Globalization;
using DocIngest.Cli.CommandLine;
using DocIngest.Data;
using DocIngest.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest bench-search [--measures N] [--db FILE | --postgres CONNECTION] [--rounds N]</c>: generates a store of N
/// synthetic measures (default 100,000) straight into the search index of a SQLite file
/// (<see cref="SearchBenchmark.GenerateSqliteIndexAsync"/>) or of the given PostgreSQL database
/// (<see cref="SearchBenchmark.GeneratePostgresIndexAsync"/>), unless it already holds
/// measures, then times Thai queries (single terms, queries as people type them, one- and two-letter queries), alone
/// and filtered, and prints median, p95 and max latency, per filter set, query group and query, and the slowest query
/// and filter pairs. Target: p95 under 50 ms.
/// </summary>
public static class BenchSearchCommand
{
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, "measures", "db", "rounds", "postgres");
        int measures = parsed.PositiveInt("measures", 100_000);
        int rounds = parsed.PositiveInt("rounds", 10);
        string? postgres = parsed.Option("postgres");
        if (postgres is not null && parsed.Option("db") is not null) throw new UsageException("bench-search takes --db or --postgres, not both");
        string path = Path.GetFullPath(parsed.Option("db") ?? Path.Combine(Path.GetTempPath(), $"docingest-bench-{measures}.db"));
        DocIngestDbContext Create() => postgres is null
            ? DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite, $"Data Source={path}")
            : DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, postgres);

        bool fresh;
        using (var db = Create())
        {
            db.MigrateAsync().GetAwaiter().GetResult();
            fresh = db.Database.SqlQueryRaw<long>(postgres is null ? SqliteCount : PostgresCount).Single() == 0;
        }
        string where = postgres is null ? path : "PostgreSQL";
        if (fresh)
        {
            context.Out.WriteLine($"generating {measures:N0} measures in {where} ...");
            var load = postgres is null
                ? SearchBenchmark.GenerateSqliteIndexAsync(Create, measures).GetAwaiter().GetResult()
                : SearchBenchmark.GeneratePostgresIndexAsync(Create, measures).GetAwaiter().GetResult();
            context.Out.WriteLine($"generated in {load.TotalSeconds:0} s");
        }
        int stored;
        using (var db = Create())
            stored = (int)db.Database.SqlQueryRaw<long>(postgres is null ? SqliteCount + MeasuresOnly : PostgresCount + MeasuresOnly).Single();
        var byType = new Dictionary<string, (double Median, double P95)>();
        var byQueryAndFilter = new List<(string Query, string Filter, double Median, double P95)>();
        var (median, p95, max, meanHits, count) = SearchBenchmark.MeasureAsync(Create, rounds, byType, byQueryAndFilter).GetAwaiter().GetResult();
        var c = CultureInfo.InvariantCulture;
        int queries = SearchBenchmark.Queries.Length + SearchBenchmark.TypedQueries.Length + SearchBenchmark.ShortQueries.Length;
        context.Out.WriteLine(string.Create(c, $"{where}: {stored:N0} measures; queries: {count} ({queries} queries x 4 filters x {rounds}), mean hits {meanHits:0}"));
        context.Out.WriteLine(string.Create(c, $"latency ms: median {median:0.0}  p95 {p95:0.0}  max {max:0.0}  (target p95 < 50)"));
        foreach (var (name, (typeMedian, typeP95)) in byType)
            context.Out.WriteLine(string.Create(c, $"  {name,-9} median {typeMedian:0.0}  p95 {typeP95:0.0}"));
        context.Out.WriteLine($"slowest query and filter ({rounds} runs each):");
        foreach (var (query, filter, queryMedian, queryP95) in byQueryAndFilter.Take(SlowestShown))
            context.Out.WriteLine(string.Create(c, $"  {query} [{filter}] median {queryMedian:0.0}  p95 {queryP95:0.0}"));
        context.Out.WriteLine($"  (terms: {SearchBenchmark.Queries.Length} single terms; typed: {string.Join(" | ", SearchBenchmark.TypedQueries)}; short: {string.Join(", ", SearchBenchmark.ShortQueries)})");
        return ExitCodes.Success;
    }

    // How many of the slowest query and filter pairs the report lists.
    private const int SlowestShown = 8;

    // Rows in the search index (both loads write only the index).
    private const string SqliteCount = $"SELECT count(*) AS \"Value\" FROM {SearchIndex.SqliteRowsTable}";
    private const string PostgresCount = $"SELECT count(*) AS \"Value\" FROM {SearchIndex.Table}";
    private const string MeasuresOnly = " WHERE entity = 'measure'";
}
