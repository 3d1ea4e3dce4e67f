using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Core.Extraction;
using DocIngest.Data.Jobs;
using DocIngest.Data.Storage;
using DocIngest.Web.Access;
using DocIngest.Web.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Api;

/// <summary>A file's place in the pipeline, as the inbox shows it.</summary>
public sealed record DocumentSummary(long Id, string FileName, string Status, int PagesDone, int PageCount, int Attempts, string? Error,
    DateTime CreatedAt, DateTime? FinishedAt, IReadOnlyList<DocumentPartSummary> Documents);

public sealed record DocumentPartSummary(long Id, int Index, string Kind, string? Title, string? Organization, int? FiscalYear, int PageStart, int PageEnd);

public sealed record UploadAccepted(long JobId, string Outcome);

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
        return app;
    }

    private static async Task<IResult> ListAsync(DocIngestDbContext db, string? status, int skip = 0, int take = 100)
    {
        var jobs = await db.Jobs.AsNoTracking().Where(j => j.Status != JobStatus.Duplicate && j.SourceFileId != null)
            .Where(j => status == null || j.Status.ToString() == status)
            .OrderBy(j => j.Status == JobStatus.NeedsReview ? 0 : 1).ThenByDescending(j => j.Id)
            .Skip(skip).Take(Math.Clamp(take, 1, 500)).ToListAsync();
        var sourceIds = jobs.Select(j => j.SourceFileId!.Value).ToList();
        var parts = (await db.Documents.AsNoTracking().Where(d => sourceIds.Contains(d.SourceFileId)).ToListAsync())
            .ToLookup(d => d.SourceFileId);
        return Results.Ok(jobs.Select(j => new DocumentSummary(j.SourceFileId!.Value, j.FileName, j.Status.ToString(), j.PagesDone, j.PageCount,
            j.Attempts, j.LastError, j.CreatedAt, j.FinishedAt,
            parts[j.SourceFileId!.Value].OrderBy(d => d.Index)
                .Select(d => new DocumentPartSummary(d.Id, d.Index, d.Kind, d.Subject ?? d.Title, d.Organization, d.FiscalYear, d.PageStart, d.PageEnd))
                .ToList())));
    }

    private static async Task<IResult> GetAsync(DocIngestDbContext db, long id, CancellationToken ct)
    {
        var source = await db.SourceFiles.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.FileName, Done = s.ResultJson != null })
            .FirstOrDefaultAsync(ct);
        if (source is null) return Results.Problem($"no document {id}", statusCode: StatusCodes.Status404NotFound);
        if (!source.Done)
            return Results.Problem($"document {id} ({source.FileName}) has not been processed yet", statusCode: StatusCodes.Status409Conflict);
        // The stored parse with people's corrections laid over it: corrected values win.
        var result = await StoredResult.BuildAsync(db, id, ct);
        return Results.Text(ExtractionJson.Serialize(result!), "application/json; charset=utf-8");
    }

    private static async Task<IResult> JobsAsync(DocIngestDbContext db, int take = 200) =>
        Results.Ok(await db.Jobs.AsNoTracking().OrderByDescending(j => j.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(j => new { j.Id, j.FileName, j.OriginalPath, Status = j.Status.ToString(), j.Attempts, j.LastError, j.PagesDone, j.PageCount, j.SourceFileId, j.DuplicateOfJobId, j.CreatedAt, j.FinishedAt })
            .ToListAsync());

    private static async Task<IResult> UploadAsync(HttpRequest request, FileIntake intake, WorkSignal signal,
        Microsoft.Extensions.Options.IOptions<DocIngest.Web.Hosting.DocIngestOptions> options, CancellationToken ct)
    {
        if (!request.HasFormContentType) return Results.Problem("send the file as multipart/form-data, field 'file'", statusCode: 400);
        // Refused before the body is read when the client says how large it is; Kestrel's limit (set from the same
        // option) stops one that does not.
        if (request.ContentLength > options.Value.MaxFileBytes + DocIngest.Web.Hosting.DocIngestServiceExtensions.UploadEnvelopeBytes
            && FileIntake.OverLimit(request.ContentLength.Value, options.Value) is { } declared)
            return Results.Problem(declared, statusCode: StatusCodes.Status413PayloadTooLarge);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Results.Problem($"upload refused: {e.Message} (limit {options.Value.MaxFileMegabytes} MB, DocIngest:MaxFileMegabytes)",
                statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0) return Results.Problem("no file, or an empty file, was uploaded", statusCode: 400);
        if (FileIntake.OverLimit(file.Length, options.Value) is { } tooLarge) return Results.Problem(tooLarge, statusCode: StatusCodes.Status413PayloadTooLarge);

        string temp = Path.Combine(Path.GetTempPath(), "docingest-upload-" + Guid.NewGuid().ToString("N") + Path.GetExtension(file.FileName));
        await using (var stream = File.Create(temp)) await file.CopyToAsync(stream, ct);
        try
        {
            var (outcome, jobId) = await intake.AcceptAsync(temp, Path.GetFileName(file.FileName), ct);
            signal.Notify();
            return Results.Accepted($"/api/documents", new UploadAccepted(jobId, outcome.ToString()));
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
