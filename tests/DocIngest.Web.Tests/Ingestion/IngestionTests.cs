using DocIngest.Web.Queries;
using System.Net.Http.Json;
using DocIngest.Web.Api;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Ingestion;

public class IngestionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WatchFolder_FileDropped_SearchableInMeasures()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        Directory.CreateDirectory(Path.Combine(host.Inbox, "sub"));
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "sub", "plan.txt"), "มาตรการป้องกันผลประโยชน์ทับซ้อน|สำนักปลัด\n");

        // The result is stored (and searchable) a moment before its job is marked done: both are waited for.
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (await host.Http.GetFromJsonAsync<List<MeasureDto>>("/api/measures?q=ผลประโยชน์", ServiceHost.Json))!.Count == 1
            && (await host.DocumentsAsync()).SingleOrDefault()?.Status == "Succeeded", Patience));
        Assert.Single(await host.DocumentsAsync());
        Assert.Empty(Directory.GetFiles(host.Inbox, "*", SearchOption.AllDirectories));
        Assert.Single(Directory.GetFiles(Path.Combine(host.Data, "archive"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task WatchFolder_200FilesWithDuplicatesAndSlowCopies_EachContentProcessedOnce()
    {
        var extractor = new TextExtractor();
        await using var host = await ServiceHost.StartAsync(extractor);
        const int distinct = 150;
        var writes = new List<Task>();
        for (int i = 0; i < 200; i++)
        {
            int content = i % distinct; // the last 50 repeat earlier contents under other names
            string text = $"มาตรการที่ {content} การเปิดเผยข้อมูล|กองคลัง\n" + new string('x', 2000);
            string path = Path.Combine(host.Inbox, $"scan-{i:D3}.txt");
            if (i % 10 == 0) writes.Add(WriteSlowlyAsync(path, text)); // half-written while the watcher looks
            else await File.WriteAllTextAsync(path, text);
        }
        await Task.WhenAll(writes);

        Assert.True(await ServiceHost.EventuallyAsync(async () =>
        {
            var jobs = (await host.Http.GetFromJsonAsync<List<JobRow>>("/api/jobs?take=1000", ServiceHost.Json))!;
            return jobs.Count == 200 && jobs.All(j => j.Status is "Succeeded" or "Duplicate");
        }, TimeSpan.FromSeconds(120)));
        Assert.Equal(distinct, extractor.Calls.Count);
        Assert.All(extractor.Calls.Values, n => Assert.Equal(1, n));
        Assert.Equal(distinct, (await host.DocumentsAsync()).Count);
    }

    [Fact]
    public async Task WatchFolder_BadAndEmptyFiles_QuarantinedAndServiceGoesOn()
    {
        await using var host = await ServiceHost.StartAsync(new TextExtractor());
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "notes.pdf"), "BAD plain text named .pdf");
        await File.WriteAllBytesAsync(Path.Combine(host.Inbox, "empty.tif"), []);
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "good.txt"), "มาตรการลดขั้นตอน|กองช่าง\n");

        string failed = Path.Combine(host.Data, "failed");
        Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(
            File.Exists(Path.Combine(failed, "notes.pdf.reason.txt")) && File.Exists(Path.Combine(failed, "empty.tif.reason.txt"))), Patience));
        Assert.Contains("not a supported document", await File.ReadAllTextAsync(Path.Combine(failed, "notes.pdf.reason.txt")));
        Assert.Contains("empty", await File.ReadAllTextAsync(Path.Combine(failed, "empty.tif.reason.txt")));
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (await host.DocumentsAsync()).Any(d => d.FileName == "good.txt" && d.Status == "Succeeded"), Patience));
        Assert.Equal("Failed", (await host.DocumentsAsync()).Single(d => d.FileName == "notes.pdf").Status);
    }

    [Fact]
    public async Task Restart_WhileJobRunning_JobCompletesOnceAfterRestart()
    {
        var first = new TextExtractor();
        var host = await ServiceHost.StartAsync(first);
        string root = host.Root;
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "long.txt"), "SLOW\nมาตรการหลายหน้า|สำนักปลัด\n");
        Assert.True(await ServiceHost.EventuallyAsync(async () => (await host.DocumentsAsync()).Any(d => d.Status == "Running"), Patience));
        await host.DisposeAsync(); // stops mid-job: the job stays Running in the store, as after a crash

        var second = new TextExtractor();
        await using var again = await ServiceHost.StartAsync(second, root);
        Assert.True(await ServiceHost.EventuallyAsync(async () => (await again.DocumentsAsync()).Single().Status == "Succeeded", Patience));
        Assert.Single(second.Calls);
        var measures = await again.Http.GetFromJsonAsync<List<MeasureDto>>("/api/measures?q=หลายหน้า", ServiceHost.Json);
        Assert.Single(measures!);
    }

    private static async Task WriteSlowlyAsync(string path, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        for (int offset = 0; offset < bytes.Length; offset += 500)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(500, bytes.Length - offset)));
            await stream.FlushAsync();
            await Task.Delay(150);
        }
    }

    private sealed record JobRow(long Id, string FileName, string Status);
}
