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

    private static async Task<List<JobRow>> JobsAsync(ServiceHost host) =>
        (await host.Http.GetFromJsonAsync<List<JobRow>>("/api/jobs", ServiceHost.Json))!;

    private sealed record JobRow(long Id, string FileName, string Status, int Attempts, string? LastError);
}
