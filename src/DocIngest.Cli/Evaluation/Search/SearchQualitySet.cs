using System.Text.Json;
using DocIngest.Core.Extraction;
using DocIngest.Data;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Cli.Evaluation.Search;

/// <summary>One measure of the quality set, as the parser would store it.</summary>
public sealed record QualityMeasure(string Key, string Title, IReadOnlyList<string> Steps, IReadOnlyList<string> Responsible, string? Period);

/// <summary>One plan of the quality set: its agency, fiscal year, review status and measures.</summary>
public sealed record QualityDocument(string Key, string? Organization, int? FiscalYear, bool Confirmed, string Source, IReadOnlyList<QualityMeasure> Measures);

/// <summary>A query with the measures it must find in the top 10 and, where ranking matters, the one that must come first.</summary>
public sealed record QualityQuery(string Type, string Q, IReadOnlyList<string> Expect, string? First = null);

/// <summary>How one query did: the rank (1-based) of each expected measure, or null when it was not returned.</summary>
public sealed record QueryScore(QualityQuery Query, IReadOnlyList<int?> Ranks, int? FirstRank, int Hits, int ApproximateHits)
{
    /// <summary>Share of the expected measures in the top 10.</summary>
    public double Recall => Ranks.Count(r => r is <= SearchQualitySet.Depth) / (double)Ranks.Count;

    /// <summary>1 / rank of the first relevant hit (the <c>first</c> measure when the query names one), 0 when none is in the top 10.</summary>
    public double ReciprocalRank => FirstRank is int r and <= SearchQualitySet.Depth ? 1.0 / r : 0;
}

/// <summary>
/// The search-quality set (eval/search/quality.json): measures stored through the normal <see cref="ResultStore"/> path
/// (confirmed ones confirmed through <see cref="CorrectionService"/>), then every query searched over measures and
/// scored by recall@10 and reciprocal rank.
/// </summary>
public sealed record SearchQualitySet(IReadOnlyList<QualityDocument> Documents, IReadOnlyList<QualityQuery> Queries)
{
    /// <summary>Results scored per query: recall@10 and MRR@10.</summary>
    public const int Depth = 10;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static SearchQualitySet Load(string path)
    {
        var set = JsonSerializer.Deserialize<SearchQualitySet>(File.ReadAllText(path), Json)
                  ?? throw new InvalidOperationException($"{path}: empty quality set");
        var keys = set.Documents.SelectMany(d => d.Measures).Select(m => m.Key).ToList();
        if (keys.Distinct().Count() != keys.Count) throw new InvalidOperationException($"{path}: measure keys repeat");
        var unknown = set.Queries.SelectMany(q => q.Expect.Append(q.First ?? q.Expect[0])).Where(k => !keys.Contains(k)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"{path}: queries name unknown measures {string.Join(", ", unknown.Distinct())}");
        if (set.Queries.Any(q => q.Expect.Count == 0)) throw new InvalidOperationException($"{path}: a query expects nothing");
        return set;
    }

    /// <summary>Stores the set's documents into an empty, migrated database; returns measure key -> measure id.</summary>
    public async Task<IReadOnlyDictionary<string, long>> StoreAsync(Func<DocIngestDbContext> createContext, CancellationToken ct = default)
    {
        var ids = new Dictionary<string, long>();
        for (int n = 0; n < Documents.Count; n++)
        {
            var d = Documents[n];
            await using var db = createContext();
            string sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(d.Key)));
            var source = new SourceFile { Sha256 = sha, FileName = d.Key + ".pdf", ArchivePath = "archive/" + sha, CreatedAt = DateTime.UtcNow };
            db.SourceFiles.Add(source);
            await db.SaveChangesAsync(ct);
            var result = new ExtractionResult
            {
                Source = new SourceInfo(source.FileName, sha, "application/pdf", 1),
                Pages = [new PageResult { Number = 1, Method = "text", Text = "" }],
                Documents =
                [
                    new Document
                    {
                        Kind = DocumentKind.MeasurePlan, PageStart = 1, PageEnd = 1, Organization = d.Organization, FiscalYear = d.FiscalYear,
                        Measures = d.Measures.Select((m, i) => new Measure
                        {
                            Number = i + 1, Title = m.Title, Steps = m.Steps, Responsible = m.Responsible,
                            Period = m.Period is null ? null : new Period(m.Period, null, null), Page = 1,
                        }).ToList(),
                    },
                ],
            };
            var index = new SearchIndex(db);
            await new ResultStore(db, index).SaveAsync(source, result, ct);
            var document = await db.Documents.AsNoTracking().Include(x => x.Measures).SingleAsync(x => x.SourceFileId == source.Id, ct);
            if (d.Confirmed) await new CorrectionService(db, index, TimeProvider.System).ConfirmAsync(document.Id, "eval-search", ct);
            var stored = document.Measures.OrderBy(m => m.Order).ToList();
            for (int i = 0; i < d.Measures.Count; i++) ids[d.Measures[i].Key] = stored[i].Id;
        }
        return ids;
    }

    /// <summary>Searches every query (measures only, top <see cref="Depth"/>) and scores it.</summary>
    public async Task<IReadOnlyList<QueryScore>> ScoreAsync(Func<DocIngestDbContext> createContext, IReadOnlyDictionary<string, long> ids, CancellationToken ct = default)
    {
        var scores = new List<QueryScore>();
        await using var db = createContext();
        var index = new SearchIndex(db);
        foreach (var query in Queries)
        {
            var hits = await index.SearchAsync(query.Q, new SearchFilter(Entity: "measure"), Depth, ct);
            var order = hits.Select(h => h.EntityId).ToList();
            int? RankOf(string key) => order.IndexOf(ids[key]) is var i and >= 0 ? i + 1 : null;
            var ranks = query.Expect.Select(RankOf).ToList();
            int? first = query.First is { } f ? RankOf(f) : ranks.Where(r => r is not null).Min();
            scores.Add(new QueryScore(query, ranks, first, hits.Count, hits.Count(h => h.Approximate)));
        }
        return scores;
    }
}
