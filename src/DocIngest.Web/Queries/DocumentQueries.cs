using DocIngest.Core.Extraction;
using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Data.Storage;
using DocIngest.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Queries;

/// <summary>
/// A file's place in the pipeline and the review, as the inbox shows it: <c>status</c> is the file's review status
/// (<see cref="ReviewStatus"/>: Confirmed once every part is confirmed, else the job's), <c>jobStatus</c> the job's own.
/// </summary>
public sealed record DocumentSummary(long Id, string FileName, string Status, int PagesDone, int PageCount, int Attempts, string? Error,
    DateTime CreatedAt, DateTime? FinishedAt, IReadOnlyList<DocumentPartSummary> Documents, string JobStatus = "", long JobId = 0,
    string? Reason = null);

/// <summary>One document of a file (a bundle holds several), as the inbox lists it.</summary>
public sealed record DocumentPartSummary(long Id, int Index, string Kind, string? Title, string? Organization, int? FiscalYear, int PageStart, int PageEnd,
    bool Confirmed = false);

/// <summary>A job as <c>GET /api/jobs</c> lists it, duplicates included.</summary>
public sealed record JobSummary(long Id, string FileName, string OriginalPath, string Status, int Attempts, string? LastError, int PagesDone,
    int PageCount, long? SourceFileId, long? DuplicateOfJobId, DateTime CreatedAt, DateTime? FinishedAt);

/// <summary>Whether a stored file exists and has been read: what <c>GET /api/documents/{id}</c> answers before the result.</summary>
public sealed record SourceFileState(string FileName, bool Done);

/// <summary>The files and jobs of the inbox, for the documents API.</summary>
public sealed class DocumentQueries(DocIngestDbContext db)
{
    /// <summary>
    /// Files with their review status, page progress and parts; what needs a person first (needs review, failed), then
    /// newest first. <paramref name="status"/> filters by review status (Confirmed) or job status.
    /// </summary>
    public async Task<IReadOnlyList<DocumentSummary>> ListAsync(string? status, int skip, int take, CancellationToken ct)
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
            .Skip(skip).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        var sourceIds = page.Select(x => x.Job.SourceFileId!.Value).ToList();
        var parts = (await db.Documents.AsNoTracking().Where(d => sourceIds.Contains(d.SourceFileId)).ToListAsync(ct))
            .ToLookup(d => d.SourceFileId);
        return page.Select(x => new DocumentSummary(x.Job.SourceFileId!.Value, x.Job.FileName,
            ReviewStatus.Of(x.Job.Status, x.Parts, x.Confirmed), x.Job.PagesDone, x.Job.PageCount,
            x.Job.Attempts, x.Job.LastError, x.Job.CreatedAt, x.Job.FinishedAt,
            parts[x.Job.SourceFileId!.Value].OrderBy(d => d.Index)
                .Select(d => new DocumentPartSummary(d.Id, d.Index, d.Kind, d.Subject ?? d.Title, d.Organization, d.FiscalYear, d.PageStart, d.PageEnd, d.Confirmed))
                .ToList(), x.Job.Status.ToString(), x.Job.Id, x.Job.LastError is null ? null : ThaiMessages.Thai(x.Job.LastError))).ToList();
    }

    /// <summary>The stored file's name and whether it has been read; null when there is no such file.</summary>
    public async Task<SourceFileState?> StateAsync(long fileId, CancellationToken ct) =>
        await db.SourceFiles.AsNoTracking().Where(s => s.Id == fileId).Select(s => new SourceFileState(s.FileName, s.ResultJson != null))
            .FirstOrDefaultAsync(ct);

    /// <summary>The stored parse with people's corrections laid over it (corrected values win); null when not read.</summary>
    public Task<ExtractionResult?> ResultAsync(long fileId, CancellationToken ct) => StoredResult.BuildAsync(db, fileId, ct);

    /// <summary>The newest <paramref name="take"/> jobs (1–1000), duplicates included.</summary>
    public async Task<IReadOnlyList<JobSummary>> JobsAsync(int take, CancellationToken ct) =>
        await db.Jobs.AsNoTracking().OrderByDescending(j => j.Id).Take(Math.Clamp(take, 1, 1000))
            .Select(j => new JobSummary(j.Id, j.FileName, j.OriginalPath, j.Status.ToString(), j.Attempts, j.LastError, j.PagesDone, j.PageCount,
                j.SourceFileId, j.DuplicateOfJobId, j.CreatedAt, j.FinishedAt))
            .ToListAsync(ct);

    /// <summary>True when a job with this id exists.</summary>
    public async Task<bool> JobExistsAsync(long jobId, CancellationToken ct) => await db.Jobs.AnyAsync(j => j.Id == jobId, ct);

    /// <summary>The stored file a job's content is held in (for a duplicate: the file it duplicates), or null.</summary>
    public async Task<(long Id, string FileName)?> SourceOfJobAsync(long jobId, CancellationToken ct)
    {
        var source = await db.Jobs.AsNoTracking().Where(j => j.Id == jobId && j.SourceFileId != null)
            .Select(j => new { Id = j.SourceFileId!.Value, j.SourceFile!.FileName }).FirstOrDefaultAsync(ct);
        return source is null ? null : (source.Id, source.FileName);
    }
}
