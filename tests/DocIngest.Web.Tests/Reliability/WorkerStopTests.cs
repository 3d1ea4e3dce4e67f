using System.Net.Http.Json;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Reliability;

/// <summary>
/// Claims and leases of a worker that stops or stalls in the middle of a file (the file that kills the process itself
/// is in <see cref="CrashRecoveryTests"/>, with a real kill).
/// </summary>
public class WorkerStopTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Stop_WhileJobRunning_ClaimHandedBackNotCountedAsStoppingTheWorker()
    {
        // MaxAttempts=1: a single claim that ended without an outcome would fail the file. Stopping the service is not
        // the file's doing, however often it happens in the middle of one.
        var settings = new Dictionary<string, string?> { ["DocIngest:MaxAttempts"] = "1", ["DocIngest:Workers"] = "1" };
        var extractor = new TextExtractor();
        var host = await ServiceHost.StartAsync(extractor, settings: settings);
        string root = host.Root;
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "long.txt"), "HANG\nมาตรการที่อ่านนาน|กองคลัง\n");
        for (int stop = 1; stop <= 2; stop++)
        {
            int calls = stop;
            Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(extractor.Calls.Values.Sum() == calls), Patience));
            await host.DisposeAsync(); // a graceful stop in the middle of the file
            host = await ServiceHost.StartAsync(extractor, root, settings);
        }

        await using (host)
        {
            Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(extractor.Calls.Values.Sum() == 3), Patience),
                "job: " + (await JobsAsync(host)).Single());
            var job = (await JobsAsync(host)).Single();
            Assert.Equal("Running", job.Status);
            Assert.Null(job.LastError);
        }
    }

    [Fact]
    public async Task Worker_OnePageLongerThanLease_LeaseRenewedAndReadOnce()
    {
        var extractor = new TextExtractor();
        await using var host = await ServiceHost.StartAsync(extractor,
            settings: new() { ["DocIngest:JobLease"] = "00:00:05", ["DocIngest:Workers"] = "2" });
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "long.txt"), "LONG\nมาตรการหน้ายาว|กองคลัง\n");

        Assert.True(await ServiceHost.EventuallyAsync(async () => (await JobsAsync(host)).SingleOrDefault()?.Status == "Succeeded", Patience));

        // No page progress for 8 s with a 5 s lease: the lease is renewed on a timer, so the idle worker never takes it.
        Assert.Equal(1, (await JobsAsync(host)).Single().Attempts);
        Assert.Equal(1, extractor.Calls.Values.Sum());
    }

    [Fact]
    public async Task Worker_ProgressWriteFails_ExtractionCancelledWithTheJob()
    {
        // The database refuses the progress write (locked by another process, past a 1 s busy timeout). The job's
        // staging folder is discarded then, so an extraction left running would OCR on into a deleted folder.
        string root = Directory.CreateTempSubdirectory("docingest-zombie-").FullName;
        string database = Path.Combine(root, "data", "docingest.db");
        var extractor = new TextExtractor();
        await using var host = await ServiceHost.StartAsync(extractor, root, new()
        {
            ["DocIngest:JobLease"] = "00:00:05", ["DocIngest:Workers"] = "1",
            ["ConnectionStrings:DocIngest"] = $"Data Source={database};Default Timeout=1",
        });
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "hang.txt"), "HANG\nมาตรการที่ไม่จบ|กองคลัง\n");
        Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(extractor.Calls.Values.Sum() == 1), Patience));

        using (var locker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}"))
        {
            locker.Open();
            using var begin = locker.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();

            Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(extractor.Cancelled == 1), TimeSpan.FromSeconds(20)),
                "the extraction went on after its job's progress could not be written");
            using var rollback = locker.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task<List<JobRow>> JobsAsync(ServiceHost host) =>
        (await host.Http.GetFromJsonAsync<List<JobRow>>("/api/jobs", ServiceHost.Json))!;

    private sealed record JobRow(long Id, string FileName, string Status, int Attempts, string? LastError);
}
