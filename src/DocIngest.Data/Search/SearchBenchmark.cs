using System.Diagnostics;
using DocIngest.Core.Extraction;
using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Search;

/// <summary>Latency figures of one benchmark run, in milliseconds.</summary>
public sealed record SearchBenchmarkResult(int Measures, TimeSpan LoadTime, int Queries, double MedianMs, double P95Ms, double MaxMs, double MeanHits);

/// <summary>
/// Generates a store of synthetic measure plans (many agencies and years, measures composed from the vocabulary of
/// real plans) straight into the search index through the store's own index writer (SQLite) or by COPY (PostgreSQL),
/// then times filtered and unfiltered Thai queries.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Subjects =
    [
        "การป้องกันผลประโยชน์ทับซ้อน", "การเปิดเผยข้อมูลต่อสาธารณะ", "การใช้ทรัพย์สินของราชการ", "การจัดซื้อจัดจ้าง", "การรับเรื่องร้องเรียน",
        "การให้บริการประชาชน", "การใช้จ่ายงบประมาณ", "การป้องกันการรับสินบน", "การส่งเสริมคุณธรรม", "การบริหารงานบุคคล",
        "การประเมินความพึงพอใจ", "การเผยแพร่ข้อมูลข่าวสาร", "การลดขั้นตอนการปฏิบัติงาน", "การปรับปรุงเว็บไซต์", "การควบคุมภายใน",
    ];
    private static readonly string[] Verbs = ["มาตรการ", "แนวทาง", "มาตรการส่งเสริม", "มาตรการป้องกัน", "แนวทางการพัฒนา"];
    private static readonly string[] Units = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม"];
    private static readonly string[] Places = ["โคกคอน", "กำปัง", "บึงกาฬ", "กาฬสินธุ์", "หนองบัว", "นาคู", "ดอนจาน", "สมเด็จ", "ท่าคันโท", "ยางตลาด"];
    private static readonly string[] Kinds = ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "องค์การบริหารส่วนจังหวัด"];

    /// <summary>Single Thai terms, as the first benchmark timed them.</summary>
    public static readonly string[] Queries = ["ผลประโยชน์ทับซ้อน", "ร้องเรียน", "จัดซื้อจัดจ้าง", "เว็บไซต์", "สินบน", "ความพึงพอใจ", "งบประมาณ", "ควบคุมภายใน"];

    /// <summary>
    /// Queries as people type them (issue 20), timed with the rest: spaced words, a year, Thai digits, a short form,
    /// a mark missing, a look-alike glyph, one letter wrong (the second, relaxed pass), and a phrase.
    /// </summary>
    public static readonly string[] TypedQueries =
        ["จัดซื้อ จัดจ้าง", "ร้องเรียน 2565", "งบประมาณ ๒๕๖๓", "อบต.โคกคอน เว็บไซต์", "ทรัพยสิน", "ร้องเรืยน", "การรับสินบบ", "\"ควบคุมภายใน\""];

    private const int PerDocument = 50;

    /// <summary>
    /// SQLite: fills the empty search index with <paramref name="measureCount"/> synthetic measures (50 per plan, one
    /// document row each) through the store's own index writer, in transactions of 1,000 plans. The entity tables
    /// stay empty: the search reads only the index, and a million measures through the whole store took 53 minutes.
    /// </summary>
    public static async Task<TimeSpan> GenerateSqliteIndexAsync(Func<DocIngestDbContext> createContext, int measureCount, int seed = 7)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        await using var db = createContext();
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = OFF;");
        string kind = KebabEnumConverter<DocumentKind>.Format(DocumentKind.MeasurePlan);
        long entityId = 0;
        for (int first = 0; first * PerDocument < measureCount; first += 1000)
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await using (var writer = new SearchIndex(db).CreateWriter())
                for (int d = first; d < first + 1000 && d * PerDocument < measureCount; d++)
                {
                    var (org, year, measures) = Compose(random, d, Math.Min(PerDocument, measureCount - d * PerDocument));
                    await writer.AddAsync(new SearchIndex.IndexEntry("document", ++entityId, d + 1, d + 1, org, year, kind, "", false, kind, PageText), default);
                    foreach (var m in measures)
                        await writer.AddAsync(new SearchIndex.IndexEntry("measure", ++entityId, d + 1, d + 1, org, year, kind, SearchIndex.UnitsKey(m.Responsible), false,
                            m.Title, SearchIndex.MeasureText(m.Steps, m.Progress, m.Period?.Text, m.Responsible)), default);
                }
            await tx.CommitAsync();
        }
        return clock.Elapsed;
    }

    /// <summary>
    /// PostgreSQL: fills the empty search index with the same synthetic plans (one document row and 50 measure rows
    /// each, the values <see cref="SearchIndex"/> would write) by binary COPY, the search index
    /// (<see cref="SearchIndex.PostgresRecentIndexSql"/>) dropped during the load and rebuilt after it. The entity tables stay empty: the search reads only the index, and
    /// a million measures through the store's row-by-row path took longer than the benchmark can wait.
    /// </summary>
    public static async Task<TimeSpan> GeneratePostgresIndexAsync(Func<DocIngestDbContext> createContext, int measureCount, int seed = 7)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        await using var db = createContext();
        var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        string table = SearchIndex.Table;
        await using (var drop = new Npgsql.NpgsqlCommand($"DROP INDEX IF EXISTS ix_{table}_recent;", connection))
            await drop.ExecuteNonQueryAsync();
        long entityId = 0;
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} (title, content, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units, confirmed, keys, loose, grams) FROM STDIN (FORMAT BINARY)"))
        {
            async Task Row(string entity, int d, string org, int year, string title, string content, string units)
            {
                string kind = KebabEnumConverter<DocumentKind>.Format(DocumentKind.MeasurePlan);
                var row = SearchIndex.PostgresRow(title, content, org, year, kind, units);
                await copy.StartRowAsync();
                await copy.WriteAsync(row.Title);
                await copy.WriteAsync(row.Content);
                await copy.WriteAsync(entity);
                await copy.WriteAsync(++entityId);
                await copy.WriteAsync((long)d + 1);
                await copy.WriteAsync((long)d + 1);
                await copy.WriteAsync(org);
                await copy.WriteAsync(year);
                await copy.WriteAsync(kind);
                await copy.WriteAsync(units);
                await copy.WriteAsync(false);
                await copy.WriteAsync(row.Keys);
                await copy.WriteAsync(row.Loose);
                await copy.WriteAsync(row.Grams);
            }
            for (int d = 0; d * PerDocument < measureCount; d++)
            {
                var (org, year, measures) = Compose(random, d, Math.Min(PerDocument, measureCount - d * PerDocument));
                await Row("document", d, org, year, KebabEnumConverter<DocumentKind>.Format(DocumentKind.MeasurePlan), PageText, "");
                foreach (var m in measures)
                    await Row("measure", d, org, year, m.Title, SearchIndex.MeasureText(m.Steps, m.Progress, m.Period?.Text, m.Responsible), SearchIndex.UnitsKey(m.Responsible));
            }
            await copy.CompleteAsync();
        }
        await using (var create = new Npgsql.NpgsqlCommand(
            "SET maintenance_work_mem = '256MB'; " + SearchIndex.PostgresRecentIndexSql, connection))
        {
            create.CommandTimeout = 0;
            await create.ExecuteNonQueryAsync();
        }
        await using (var vacuum = new Npgsql.NpgsqlCommand($"VACUUM ANALYZE {table}", connection) { CommandTimeout = 0 })
            await vacuum.ExecuteNonQueryAsync();
        return clock.Elapsed;
    }

    private const string PageText = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส";

    /// <summary>One synthetic plan: agency, fiscal year and <paramref name="count"/> measures composed from real plans' vocabulary.</summary>
    private static (string Org, int Year, List<Measure> Measures) Compose(Random random, int d, int count)
    {
        string org = Kinds[random.Next(Kinds.Length)] + Places[random.Next(Places.Length)] + (d % 37);
        int year = 2560 + random.Next(8);
        var measures = Enumerable.Range(0, count).Select(i => new Measure
        {
            Number = i + 1,
            Title = $"{Verbs[random.Next(Verbs.Length)]}{Subjects[random.Next(Subjects.Length)]}ของ{org}",
            Steps = Enumerable.Range(0, 3).Select(_ => "จัดทำ" + Subjects[random.Next(Subjects.Length)] + "และรายงานผลต่อผู้บริหาร").ToList(),
            Responsible = [Units[random.Next(Units.Length)]],
            Period = new Period($"ตุลาคม {year - 1} - กันยายน {year}", null, null),
            Page = 1,
        }).ToList();
        return (org, year, measures);
    }

    /// <summary>Short (one or two character) queries: no trigram, so they take the character-pair index.</summary>
    public static readonly string[] ShortQueries = ["IT", "กอ", "ก"];

    /// <summary>The four filter sets every query is timed with, named as the report names them.</summary>
    public static readonly (string Name, SearchFilter Filter)[] Filters =
    [
        ("measures", new SearchFilter(Entity: "measure")), ("+year", new SearchFilter(FiscalYear: 2565, Entity: "measure")),
        ("+agency", new SearchFilter(Organization: "โคกคอน", Entity: "measure")), ("+unit", new SearchFilter(ResponsibleUnit: "กองคลัง", Entity: "measure")),
    ];

    /// <summary>
    /// Times every query (<see cref="Queries"/>, <see cref="TypedQueries"/>, <see cref="ShortQueries"/>)
    /// <paramref name="rounds"/> times with each of the four filter sets (top 50 hits). The headline figures cover
    /// them all; <paramref name="byType"/> gets median and p95 per filter set, per query group (terms, typed, short) and
    /// per query (named with two leading spaces), and under "cpu" the processor time the process spent per query (all
    /// queries): on a shared machine wall-clock latency includes waiting for a core, processor time does not.
    /// <paramref name="byQueryAndFilter"/> gets median and p95 of each query with each filter set, slowest p95 first:
    /// where the tail of the headline comes from.
    /// </summary>
    public static async Task<(double Median, double P95, double Max, double MeanHits, int Count)> MeasureAsync(Func<DocIngestDbContext> createContext, int rounds = 10,
        IDictionary<string, (double Median, double P95)>? byType = null, IList<(string Query, string Filter, double Median, double P95)>? byQueryAndFilter = null)
    {
        var perQueryAndFilter = new Dictionary<(string, string), List<double>>();
        var times = new List<double>();
        var perType = new Dictionary<string, List<double>>();
        long hits = 0;
        await using var db = createContext();
        var index = new SearchIndex(db);
        await index.SearchAsync(Queries[0], new SearchFilter()); // open the connection, warm the page cache
        var groups = new[] { ("terms", Queries), ("typed", TypedQueries), ("short", ShortQueries) };
        for (int r = 0; r < rounds; r++)
            foreach (var (group, queries) in groups)
                foreach (var q in queries)
                    foreach (var (name, f) in Filters)
                    {
                        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                        var sw = Stopwatch.StartNew();
                        hits += (await index.SearchAsync(q, f)).Count;
                        double ms = sw.Elapsed.TotalMilliseconds;
                        (perType.TryGetValue("cpu", out var cpuList) ? cpuList : perType["cpu"] = []).Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                        times.Add(ms);
                        (perType.TryGetValue(name, out var list) ? list : perType[name] = []).Add(ms);
                        (perType.TryGetValue(group, out var g) ? g : perType[group] = []).Add(ms);
                        (perType.TryGetValue("  " + q, out var one) ? one : perType["  " + q] = []).Add(ms);
                        (perQueryAndFilter.TryGetValue((q, name), out var pair) ? pair : perQueryAndFilter[(q, name)] = []).Add(ms);
                    }
        if (byType is not null)
            foreach (var (name, list) in perType)
            {
                list.Sort();
                byType[name] = (Pct(list, 0.5), Pct(list, 0.95));
            }
        if (byQueryAndFilter is not null)
            foreach (var ((q, name), list) in perQueryAndFilter.OrderByDescending(x => Pct(x.Value.Order().ToList(), 0.95)))
            {
                list.Sort();
                byQueryAndFilter.Add((q, name, Pct(list, 0.5), Pct(list, 0.95)));
            }
        times.Sort();
        return (Pct(times, 0.5), Pct(times, 0.95), times[^1], (double)hits / times.Count, times.Count);
    }

    private static double Pct(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
