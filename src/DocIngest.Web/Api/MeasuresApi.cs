using DocIngest.Data.Search;
using DocIngest.Web.Queries;

namespace DocIngest.Web.Api;

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

    private static async Task<IResult> SearchMeasuresAsync(MeasureQueries measures, string? q, string? agency, int? year,
        string? unit, string? kind, int take = 50, CancellationToken ct = default)
    {
        if (RefuseShortQuery(q) is { } refused) return refused;
        var (ids, snippets) = await measures.MatchingAsync(q, agency, year, unit, kind, Math.Clamp(take, 1, 500), ct);
        var found = await measures.LoadAsync(ids, ct);
        return Results.Ok(ids.Where(found.ContainsKey).Select(id => found[id] with { Snippet = snippets.GetValueOrDefault(id) }));
    }

    private static async Task<IResult> SearchAllAsync(SearchQueries search, string q, string? agency, int? year, string? kind, string? unit,
        string? entity, int take = 50, CancellationToken ct = default) =>
        RefuseShortQuery(string.IsNullOrWhiteSpace(q) ? "?" : q)
        ?? Results.Ok(await search.SearchAsync(q, new SearchFilter(agency, year, kind, unit, entity), Math.Clamp(take, 1, 500), ct));
}
