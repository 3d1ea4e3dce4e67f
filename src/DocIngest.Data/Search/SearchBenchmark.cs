using System.Diagnostics;
using DocIngest.Core.Extraction;
using DocIngest.Data.Entities;
using DocIngest.Data.Storage;

namespace DocIngest.Data.Search;

/// <summary>Latency figures of one benchmark run, in milliseconds.</summary>
public sealed record SearchBenchmarkResult(int Measures, TimeSpan LoadTime, int Queries, double MedianMs, double P95Ms, double MaxMs, double MeanHits);

/// <summary>
/// Generates a store of synthetic measure plans (many agencies and years, measures composed from the vocabulary of
/// real plans) through the normal <see cref="ResultStore"/> path, then times filtered and unfiltered Thai queries.
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

    public static readonly string[] Queries = ["ผลประโยชน์ทับซ้อน", "ร้องเรียน", "จัดซื้อจัดจ้าง", "เว็บไซต์", "สินบน", "ความพึงพอใจ", "งบประมาณ", "ควบคุมภายใน"];

    /// <summary>Fills an empty, migrated database with <paramref name="measureCount"/> measures (50 per document).</summary>
    public static async Task<TimeSpan> GenerateAsync(Func<DocIngestDbContext> createContext, int measureCount, int seed = 7)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        const int perDocument = 50;
        for (int d = 0; d * perDocument < measureCount; d++)
        {
            await using var db = createContext();
            string org = Kinds[random.Next(Kinds.Length)] + Places[random.Next(Places.Length)] + (d % 37);
            int year = 2560 + random.Next(8);
            var measures = Enumerable.Range(0, Math.Min(perDocument, measureCount - d * perDocument)).Select(i => new Measure
            {
                Number = i + 1,
                Title = $"{Verbs[random.Next(Verbs.Length)]}{Subjects[random.Next(Subjects.Length)]}ของ{org}",
                Steps = Enumerable.Range(0, 3).Select(_ => "จัดทำ" + Subjects[random.Next(Subjects.Length)] + "และรายงานผลต่อผู้บริหาร").ToList(),
                Responsible = [Units[random.Next(Units.Length)]],
                Period = new Period($"ตุลาคม {year - 1} - กันยายน {year}", null, null),
                Page = 1,
            }).ToList();
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(d)));
            var source = new SourceFile { Sha256 = sha, FileName = $"plan-{d}.pdf", ArchivePath = $"archive/{d}", CreatedAt = DateTime.UtcNow };
            db.SourceFiles.Add(source);
            await db.SaveChangesAsync();
            var result = new ExtractionResult
            {
                Source = new SourceInfo(source.FileName, sha, "application/pdf", 1),
                Pages = [new PageResult { Number = 1, Method = "ocr", Text = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส" }],
                Documents = [new Document { Kind = DocumentKind.MeasurePlan, PageStart = 1, PageEnd = 1, Organization = org, FiscalYear = year, Measures = measures }],
            };
            await new ResultStore(db, new SearchIndex(db)).SaveAsync(source, result);
        }
        return clock.Elapsed;
    }

    /// <summary>Short (one or two character) queries: no trigram, so they take the capped LIKE scan. Timed apart.</summary>
    public static readonly string[] ShortQueries = ["IT", "กอ"];

    /// <summary>The four filter sets every query is timed with, named as the report names them.</summary>
    public static readonly (string Name, SearchFilter Filter)[] Filters =
    [
        ("measures", new SearchFilter(Entity: "measure")), ("+year", new SearchFilter(FiscalYear: 2565, Entity: "measure")),
        ("+agency", new SearchFilter(Organization: "โคกคอน", Entity: "measure")), ("+unit", new SearchFilter(ResponsibleUnit: "กองคลัง", Entity: "measure")),
    ];

    /// <summary>
    /// Times each query <paramref name="rounds"/> times, alone and with an agency/year/unit filter (top 50 hits).
    /// The headline figures cover <see cref="Queries"/> only; <paramref name="byType"/> gets median and p95 per
    /// filter set and for <see cref="ShortQueries"/>.
    /// </summary>
    public static async Task<(double Median, double P95, double Max, double MeanHits, int Count)> MeasureAsync(Func<DocIngestDbContext> createContext, int rounds = 10,
        IDictionary<string, (double Median, double P95)>? byType = null)
    {
        var times = new List<double>();
        var perType = new Dictionary<string, List<double>>();
        long hits = 0;
        await using var db = createContext();
        var index = new SearchIndex(db);
        await index.SearchAsync(Queries[0], new SearchFilter()); // open the connection, warm the page cache
        for (int r = 0; r < rounds; r++)
        {
            foreach (var q in Queries)
                foreach (var (name, f) in Filters)
                {
                    var sw = Stopwatch.StartNew();
                    hits += (await index.SearchAsync(q, f)).Count;
                    double ms = sw.Elapsed.TotalMilliseconds;
                    times.Add(ms);
                    (perType.TryGetValue(name, out var list) ? list : perType[name] = []).Add(ms);
                }
            foreach (var q in ShortQueries)
                foreach (var (_, f) in Filters)
                {
                    var sw = Stopwatch.StartNew();
                    await index.SearchAsync(q, f);
                    (perType.TryGetValue("short", out var list) ? list : perType["short"] = []).Add(sw.Elapsed.TotalMilliseconds);
                }
        }
        if (byType is not null)
            foreach (var (name, list) in perType)
            {
                list.Sort();
                byType[name] = (Pct(list, 0.5), Pct(list, 0.95));
            }
        times.Sort();
        return (Pct(times, 0.5), Pct(times, 0.95), times[^1], (double)hits / times.Count, times.Count);
    }

    private static double Pct(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
