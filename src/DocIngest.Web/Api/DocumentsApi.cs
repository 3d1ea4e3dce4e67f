using DocIngest.Core.Extraction;
using DocIngest.Data.Jobs;
using DocIngest.Web.Access;
using DocIngest.Web.Hosting;
using DocIngest.Web.Ingestion;
using DocIngest.Web.Queries;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Api;

/// <summary>An accepted upload: its job, the outcome (Queued, Duplicate), and for a duplicate the file it duplicates.</summary>
public sealed record UploadAccepted(long JobId, string Outcome, long? DuplicateOfFileId = null, string? DuplicateOfName = null);

/// <summary>Files and jobs: the inbox list, a file's result, uploads, and retrying or removing failed files (reads through <see cref="DocumentQueries"/>).</summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("documents");
        api.MapGet("/", ListAsync).WithSummary("Ingested files with status and page progress, needs-review first.");
        api.MapGet("/{id:long}", GetAsync).WithSummary("The extraction result of one file (schema v1 JSON).");
        api.MapPost("/", UploadAsync).WithSummary("Upload a scan; it takes the same path as a file dropped in the watch folder.")
            .RequireAuthorization(AccessExtensions.CanReview).RequireAntiforgeryForCookies();
        app.MapGet("/api/jobs", JobsAsync).WithTags("documents").WithSummary("Every job, duplicates included.");
        app.MapPost("/api/jobs/{id:long}/retry", RetryAsync).WithTags("documents")
            .WithSummary("Queue a failed file again (its archived original is read afresh).")
            .RequireAuthorization(AccessExtensions.CanReview).RequireAntiforgeryForCookies();
        app.MapDelete("/api/jobs/{id:long}", RemoveAsync).WithTags("documents")
            .WithSummary("Remove a failed file from the inbox (its job, and its archived original when nothing else uses it).")
            .RequireAuthorization(AccessExtensions.CanReview).RequireAntiforgeryForCookies();
        return app;
    }

    private static async Task<IResult> ListAsync(DocumentQueries documents, string? status, CancellationToken ct, int skip = 0, int take = 100) =>
        Results.Ok(await documents.ListAsync(status, skip, take, ct));

    private static async Task<IResult> GetAsync(DocumentQueries documents, long id, CancellationToken ct)
    {
        var source = await documents.StateAsync(id, ct);
        if (source is null) return Problems.Result(Problems.NotFound, StatusCodes.Status404NotFound, $"ไม่พบไฟล์ {id}");
        if (!source.Done)
            return Problems.Result(Problems.NotReady, StatusCodes.Status409Conflict, $"ไฟล์ {id} ({source.FileName}) ยังอ่านไม่เสร็จ");
        var result = await documents.ResultAsync(id, ct);
        return Results.Text(ExtractionJson.Serialize(result!), "application/json; charset=utf-8");
    }

    private static async Task<IResult> JobsAsync(DocumentQueries documents, CancellationToken ct, int take = 200) =>
        Results.Ok(await documents.JobsAsync(take, ct));

    private static async Task<IResult> RetryAsync(FailedJobs failed, DocumentQueries documents, WorkSignal signal, long id, CancellationToken ct)
    {
        if (!await failed.RetryAsync(id, ct)) return await NotFailedAsync(documents, id, ct);
        signal.Notify();
        return Results.Accepted("/api/documents", new { jobId = id, outcome = "Queued" });
    }

    private static async Task<IResult> RemoveAsync(FailedJobs failed, DocumentQueries documents, long id, CancellationToken ct) =>
        await failed.RemoveAsync(id, ct) ? Results.NoContent() : await NotFailedAsync(documents, id, ct);

    private static async Task<IResult> NotFailedAsync(DocumentQueries documents, long id, CancellationToken ct) =>
        await documents.JobExistsAsync(id, ct)
            ? Problems.Result(Problems.NotFailed, StatusCodes.Status409Conflict, $"งาน {id} ไม่ได้อยู่ในสถานะล้มเหลว จึงส่งอ่านใหม่หรือลบไม่ได้")
            : Problems.Result(Problems.NotFound, StatusCodes.Status404NotFound, $"ไม่พบงาน {id}");

    private static async Task<IResult> UploadAsync(HttpRequest request, FileIntake intake, WorkSignal signal, DocumentQueries documents,
        IOptions<DocIngestOptions> options, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return Problems.Result(Problems.BadUpload, StatusCodes.Status400BadRequest, "ส่งไฟล์แบบ multipart/form-data ในช่อง 'file'");
        // Refused before the body is read when the client says how large it is; Kestrel's limit (set from the same
        // option) stops one that does not.
        if (request.ContentLength > options.Value.MaxFileBytes + DocIngestServiceExtensions.UploadEnvelopeBytes
            && FileIntake.OverLimit(request.ContentLength.Value, options.Value) is { } declared)
            return Problems.Result(Problems.TooLarge, StatusCodes.Status413PayloadTooLarge, declared);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Problems.Result(Problems.TooLarge, StatusCodes.Status413PayloadTooLarge,
                $"รับไฟล์ไม่ได้: {e.Message} (ขีดจำกัด {options.Value.MaxFileMegabytes} MB, DocIngest:MaxFileMegabytes)");
        }
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0)
            return Problems.Result(Problems.BadUpload, StatusCodes.Status400BadRequest, "ไม่มีไฟล์ หรือไฟล์ว่างเปล่า (๐ ไบต์)");
        if (FileIntake.OverLimit(file.Length, options.Value) is { } tooLarge)
            return Problems.Result(Problems.TooLarge, StatusCodes.Status413PayloadTooLarge, tooLarge);

        string temp = Path.Combine(Path.GetTempPath(), "docingest-upload-" + Guid.NewGuid().ToString("N") + Path.GetExtension(file.FileName));
        await using (var stream = File.Create(temp)) await file.CopyToAsync(stream, ct);
        try
        {
            var (outcome, jobId) = await intake.AcceptAsync(temp, Path.GetFileName(file.FileName), ct);
            signal.Notify();
            // A duplicate names the file that holds the same content, so the person can open it instead.
            var original = outcome == IntakeOutcome.Duplicate ? await documents.SourceOfJobAsync(jobId, ct) : null;
            return Results.Accepted($"/api/documents", new UploadAccepted(jobId, outcome.ToString(), original?.Id, original?.FileName));
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
