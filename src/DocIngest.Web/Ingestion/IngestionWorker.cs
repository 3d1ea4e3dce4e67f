using DocIngest.Core.Extraction;
using DocIngest.Data.Entities;
using DocIngest.Data.Jobs;
using DocIngest.Data.Storage;
using DocIngest.Pipeline;
using DocIngest.Web.Hosting;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Ingestion;

/// <summary>
/// Runs Workers loops that claim jobs from the durable queue, extract, store, and finish the job. A job that was
/// running when the process died is put back in the queue at start; transient errors are retried with backoff;
/// bad input fails at once and is quarantined.
/// </summary>
public sealed class IngestionWorker(IServiceScopeFactory scopes, IExtractor extractor, FileIntake intake, PageImageStore pageImages, WorkSignal signal,
    IOptions<DocIngestOptions> options, IHostEnvironment host, ILogger<IngestionWorker> log) : BackgroundService
{
    private readonly DocIngestOptions _options = options.Value;

    /// <summary>Below this mean page confidence a document goes to review even without warnings.</summary>
    public const double ReviewConfidence = 0.75;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        pageImages.RemoveStaleStaging();
        // Only a single-node store may assume every Running job is an orphan; with PostgreSQL other machines may be
        // working on them, and their leases decide.
        if (_options.Provider == DocIngest.Data.DatabaseProvider.Sqlite)
        {
            using var scope = scopes.CreateScope();
            int requeued = await scope.ServiceProvider.GetRequiredService<JobQueue>().RequeueOrphansAsync(stoppingToken);
            if (requeued > 0) log.LogWarning("{Count} job(s) were running when the service stopped; queued again", requeued);
        }
        await Task.WhenAll(Enumerable.Range(1, _options.Workers).Select(i => RunLoopAsync($"{Environment.MachineName}/{Environment.ProcessId}/{i}", stoppingToken)));
    }

    private async Task RunLoopAsync(string workerId, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            bool worked;
            try
            {
                worked = await ProcessNextAsync(workerId, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return; // the job was handed back to the queue (or, if the store failed, is requeued at the next start)
            }
            catch (ClaimLostException e)
            {
                // This worker stalled past its lease and another took the job over: its outcome is dropped, not applied.
                log.LogWarning("worker {Worker}: {Reason}", workerId, e.Message);
                worked = true;
            }
            catch (Exception e)
            {
                // The store itself failed (disk full, read-only data directory...): log and keep the loop alive.
                log.LogError(e, "worker {Worker}: store error", workerId);
                worked = false;
            }
            if (!worked) await signal.WaitAsync(TimeSpan.FromSeconds(1), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task<bool> ProcessNextAsync(string workerId, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var job = await queue.ClaimNextAsync(workerId, _options.JobLease, ct);
        if (job is null) return false;
        var source = job.SourceFile ?? throw new InvalidOperationException($"job {job.Id} has no source file");
        log.LogInformation("job {Job}: {File} (attempt {Attempt})", job.Id, job.FileName, job.Attempts);
        if (JobQueue.AbandonedClaims(job) >= _options.MaxAttempts)
        {
            // Every earlier claim ended with the worker gone (the process died on this file, or hung past its lease):
            // reading it again would stop this worker too, and the next, forever.
            string reason = $"stopped the worker {JobQueue.AbandonedClaims(job)} times";
            log.LogError("job {Job}: {File} {Reason}; failed without reading it again", job.Id, job.FileName, reason);
            if (await QuarantineAsync(queue, job, source, reason))
                await queue.FailAsync(job, reason, permanent: true, _options.MaxAttempts, CancellationToken.None);
            return true;
        }

        var images = pageImages.CreateStaging();
        try
        {
            var steps = new StepClock();
            var result = await ExtractWithProgressAsync(job, _options.DataPath(host.ContentRootPath, source.ArchivePath), images, ct);
            var extracted = steps.Lap();
            // Renewed and checked once more before anything is written: a worker whose claim was taken over meanwhile
            // must not overwrite the result of the worker that holds it now.
            if (!await queue.ReportProgressAsync(job, job.PageCount, job.PageCount, _options.JobLease, ct))
                throw new ClaimLostException(job, "result");
            var renewedAt = steps.Lap();
            // Images before the result: once a result is visible, the pages it was read from can be shown with it.
            pageImages.Publish(source.Sha256, images);
            var published = steps.Lap();
            await scope.ServiceProvider.GetRequiredService<ResultStore>().SaveAsync(source, result, ct);
            var stored = steps.Lap();
            await queue.CompleteAsync(job, NeedsReview(result), ct);
            // Wall time per step (the extraction's page images inside it), to see what a job spends beside the reading.
            log.LogDebug("job {Job}: extracted {Extract:0} ms (page images {Images:0} ms), lease {Lease:0} ms, published {Publish:0} ms, "
                + "stored and indexed {Store:0} ms, completed {Complete:0} ms", job.Id, extracted.TotalMilliseconds, images.Elapsed.TotalMilliseconds,
                renewedAt.TotalMilliseconds, published.TotalMilliseconds, stored.TotalMilliseconds, steps.Lap().TotalMilliseconds);
            // One line per stored result: the soak test counts them to prove no file is processed to the end twice.
            log.LogInformation("job {Job}: {File} stored as {Status} (attempt {Attempt})", job.Id, job.FileName, job.Status, job.Attempts);
        }
        catch (BadInputException e)
        {
            if (await QuarantineAsync(queue, job, source, e.Message))
                await queue.FailAsync(job, e.Message, permanent: true, _options.MaxAttempts, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The service is stopping, not failing on this file: hand the job back rather than leave a claim that would
            // count as one that stopped the worker (a file is failed after MaxAttempts of those).
            await queue.ReleaseAsync(job, ct: CancellationToken.None);
            throw;
        }
        catch (Exception e) when (e is not ClaimLostException)
        {
            log.LogError(e, "job {Job}: {File} failed", job.Id, job.FileName);
            // The last attempt is quarantined before it is failed, as bad input is (see QuarantineAsync).
            if (job.Attempts < _options.MaxAttempts
                || await QuarantineAsync(queue, job, source, $"failed after {job.Attempts} attempts: {e.Message}"))
                await queue.FailAsync(job, e.Message, permanent: false, _options.MaxAttempts, CancellationToken.None);
        }
        finally
        {
            pageImages.Discard(images);
        }
        return true;
    }

    /// <summary>Wait before a job whose quarantine copy could not be written is tried again.</summary>
    public static readonly TimeSpan QuarantineRetry = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Puts a copy of the original with its reason into failed/ before the job is failed for good. When that cannot be
    /// written (disk full, read-only), the job goes back to the queue for a later try instead: failed first, it would
    /// sit in the database as failed while failed/ never got the file or its reason. False when the job was handed back.
    /// </summary>
    private async Task<bool> QuarantineAsync(JobQueue queue, IngestJob job, SourceFile source, string reason)
    {
        try
        {
            intake.QuarantineCopy(source.ArchivePath, job.FileName, reason);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogError("job {Job}: {File}: {Reason}; cannot be quarantined now ({Error}), tried again in {Retry} s",
                job.Id, job.FileName, reason, e.Message, QuarantineRetry.TotalSeconds);
            await queue.ReleaseAsync(job, QuarantineRetry, CancellationToken.None);
            return false;
        }
    }

    /// <summary>
    /// Runs the (CPU-bound, synchronous) extractor off the loop, writing page progress and renewing the lease meanwhile;
    /// page images go to <paramref name="images"/>. Stops the extraction when the claim was taken over.
    /// </summary>
    private async Task<ExtractionResult> ExtractWithProgressAsync(IngestJob job, string path, IPageImageSink images, CancellationToken ct)
    {
        PageProgress latest = default;
        var progress = new SynchronousProgress(p => latest = p);
        using var stopExtraction = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var extraction = Task.Run(() => extractor.Extract(path, images, progress, stopExtraction.Token), stopExtraction.Token);
        PageProgress written = default;
        var renewed = DateTime.UtcNow;
        try
        {
            while (await Task.WhenAny(extraction, Task.Delay(TimeSpan.FromSeconds(1), ct)) != extraction)
            {
                // Renewed on a timer too, not only when a page is done: one page (or a slow loader) can outlast the lease.
                if (latest == written && DateTime.UtcNow - renewed < _options.JobLease / 3) continue;
                written = latest;
                renewed = DateTime.UtcNow;
                using var scope = scopes.CreateScope();
                if (!await scope.ServiceProvider.GetRequiredService<JobQueue>()
                        .ReportProgressAsync(job, written.PagesDone, written.PageCount, _options.JobLease, ct))
                    throw new ClaimLostException(job, "extraction"); // another worker reads the file now
            }
        }
        catch
        {
            // Whatever ended the wait (the claim lost, the progress write failed, the service stopping), the extraction
            // ends with it: left running it would keep a core OCRing into a staging folder the caller is about to delete.
            // Its cancellation is the expected outcome then, not an error.
            await stopExtraction.CancelAsync();
            await ((Task)extraction).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        job.PageCount = latest.PageCount;
        return await extraction;
    }

    /// <summary>Partial results go to review, not to the bin: warnings, unknown kinds or low confidence.</summary>
    public static bool NeedsReview(ExtractionResult result) =>
        result.Warnings.Count > 0
        || result.Documents.Any(d => d.Warnings.Count > 0 || d.Kind == DocumentKind.Other)
        || result.Pages.Any(p => p.MeanConfidence < ReviewConfidence);

    /// <summary>Wall time between successive laps.</summary>
    private sealed class StepClock
    {
        private long _last = System.Diagnostics.Stopwatch.GetTimestamp();

        public TimeSpan Lap()
        {
            long now = System.Diagnostics.Stopwatch.GetTimestamp();
            var lap = System.Diagnostics.Stopwatch.GetElapsedTime(_last, now);
            _last = now;
            return lap;
        }
    }

    /// <summary>IProgress that calls back on the reporting thread (Progress&lt;T&gt; would post to a context we do not have).</summary>
    private sealed class SynchronousProgress(Action<PageProgress> report) : IProgress<PageProgress>
    {
        public void Report(PageProgress value) => report(value);
    }
}
