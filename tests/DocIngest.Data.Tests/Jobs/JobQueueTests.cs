using DocIngest.Data.Entities;
using DocIngest.Data.Jobs;
using DocIngest.Data.Tests.TestSupport;

namespace DocIngest.Data.Tests.Jobs;

public class JobQueueTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private JobQueue Queue(out DocIngest.Data.DocIngestDbContext db, TimeProvider? clock = null)
    {
        db = _database.CreateContext();
        return new JobQueue(db, clock ?? TimeProvider.System);
    }

    [Fact]
    public async Task EnqueueAsync_SameContentTwice_SecondIsDuplicate()
    {
        var queue = Queue(out var db);
        var (first, job) = await queue.EnqueueAsync(SampleResults.Sha(1), "a.tif", "a.tif", "archive/a", 10);
        var (second, dup) = await queue.EnqueueAsync(SampleResults.Sha(1), "copy of a.tif", "sub/copy of a.tif", "archive/a", 10);

        Assert.Equal(IntakeOutcome.Queued, first);
        Assert.Equal(IntakeOutcome.Duplicate, second);
        Assert.Equal(job.Id, dup.DuplicateOfJobId);
        Assert.Single(db.SourceFiles);
        db.Dispose();
    }

    [Fact]
    public async Task ClaimNextAsync_TwoWorkers_NeverGetTheSameJob()
    {
        var queue = Queue(out var db);
        for (int i = 0; i < 20; i++) await queue.EnqueueAsync(SampleResults.Sha(i), $"{i}.tif", $"{i}.tif", $"archive/{i}", 1);

        var claimed = new System.Collections.Concurrent.ConcurrentBag<long>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            using var ctx = _database.CreateContext();
            var q = new JobQueue(ctx, TimeProvider.System);
            while (await q.ClaimNextAsync($"w{w}", Lease) is { } job) claimed.Add(job.Id);
        })));

        Assert.Equal(20, claimed.Count);
        Assert.Equal(20, claimed.Distinct().Count());
        db.Dispose();
    }

    [Fact]
    public async Task FailAsync_Transient_RequeuesWithBackoffThenFailsAfterMaxAttempts()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var queue = Queue(out var db, clock);
        await queue.EnqueueAsync(SampleResults.Sha(1), "a.tif", "a.tif", "archive/a", 1);

        var job = (await queue.ClaimNextAsync("w", Lease))!;
        Assert.False(await queue.FailAsync(job, "disk busy", permanent: false, maxAttempts: 2));
        Assert.Null(await queue.ClaimNextAsync("w", Lease)); // backoff not over yet
        clock.Advance(TimeSpan.FromMinutes(1));
        job = (await queue.ClaimNextAsync("w", Lease))!;
        Assert.Equal(2, job.Attempts);
        Assert.True(await queue.FailAsync(job, "disk busy", permanent: false, maxAttempts: 2));
        Assert.Equal(JobStatus.Failed, job.Status);
        db.Dispose();
    }

    [Fact]
    public async Task ClaimNextAsync_ExpiredLease_JobTakenAgain()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var queue = Queue(out var db, clock);
        await queue.EnqueueAsync(SampleResults.Sha(1), "a.tif", "a.tif", "archive/a", 1);
        Assert.NotNull(await queue.ClaimNextAsync("dead-worker", Lease));

        Assert.Null(await queue.ClaimNextAsync("w2", Lease));
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var again = await queue.ClaimNextAsync("w2", Lease);

        Assert.NotNull(again);
        Assert.Equal("w2", again.ClaimedBy);
        db.Dispose();
    }

    [Fact]
    public async Task RequeueOrphansAsync_RunningJobs_BackInQueue()
    {
        var queue = Queue(out var db);
        await queue.EnqueueAsync(SampleResults.Sha(1), "a.tif", "a.tif", "archive/a", 1);
        await queue.ClaimNextAsync("w", Lease);

        Assert.Equal(1, await queue.RequeueOrphansAsync());
        using var check = _database.CreateContext();
        Assert.Equal(JobStatus.Queued, check.Jobs.Single().Status);
        db.Dispose();
    }

    [Fact]
    public async Task ClaimNextAsync_AfterOrphanAndExpiredLease_CountsAbandonedClaimsUntilAnOutcome()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var queue = Queue(out var db, clock);
        await queue.EnqueueAsync(SampleResults.Sha(1), "a.tif", "a.tif", "archive/a", 1);

        Assert.Equal(0, JobQueue.AbandonedClaims((await queue.ClaimNextAsync("w1", Lease))!));
        await queue.RequeueOrphansAsync(); // w1's process died: requeued at start
        Assert.Equal(1, JobQueue.AbandonedClaims((await queue.ClaimNextAsync("w2", Lease))!));
        clock.Advance(Lease + TimeSpan.FromSeconds(1)); // w2 died too: its lease runs out
        var job = (await queue.ClaimNextAsync("w3", Lease))!;
        Assert.Equal(2, JobQueue.AbandonedClaims(job));

        await queue.FailAsync(job, "disk busy", permanent: false, maxAttempts: 5); // an outcome: the count starts again
        clock.Advance(TimeSpan.FromMinutes(1));
        job = (await queue.ClaimNextAsync("w4", Lease))!;
        Assert.Equal(0, JobQueue.AbandonedClaims(job));
        Assert.True(await queue.ReleaseAsync(job)); // the service stops gracefully: handed back, not counted
        Assert.Equal(0, JobQueue.AbandonedClaims((await queue.ClaimNextAsync("w5", Lease))!));
        db.Dispose();
    }

    [Fact]
    public async Task CompleteAsync_ClaimTakenOverAfterLeaseExpiry_StaleCompletionRejected()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var stale = Queue(out var staleDb, clock);
        await stale.EnqueueAsync(SampleResults.Sha(1), "a.tif", "a.tif", "archive/a", 1);
        var staleJob = (await stale.ClaimNextAsync("slow-worker", Lease))!;
        clock.Advance(Lease + TimeSpan.FromSeconds(1)); // the slow worker's lease runs out; another worker takes the job
        using var otherDb = _database.CreateContext();
        Assert.NotNull(await new JobQueue(otherDb, clock).ClaimNextAsync("w2", Lease));

        await Assert.ThrowsAsync<ClaimLostException>(() => stale.CompleteAsync(staleJob, needsReview: false));
        await Assert.ThrowsAsync<ClaimLostException>(() => stale.FailAsync(staleJob, "late error", permanent: true, maxAttempts: 3));

        using var check = _database.CreateContext();
        var row = check.Jobs.Single();
        Assert.Equal(JobStatus.Running, row.Status);
        Assert.Equal("w2", row.ClaimedBy);
        Assert.NotNull(row.LeaseUntil);
        Assert.Null(row.LastError);
        staleDb.Dispose();
    }

    [Fact]
    public async Task ReportProgressAsync_ClaimTakenOver_LeaseNotRenewed()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var first = Queue(out var firstDb, clock);
        await first.EnqueueAsync(SampleResults.Sha(1), "a.tif", "a.tif", "archive/a", 1);
        var job = (await first.ClaimNextAsync("w", Lease))!;
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        using var otherDb = _database.CreateContext();
        // The same worker name after a restart, as a fresh claim of the same job: only the claim number tells them apart.
        var again = (await new JobQueue(otherDb, clock).ClaimNextAsync("w", TimeSpan.FromSeconds(10)))!;

        Assert.False(await first.ReportProgressAsync(job, 1, 2, Lease));
        Assert.True(await new JobQueue(otherDb, clock).ReportProgressAsync(again, 1, 2, Lease));
        firstDb.Dispose();
    }

    public void Dispose() => _database.Dispose();
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}
