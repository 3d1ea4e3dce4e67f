using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Core.Extraction;
using DocIngest.Data.Jobs;
using DocIngest.Data.Storage;
using DocIngest.Web.Access;
using DocIngest.Web.Ingestion;
using DocIngest.Web.Ui;
using DocIngest.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Api;

/// <summary>
/// A file's place in the pipeline and the review, as the inbox shows it: <c>status</c> is the file's review status
/// (<see cref="ReviewStatus"/>: Confirmed once every part is confirmed, else the job's), <c>jobStatus</c> the job's own.
/// </summary>
public sealed record DocumentSummary(long Id, string FileName, string Status, int PagesDone, int PageCount, int Attempts, string? Error,
    DateTime CreatedAt, DateTime? FinishedAt, IReadOnlyList<DocumentPartSummary> Documents, string JobStatus = "", long JobId = 0,
    string? Reason = null);

public sealed record DocumentPartSummary(long Id, int Index, string Kind, string? Title, string? Organization, int? FiscalYear, int PageStart, int PageEnd,
    bool Confirmed = false);

/// <summary>An accepted upload: its job, the outcome (Queued, Duplicate), and for a duplicate the file it duplicates.</summary>
public sealed record UploadAccepted(long JobId, string Outcome, long? DuplicateOfFileId = null, string? DuplicateOfName = null);

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

    private static async Task<IResult> ListAsync(DocIngestDbContext db, string? status, int skip = 0, int take = 100)
    {
        // The review status is computed in the query, so the queue can be filtered and ordered by what needs a person.
        var rows = db.Jobs.AsNoTracking().Where(j => j.Status != JobStatus.Duplicate && j.SourceFileId != null)
            .Select(j => new
            {
                Job = j,
                Parts = db.Documents.Count(d => d.SourceFileId == j.SourceFileId),
                Confirmed = db.Documents.Count(d => d.SourceFileId == j.SourceFileId && d.Confirmed),
            })
            .Select(x => new { x.Job, x.Parts, x.Confirmed, Done = (x.Job.Status == JobStatus.Succeeded || x.Job.Status == JobStatus.NeedsReview) && x.Parts > 0 && x.Confirmed == x.Parts });
        if (status == ReviewStatus.Confirmed) rows = rows.Where(x => x.Done);
        else if (Enum.TryParse<JobStatus>(status, out var wanted)) rows = rows.Where(x => !x.Done && x.Job.Status == wanted);
        var page = await rows
            .OrderBy(x => x.Done ? 5 : x.Job.Status == JobStatus.NeedsReview ? 0 : x.Job.Status == JobStatus.Failed ? 1
                : x.Job.Status == JobStatus.Succeeded ? 2 : x.Job.Status == JobStatus.Running ? 3 : 4)
            .ThenByDescending(x => x.Job.Id)
            .Skip(skip).Take(Math.Clamp(take, 1, 500)).ToListAsync();
        var sourceIds = page.Select(x => x.Job.SourceFileId!.Value).ToList();
        var parts = (await db.Documents.AsNoTracking().Where(d => sourceIds.Contains(d.SourceFileId)).ToListAsync())
            .ToLookup(d => d.SourceFileId);
        return Results.Ok(page.Select(x => new DocumentSummary(x.Job.SourceFileId!.Value, x.Job.FileName,
            ReviewStatus.Of(x.Job.Status, x.Parts, x.Confirmed), x.Job.PagesDone, x.Job.PageCount,
            x.Job.Attempts, x.Job.LastError, x.Job.CreatedAt, x.Job.FinishedAt,
            parts[x.Job.SourceFileId!.Value].OrderBy(d => d.Index)
                .Select(d => new DocumentPartSummary(d.Id, d.Index, d.Kind, d.Subject ?? d.Title, d.Organization, d.FiscalYear, d.PageStart, d.PageEnd, d.Confirmed))
                .ToList(), x.Job.Status.ToString(), x.Job.Id, x.Job.LastError is null ? null : ThaiMessages.Thai(x.Job.LastError))));
    }

    private static async Task<IResult> GetAsync(DocIngestDbContext db, long id, CancellationToken ct)
    {
        var source = await db.SourceFiles.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.FileName, Done = s.ResultJson != null })
            .FirstOrDefaultAsync(ct);
        if (source is null) return Problems.Result(Problems.NotFound, StatusCodes.Status404NotFound, $"ไม่พบไฟล์ {id}");
        if (!source.Done)
            return Problems.Result(Problems.NotReady, StatusCodes.Status409Conflict, $"ไฟล์ {id} ({source.FileName}) ยังอ่านไม่เสร็จ");
        // The stored parse with people's corrections laid over it: corrected values win.
        var result = await StoredResult.BuildAsync(db, id, ct);
        return Results.Text(ExtractionJson.Serialize(result!), "application/json; charset=utf-8");
    }

    private static async Task<IResult> JobsAsync(DocIngestDbContext db, int take = 200) =>
        Results.Ok(await db.Jobs.AsNoTracking().OrderByDescending(j => j.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(j => new { j.Id, j.FileName, j.OriginalPath, Status = j.Status.ToString(), j.Attempts, j.LastError, j.PagesDone, j.PageCount, j.SourceFileId, j.DuplicateOfJobId, j.CreatedAt, j.FinishedAt })
            .ToListAsync());

    private static async Task<IResult> RetryAsync(DocIngestDbContext db, WorkSignal signal, TimeProvider clock, long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Only a failed job: one that is queued, running or done is not the person's to restart.
        int updated = await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Failed && j.SourceFileId != null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.NotBefore, now)
                .SetProperty(j => j.Attempts, 0).SetProperty(j => j.UnfinishedClaims, 0).SetProperty(j => j.LastError, (string?)null)
                .SetProperty(j => j.ClaimedBy, (string?)null).SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.FinishedAt, (DateTime?)null).SetProperty(j => j.PagesDone, 0), ct);
        if (updated == 0) return await NotFailedAsync(db, id, ct);
        signal.Notify();
        return Results.Accepted("/api/documents", new { jobId = id, outcome = "Queued" });
    }

    private static async Task<IResult> RemoveAsync(DocIngestDbContext db, IOptions<DocIngestOptions> options, IHostEnvironment host, long id, CancellationToken ct)
    {
        var job = await db.Jobs.Include(j => j.SourceFile).FirstOrDefaultAsync(j => j.Id == id, ct);
        if (job is null || job.Status != JobStatus.Failed) return await NotFailedAsync(db, id, ct);
        var source = job.SourceFile;
        db.Jobs.Remove(job);
        // The archived original goes too when no other job (a duplicate under another name) refers to it and it was never read.
        bool dropSource = source is not null && source.ResultJson is null
                          && !await db.Jobs.AnyAsync(j => j.SourceFileId == source.Id && j.Id != id, ct);
        if (dropSource) db.SourceFiles.Remove(source!);
        await db.SaveChangesAsync(ct);
        if (dropSource)
        {
            string archive = options.Value.DataPath(host.ContentRootPath, source!.ArchivePath);
            if (File.Exists(archive)) File.Delete(archive);
        }
        return Results.NoContent();
    }

    private static async Task<IResult> NotFailedAsync(DocIngestDbContext db, long id, CancellationToken ct) =>
        await db.Jobs.AnyAsync(j => j.Id == id, ct)
            ? Problems.Result(Problems.NotFailed, StatusCodes.Status409Conflict, $"งาน {id} ไม่ได้อยู่ในสถานะล้มเหลว จึงส่งอ่านใหม่หรือลบไม่ได้")
            : Problems.Result(Problems.NotFound, StatusCodes.Status404NotFound, $"ไม่พบงาน {id}");

    private static async Task<IResult> UploadAsync(HttpRequest request, FileIntake intake, WorkSignal signal, DocIngestDbContext db,
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
            var original = outcome == IntakeOutcome.Duplicate
                ? await db.Jobs.AsNoTracking().Where(j => j.Id == jobId && j.SourceFileId != null)
                    .Select(j => new { Id = j.SourceFileId!.Value, j.SourceFile!.FileName }).FirstOrDefaultAsync(ct)
                : null;
            return Results.Accepted($"/api/documents", new UploadAccepted(jobId, outcome.ToString(), original?.Id, original?.FileName));
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
