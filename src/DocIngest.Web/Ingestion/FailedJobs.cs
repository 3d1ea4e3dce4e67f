using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Ingestion;

/// <summary>What a person may do with a failed file: queue it again, or remove it from the inbox.</summary>
public sealed class FailedJobs(DocIngestDbContext db, TimeProvider clock, IOptions<DocIngestOptions> options, IHostEnvironment host)
{
    /// <summary>Queues a failed job again (its archived original is read afresh); false when no failed job has this id.</summary>
    public async Task<bool> RetryAsync(long jobId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Only a failed job: one that is queued, running or done is not the person's to restart.
        int updated = await db.Jobs.Where(j => j.Id == jobId && j.Status == JobStatus.Failed && j.SourceFileId != null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.NotBefore, now)
                .SetProperty(j => j.Attempts, 0).SetProperty(j => j.UnfinishedClaims, 0).SetProperty(j => j.LastError, (string?)null)
                .SetProperty(j => j.ClaimedBy, (string?)null).SetProperty(j => j.LeaseUntil, (DateTime?)null)
                .SetProperty(j => j.FinishedAt, (DateTime?)null).SetProperty(j => j.PagesDone, 0), ct);
        return updated > 0;
    }

    /// <summary>
    /// Removes a failed job, and its archived original when no other job refers to it and it was never read; false when
    /// no failed job has this id.
    /// </summary>
    public async Task<bool> RemoveAsync(long jobId, CancellationToken ct)
    {
        var job = await db.Jobs.Include(j => j.SourceFile).FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.Status != JobStatus.Failed) return false;
        var source = job.SourceFile;
        db.Jobs.Remove(job);
        // The archived original goes too when no other job (a duplicate under another name) refers to it and it was never read.
        bool dropSource = source is not null && source.ResultJson is null
                          && !await db.Jobs.AnyAsync(j => j.SourceFileId == source.Id && j.Id != jobId, ct);
        if (dropSource) db.SourceFiles.Remove(source!);
        await db.SaveChangesAsync(ct);
        if (dropSource)
        {
            string archive = options.Value.DataPath(host.ContentRootPath, source!.ArchivePath);
            if (File.Exists(archive)) File.Delete(archive);
        }
        return true;
    }
}
