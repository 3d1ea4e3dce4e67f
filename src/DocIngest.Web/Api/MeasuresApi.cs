using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Api;

public sealed record PeriodDto(string? Text, DateOnly? Start, DateOnly? End);

/// <summary>A measure as the API returns it; documentId is the file (GET /api/documents/{id}).</summary>
public sealed record MeasureDto(long Id, long DocumentId, long DocumentPartId, int? Number, string Title, IReadOnlyList<string> Steps,
    IReadOnlyList<string> Responsible, PeriodDto? Period, string? Progress, string? Organization, int? FiscalYear, int? Page, string? Snippet,
    int Order = 0, int Part = 0, bool Confirmed = false);

public static class MeasuresApi
{
    public static IEndpointRouteBuilder MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/measures", SearchMeasuresAsync).WithTags("search")
            .WithSummary("Measures matching a Thai full-text query (q), filtered by agency, fiscal year, kind and responsible unit.");
        app.MapGet("/api/search", SearchAllAsync).WithTags("search")
            .WithSummary("Full-text search over measures, sections and document text.");
        return app;
    }

    /// <summary>
    /// Shortest query searched: one character matches nearly every row, so the index would scan all text for a
    /// result no one can use.
    /// </summary>
    public const int MinQueryLength = 2;

    /// <summary>A 400 for a query shorter than <see cref="MinQueryLength"/> (no query at all lists by filters), else null.</summary>
    internal static IResult? RefuseShortQuery(string? q) =>
        q is not null && q.Trim().Length is > 0 and < MinQueryLength
            ? Problems.Result(Problems.QueryTooShort, StatusCodes.Status400BadRequest, $"พิมพ์คำค้นอย่างน้อย {MinQueryLength} ตัวอักษร")
            : null;

    private static async Task<IResult> SearchMeasuresAsync(DocIngestDbContext db, SearchIndex index, string? q, string? agency, int? year,
        string? unit, string? kind, int take = 50, CancellationToken ct = default)
    {
        if (RefuseShortQuery(q) is { } refused) return refused;
        var (ids, snippets) = await MatchingAsync(db, index, q, agency, year, unit, kind, Math.Clamp(take, 1, 500), ct);
        var measures = await LoadAsync(db, ids, ct);
        return Results.Ok(ids.Where(measures.ContainsKey).Select(id => measures[id] with { Snippet = snippets.GetValueOrDefault(id) }));
    }

    /// <summary>
    /// The ids of the measures a search selects, in its order, with their highlighted snippets when there is a query:
    /// one selection for /api/measures and its exports, so an export holds what the search showed.
    /// </summary>
    internal static async Task<(List<long> Ids, Dictionary<long, string> Snippets)> MatchingAsync(DocIngestDbContext db, SearchIndex index,
        string? q, string? agency, int? year, string? unit, string? kind, int take, CancellationToken ct)
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

    internal static async Task<Dictionary<long, MeasureDto>> LoadAsync(DocIngestDbContext db, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        (await db.Measures.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Include(m => m.Steps).Include(m => m.Responsible).Include(m => m.Document).AsSplitQuery().ToListAsync(ct))
        .ToDictionary(m => m.Id, ToDto);

    internal static MeasureDto ToDto(MeasureRecord m) => new(m.Id, m.Document!.SourceFileId, m.DocumentId, m.Number, m.Title,
        m.Steps.OrderBy(s => s.Order).Select(s => s.Text).ToList(), m.Responsible.OrderBy(r => r.Order).Select(r => r.Unit).ToList(),
        m.PeriodText is null && m.PeriodStart is null ? null : new PeriodDto(m.PeriodText, m.PeriodStart, m.PeriodEnd),
        m.Progress, m.Document.Organization, m.Document.FiscalYear, m.Page, null, m.Order, m.Document.Index, m.Document.Confirmed);

    private static async Task<IResult> SearchAllAsync(SearchIndex index, string q, string? agency, int? year, string? kind, string? unit,
        string? entity, int take = 50, CancellationToken ct = default) =>
        RefuseShortQuery(string.IsNullOrWhiteSpace(q) ? "?" : q)
        ?? Results.Ok(await index.SearchAsync(q, new SearchFilter(agency, year, kind, unit, entity), Math.Clamp(take, 1, 500), ct));
}
