using DocIngest.Data;
using DocIngest.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Queries;

/// <summary>A search hit's document part: its record id, file, position in the file, and whether it is confirmed.</summary>
public sealed record HitPart(long Id, long SourceFileId, int Index, bool Confirmed);

/// <summary>What the search page shows beside its hits: each hit's measure facts (measure hits only), part and section.</summary>
public sealed record HitContext(IReadOnlyDictionary<long, MeasureDto> Measures, IReadOnlyDictionary<long, HitPart> Parts,
    IReadOnlyDictionary<long, int> SectionOrders);

/// <summary>
/// Search through <see cref="SearchIndex"/> (its internals are its own) and the facts around each hit: hits of every
/// kind carry an entity id of their own table and the part's record id, never a file id.
/// </summary>
public sealed class SearchQueries(DocIngestDbContext db, SearchIndex index, MeasureQueries measures)
{
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string q, SearchFilter filter, int take, CancellationToken ct) =>
        index.SearchAsync(q, filter, take, ct);

    public async Task<HitContext> ContextAsync(IReadOnlyList<SearchHit> hits, CancellationToken ct)
    {
        var measureIds = hits.Where(h => h.Entity == "measure").Select(h => h.EntityId).ToList();
        var sectionIds = hits.Where(h => h.Entity == "section").Select(h => h.EntityId).ToList();
        var partIds = hits.Select(h => h.DocumentId).Distinct().ToList();
        var found = await measures.LoadAsync(measureIds, ct);
        var sections = await db.Sections.AsNoTracking().Where(s => sectionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Order, ct);
        var parts = await db.Documents.AsNoTracking().Where(d => partIds.Contains(d.Id))
            .Select(d => new HitPart(d.Id, d.SourceFileId, d.Index, d.Confirmed)).ToDictionaryAsync(p => p.Id, ct);
        return new HitContext(found, parts, sections);
    }
}
