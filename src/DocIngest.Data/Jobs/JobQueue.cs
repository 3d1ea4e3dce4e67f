using DocIngest.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Jobs;

/// <summary>What happened to a file handed to the queue.</summary>
public enum IntakeOutcome { Queued, Duplicate }

/// <summary>
/// The durable job queue on the database. A job is claimed with a lease; a worker that dies leaves a lease that
/// runs out, and the job is claimed again. Claims are one atomic UPDATE ... RETURNING, so two workers never hold the same job.
/// </summary>
public sealed class JobQueue(DocIngestDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Records a new file: a source row (unique by SHA-256) and a queued job; or, when the content is known already,
    /// a job marked Duplicate that points at the job that processed it.
    /// </summary>
    public async Task<(IntakeOutcome Outcome, IngestJob Job)> EnqueueAsync(string sha256, string fileName, string originalPath,
        string archivePath, long sizeBytes, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.SourceFiles.FirstOrDefaultAsync(s => s.Sha256 == sha256, ct);
        if (existing is not null)
        {
            var first = await db.Jobs.Where(j => j.SourceFileId == existing.Id && j.Status != JobStatus.Duplicate)
                .OrderBy(j => j.Id).FirstOrDefaultAsync(ct);
            var duplicate = new IngestJob
            {
                Sha256 = sha256, FileName = fileName, OriginalPath = originalPath, SourceFileId = existing.Id,
                Status = JobStatus.Duplicate, CreatedAt = now, FinishedAt = now, DuplicateOfJobId = first?.Id,
            };
            db.Jobs.Add(duplicate);
            await db.SaveChangesAsync(ct);
            return (IntakeOutcome.Duplicate, duplicate);
        }

        var source = new SourceFile { Sha256 = sha256, FileName = fileName, ArchivePath = archivePath, SizeBytes = sizeBytes, CreatedAt = now };
        var job = new IngestJob
        {
            Sha256 = sha256, FileName = fileName, OriginalPath = originalPath, SourceFile = source,
            Status = JobStatus.Queued, CreatedAt = now, NotBefore = now,
        };
        db.Jobs.Add(job);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another machine may have taken the same content between our check and our insert: then it is a duplicate.
            db.ChangeTracker.Clear();
            if (!await db.SourceFiles.AsNoTracking().AnyAsync(s => s.Sha256 == sha256, ct)) throw;
            return await EnqueueAsync(sha256, fileName, originalPath, archivePath, sizeBytes, ct);
        }
        return (IntakeOutcome.Queued, job);
    }

    /// <summary>
    /// Takes the oldest due job (queued, or running with an expired lease), or null when there is none. Every claim
    /// counts in <see cref="IngestJob.UnfinishedClaims"/> until the job has an outcome (<see cref="AbandonedClaims"/>).
    /// </summary>
    public async Task<IngestJob?> ClaimNextAsync(string workerId, TimeSpan lease, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // PostgreSQL: several machines claim at once; SKIP LOCKED lets each take a different row without waiting.
        // SQLite has one writer at a time, so the plain UPDATE is already atomic.
        string lockClause = db.Database.IsNpgsql() ? " FOR UPDATE SKIP LOCKED" : "";
#pragma warning disable EF1002 // lockClause is one of two constants; the values go in as parameters
        var ids = await db.Database.SqlQueryRaw<long>(
            $$"""
            UPDATE "Jobs" SET "Status" = 'Running', "ClaimedBy" = {0}, "LeaseUntil" = {1}, "Attempts" = "Attempts" + 1,
                            "UnfinishedClaims" = "UnfinishedClaims" + 1
            WHERE "Id" = (SELECT "Id" FROM "Jobs"
                          WHERE ("Status" = 'Queued' AND "NotBefore" <= {2}) OR ("Status" = 'Running' AND "LeaseUntil" < {2})
                          ORDER BY "Id" LIMIT 1{{lockClause}})
            RETURNING "Id"
            """, workerId, now + lease, now).ToListAsync(ct);
#pragma warning restore EF1002
        if (ids.Count == 0) return null;
        var job = await db.Jobs.Include(j => j.SourceFile).FirstAsync(j => j.Id == ids[0], ct);
        // The context may already track this job from an earlier claim; the UPDATE bypassed it, so read it again.
        await db.Entry(job).ReloadAsync(ct);
        return job;
    }

    /// <summary>
    /// Keeps a long job's lease alive and records page progress. Returns false when the claim is no longer this
    /// worker's (its lease ran out and the job was claimed again): nothing is written then.
    /// </summary>
    public async Task<bool> ReportProgressAsync(IngestJob job, int pagesDone, int pageCount, TimeSpan lease, CancellationToken ct = default)
    {
        var until = clock.GetUtcNow().UtcDateTime + lease;
        return await HeldClaim(job)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.PagesDone, pagesDone).SetProperty(j => j.PageCount, pageCount)
                .SetProperty(j => j.LeaseUntil, until), ct) == 1;
    }

    /// <summary>
    /// Ends a claimed job as succeeded or needing review. Throws <see cref="ClaimLostException"/> (and writes nothing)
    /// when the claim was taken over by another worker after its lease ran out.
    /// </summary>
    public async Task CompleteAsync(IngestJob job, bool needsReview, CancellationToken ct = default)
    {
        var status = needsReview ? JobStatus.NeedsReview : JobStatus.Succeeded;
        var now = clock.GetUtcNow().UtcDateTime;
        int pages = job.PageCount;
        if (await HeldClaim(job).ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, status).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null).SetProperty(j => j.UnfinishedClaims, 0)
                .SetProperty(j => j.LastError, (string?)null).SetProperty(j => j.PagesDone, pages).SetProperty(j => j.PageCount, pages), ct) == 0)
            throw new ClaimLostException(job, status.ToString());
        // The row was written around the change tracker: read it back, so a later SaveChanges does not write it again unfenced.
        await db.Entry(job).ReloadAsync(ct);
    }

    /// <summary>
    /// Records a failure: a transient one is retried after an exponential backoff until <paramref name="maxAttempts"/>;
    /// a permanent one (or the last attempt) fails the job for good. Returns true when the job failed for good. Throws
    /// <see cref="ClaimLostException"/> (and writes nothing) when the claim was taken over by another worker.
    /// </summary>
    public async Task<bool> FailAsync(IngestJob job, string error, bool permanent, int maxAttempts, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        bool final = permanent || job.Attempts >= maxAttempts;
        var status = final ? JobStatus.Failed : JobStatus.Queued;
        var finishedAt = final ? now : job.FinishedAt;
        var notBefore = final ? job.NotBefore : now + TimeSpan.FromSeconds(Math.Min(300, 2 * Math.Pow(2, job.Attempts - 1)));
        int pages = job.PageCount;
        if (await HeldClaim(job).ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, status).SetProperty(j => j.LastError, error)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null).SetProperty(j => j.ClaimedBy, (string?)null)
                .SetProperty(j => j.UnfinishedClaims, 0).SetProperty(j => j.FinishedAt, finishedAt)
                .SetProperty(j => j.NotBefore, notBefore).SetProperty(j => j.PageCount, pages), ct) == 0)
            throw new ClaimLostException(job, $"{status}: {error}");
        await db.Entry(job).ReloadAsync(ct);
        return final;
    }

    /// <summary>
    /// Hands a claimed job back to the queue when the service stops in the middle of it: it is due again at once (the
    /// next start, or another machine, takes it), and the claim does not count as one that stopped the worker, since
    /// the stop was not the file's doing. Also used to try a job again later when its outcome could not be recorded
    /// outside the database (the quarantine copy on a full disk). False when the claim had already been taken over.
    /// </summary>
    /// <param name="job">The claimed job.</param>
    /// <param name="retryAfter">How long before it is due again (zero: at once).</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<bool> ReleaseAsync(IngestJob job, TimeSpan retryAfter = default, CancellationToken ct = default)
    {
        var due = clock.GetUtcNow().UtcDateTime + retryAfter;
        return await HeldClaim(job).ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued)
            .SetProperty(j => j.ClaimedBy, (string?)null).SetProperty(j => j.LeaseUntil, (DateTime?)null).SetProperty(j => j.NotBefore, due)
            .SetProperty(j => j.UnfinishedClaims, j => j.UnfinishedClaims - 1), ct) == 1;
    }

    /// <summary>
    /// The job's row while this claim still holds it. Attempts counts claims, so it is the claim's fencing token: a
    /// worker that stalled past its lease has a lower number than the worker that took the job over.
    /// </summary>
    private IQueryable<IngestJob> HeldClaim(IngestJob job) =>
        db.Jobs.Where(j => j.Id == job.Id && j.Status == JobStatus.Running && j.Attempts == job.Attempts);

    /// <summary>
    /// How many earlier claims of a just-claimed job ended without an outcome: the worker died on it (kill, crash, power
    /// cut; the job was requeued at start or its lease ran out). Those claims count too, or a file that kills the
    /// process would be taken again forever; the worker fails the job once this reaches MaxAttempts.
    /// </summary>
    public static int AbandonedClaims(IngestJob job) => job.UnfinishedClaims - 1;

    /// <summary>
    /// On a single-node store every Running job at start-up belongs to a process that died (kill -9, power cut):
    /// put them back in the queue now rather than waiting for their leases to run out.
    /// </summary>
    public Task<int> RequeueOrphansAsync(CancellationToken ct = default) =>
        db.Jobs.Where(j => j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.ClaimedBy, (string?)null)
                .SetProperty(j => j.LeaseUntil, (DateTime?)null), ct);
}

/// <summary>
/// A worker's claim on a job was taken over by another worker after its lease ran out: this worker's outcome is
/// rejected, the job stays with the claim that holds it now.
/// </summary>
public sealed class ClaimLostException(IngestJob job, string outcome) : InvalidOperationException(
    $"job {job.Id}: claim {job.Attempts} ({job.ClaimedBy}) was taken over by another worker after its lease ran out; its outcome ({outcome}) was not applied")
{
    /// <summary>The job whose claim was lost.</summary>
    public long JobId { get; } = job.Id;
}
