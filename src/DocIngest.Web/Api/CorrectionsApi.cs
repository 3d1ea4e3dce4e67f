using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Web.Access;
using DocIngest.Web.Queries;

namespace DocIngest.Web.Api;

/// <summary>One value to change: target (Document, Section, Measure, Indicator, ItaResult, Member, Signature), its order, field, new value.</summary>
public sealed record CorrectionEdit(string Target, int Order, string Field, string? Value);

/// <summary>
/// A save: edits, optional confirmation, the revision the values were read at (a stale one is refused with 409 and the
/// other person's corrections) and an optional measure-table arrangement (see <see cref="MeasureRows"/>: "0,+,2").
/// </summary>
public sealed record CorrectionRequest(IReadOnlyList<CorrectionEdit> Edits, bool Confirm = false, int? Revision = null, string? Rows = null);

/// <summary>One audited change; <c>label</c> says which value it was in the words of the review form (Thai).</summary>
public sealed record CorrectionDto(long Id, int DocumentIndex, string Target, int Order, string Field, string? OldValue, string? NewValue,
    string UserName, DateTime At, string Label = "", int Revision = 0);

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

    private static async Task<IResult> CorrectAsync(ReviewQueries review, CorrectionService corrections, HttpContext http, long id, int index,
        CorrectionRequest request, CancellationToken ct)
    {
        long? documentId = await review.PartIdAsync(id, index, ct);
        if (documentId is null) return Problems.Result(Problems.NotFound, StatusCodes.Status404NotFound, $"ไฟล์ {id} ไม่มีเอกสารส่วนที่ {index}");

        var edits = new List<FieldEdit>();
        foreach (var e in request.Edits ?? [])
        {
            if (!Enum.TryParse<CorrectionTarget>(e.Target, ignoreCase: true, out var target))
                return Problems.Result(Problems.UnknownField, StatusCodes.Status400BadRequest, $"ไม่รู้จักประเภทค่า '{e.Target}'");
            edits.Add(new FieldEdit(target, e.Order, e.Field, e.Value));
        }
        string user = http.User.Identity?.Name ?? "?";
        try
        {
            var outcome = await corrections.SaveAsync(new DocumentSave(documentId.Value, edits, user, request.Confirm, request.Revision, request.Rows), ct);
            http.Response.Headers["X-Revision"] = outcome.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Ok(outcome.Written.Select(ToDto));
        }
        catch (CorrectionConflictException e)
        {
            return Problems.Result(Problems.Conflict, StatusCodes.Status409Conflict, e.Message, new Dictionary<string, object?>
            {
                ["revision"] = e.CurrentRevision,
                ["corrections"] = e.Since.Select(ToDto).ToList(),
            });
        }
        catch (CorrectionException e)
        {
            return e.Problem switch
            {
                CorrectionProblem.NotFound => Problems.Result(Problems.NotFound, StatusCodes.Status404NotFound, e.Message),
                CorrectionProblem.UnknownField => Problems.Result(Problems.UnknownField, StatusCodes.Status400BadRequest, e.Message),
                _ => Problems.Result(Problems.InvalidCorrection, StatusCodes.Status400BadRequest, e.Message),
            };
        }
    }

    internal static CorrectionDto ToDto(Correction c) =>
        new(c.Id, c.DocumentIndex, c.Target.ToString(), c.TargetOrder, c.Field, c.OldValue, c.NewValue, c.UserName, c.At,
            CorrectionFields.Describe(c.Target, c.TargetOrder, c.Field), c.Revision);
}
