using DocIngest.Web.Queries;

namespace DocIngest.Web.Api;

/// <summary>Side-by-side comparison over HTTP: the same <see cref="CompareQueries"/> the compare page uses.</summary>
public static class CompareApi
{
    public static IEndpointRouteBuilder MapCompareApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/compare", CompareAsync).WithTags("compare")
            .WithSummary("?agency=A&years=2565,2566 or ?year=2566&agencies=A,B: measures lined up by similarity, ITA scores and indicator changes.");
        return app;
    }

    private static async Task<IResult> CompareAsync(CompareQueries compare, string? agency, string? years, int? year, string? agencies, CancellationToken ct)
    {
        var columns = CompareQueries.ParseColumns(agency, years, year, agencies);
        if (columns is null)
            return Problems.Result(Problems.BadRequest, StatusCodes.Status400BadRequest, $"ระบุ agency กับ years=ปี1,ปี2 หรือ year กับ agencies=หน่วยงาน1,หน่วยงาน2 (ไม่เกิน {CompareQueries.MaxColumns} คอลัมน์)");
        return Results.Ok(await compare.BuildAsync(columns, ct));
    }
}
