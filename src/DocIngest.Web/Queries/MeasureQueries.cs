using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Queries;

public sealed record PeriodDto(string? Text, DateOnly? Start, DateOnly? End);

/// <summary>A measure as the API returns it; documentId is the file (GET /api/documents/{id}).</summary>
public sealed record MeasureDto(long Id, long DocumentId, long DocumentPartId, int? Number, string Title, IReadOnlyList<string> Steps,
    IReadOnlyList<string> Responsible, PeriodDto? Period, string? Progress, string? Organization, int? FiscalYear, int? Page, string? Snippet,
    int Order = 0, int Part = 0, bool Confirmed = false);

/// <summary>
/// Measures as the search page, the measures API and the exports read them: one selection (search or filters) and
/// one shape, so an export holds what the page showed.
/// </summary>
public sealed class MeasureQueries(DocIngestDbContext db, SearchIndex index)
{
    /// <summary>
    /// The ids of the measures a search selects, in its order, with their highlighted snippets when there is a query;
    /// without one, the measures the filters select in document order.
    /// </summary>
    public async Task<(List<long> Ids, Dictionary<long, string> Snippets)> MatchingAsync(string? q, string? agency, int? year, string? unit,
        string? kind, int take, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(q))
        {
            var hits = await index.SearchAsync(q, new SearchFilter(agency, year, kind, unit, Entity: "measure"), take, ct);
            return (hits.Select(h => h.EntityId).ToList(), hits.ToDictionary(h => h.EntityId, h => h.Snippet));
        }
        var ids = await db.Measures.AsNoTracking()
            .Where(m => agency == null || m.Document!.Organization!.Contains(agency))
            .Where(m => year == null || m.Document!.FiscalYear == year)
            .Where(m => kind == null || m.Document!.Kind == kind)
            .Where(m => unit == null || m.Responsible.Any(r => r.Unit == unit))
            .OrderBy(m => m.DocumentId).ThenBy(m => m.Order).Select(m => m.Id).Take(take).ToListAsync(ct);
        return (ids, []);
    }

    /// <summary>The measures with these ids (those still stored), by id.</summary>
    public async Task<Dictionary<long, MeasureDto>> LoadAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        (await db.Measures.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Include(m => m.Steps).Include(m => m.Responsible).Include(m => m.Document).AsSplitQuery().ToListAsync(ct))
        .ToDictionary(m => m.Id, ToDto);

    /// <summary>The measures of some document parts, each part's rows in table order.</summary>
    public async Task<IReadOnlyList<MeasureDto>> OfDocumentsAsync(IReadOnlyCollection<long> documentIds, CancellationToken ct)
    {
        var ids = await db.Measures.AsNoTracking().Where(m => documentIds.Contains(m.DocumentId))
            .OrderBy(m => m.DocumentId).ThenBy(m => m.Order).Select(m => m.Id).ToListAsync(ct);
        var measures = await LoadAsync(ids, ct);
        return ids.Select(id => measures[id]).ToList();
    }

    internal static MeasureDto ToDto(MeasureRecord m) => new(m.Id, m.Document!.SourceFileId, m.DocumentId, m.Number, m.Title,
        m.Steps.OrderBy(s => s.Order).Select(s => s.Text).ToList(), m.Responsible.OrderBy(r => r.Order).Select(r => r.Unit).ToList(),
        m.PeriodText is null && m.PeriodStart is null ? null : new PeriodDto(m.PeriodText, m.PeriodStart, m.PeriodEnd),
        m.Progress, m.Document.Organization, m.Document.FiscalYear, m.Page, null, m.Order, m.Document.Index, m.Document.Confirmed);
}
