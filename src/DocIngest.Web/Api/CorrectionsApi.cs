using DocIngest.Data;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Web.Access;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Api;

/// <summary>One value to change: target (Document, Section, Measure, Indicator, ItaResult, Member, Signature), its order, field, new value.</summary>
public sealed record CorrectionEdit(string Target, int Order, string Field, string? Value);

public sealed record CorrectionRequest(IReadOnlyList<CorrectionEdit> Edits, bool Confirm = false);

public sealed record CorrectionDto(long Id, int DocumentIndex, string Target, int Order, string Field, string? OldValue, string? NewValue,
    string UserName, DateTime At);

/// <summary>Corrections from scripts (Basic auth) or the UI's scripts: the same audited path as the review page.</summary>
public static class CorrectionsApi
{
    public static IEndpointRouteBuilder MapCorrectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents/{id:long}").WithTags("corrections");
        api.MapGet("/corrections", HistoryAsync).WithSummary("The audit history of a file's documents, newest first.");
        api.MapPost("/parts/{index:int}/corrections", CorrectAsync)
            .WithSummary("Correct values of the index-th document of the file (and optionally confirm it); corrected values survive re-parsing.")
            .RequireAuthorization(AccessExtensions.CanReview).RequireAntiforgeryForCookies();
        return app;
    }

    private static async Task<IResult> HistoryAsync(CorrectionService corrections, long id, CancellationToken ct) =>
        Results.Ok((await corrections.HistoryAsync(id, ct)).Select(ToDto));

    private static async Task<IResult> CorrectAsync(DocIngestDbContext db, CorrectionService corrections, HttpContext http, long id, int index,
        CorrectionRequest request, CancellationToken ct)
    {
        long? documentId = await db.Documents.Where(d => d.SourceFileId == id && d.Index == index).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct);
        if (documentId is null) return Results.Problem($"file {id} has no document {index}", statusCode: StatusCodes.Status404NotFound);

        var edits = new List<FieldEdit>();
        foreach (var e in request.Edits ?? [])
        {
            if (!Enum.TryParse<CorrectionTarget>(e.Target, ignoreCase: true, out var target))
                return Results.Problem($"unknown target '{e.Target}'", statusCode: StatusCodes.Status400BadRequest);
            edits.Add(new FieldEdit(target, e.Order, e.Field, e.Value));
        }
        string user = http.User.Identity?.Name ?? "?";
        try
        {
            var written = await corrections.ApplyAsync(documentId.Value, edits, user, ct);
            if (request.Confirm) await corrections.ConfirmAsync(documentId.Value, user, ct);
            return Results.Ok(written.Select(ToDto));
        }
        catch (CorrectionException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static CorrectionDto ToDto(Correction c) =>
        new(c.Id, c.DocumentIndex, c.Target.ToString(), c.TargetOrder, c.Field, c.OldValue, c.NewValue, c.UserName, c.At);
}
