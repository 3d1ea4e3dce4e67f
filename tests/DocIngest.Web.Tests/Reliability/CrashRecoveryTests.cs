using DocIngest.Web.Queries;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using DocIngest.Web.Api;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Reliability;

/// <summary>
/// The real service in a child process, with the real OCR pipeline, killed with SIGKILL in the middle of a multi-page
/// scan and started again: the job must complete once, with no duplicate rows and the original kept.
/// </summary>
public class CrashRecoveryTests
{
    [Fact]
    public async Task Service_KilledMidMultiPageFile_CompletesOnceAfterRestart()
    {
        string root = Directory.CreateTempSubdirectory("docingest-crash-").FullName;
        string sample = Path.Combine(RepoPaths.Root(), "sample-docs", "memo-kalasin-2565.tif");
        int port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Authorization = ServiceHost.Basic(ServiceHost.AdminUser, ServiceHost.AdminPassword);

        using (var first = StartService(root, port))
        {
            Directory.CreateDirectory(Path.Combine(root, "inbox"));
            File.Copy(sample, Path.Combine(root, "inbox", "memo.tif"));
            Assert.True(await ServiceHost.EventuallyAsync(async () =>
                (await TryDocumentsAsync(http)).Any(d => d is { Status: "Running", PagesDone: >= 1 }), TimeSpan.FromMinutes(3)));
            first.Kill(); // SIGKILL: no shutdown, the job stays Running in the store
            await first.WaitForExitAsync();
        }

        using var second = StartService(root, port);
        try
        {
            Assert.True(await ServiceHost.EventuallyAsync(async () =>
                (await TryDocumentsAsync(http)).Any(d => d.Status is "Succeeded" or "NeedsReview"), TimeSpan.FromMinutes(6)));
            var documents = await TryDocumentsAsync(http);
            var doc = Assert.Single(documents);
            Assert.Equal(8, doc.PageCount);
            Assert.NotEmpty(doc.Documents);
            var jobs = await http.GetFromJsonAsync<List<JobRow>>("/api/jobs", ServiceHost.Json);
            Assert.Equal(2, Assert.Single(jobs!).Attempts);
            Assert.Single(Directory.GetFiles(Path.Combine(root, "data", "archive"), "*", SearchOption.AllDirectories));
            var measures = await http.GetFromJsonAsync<List<MeasureDto>>($"/api/measures?take=500", ServiceHost.Json);
            Assert.Equal(measures!.Count, measures.Select(m => (m.Page, m.Title)).Distinct().Count());
        }
        finally
        {
            second.Kill();
            await second.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Service_KilledOnSameFileMaxAttemptsTimes_FailedWithReasonWithoutReadingAgain()
    {
        string root = Directory.CreateTempSubdirectory("docingest-crash-").FullName;
        string sample = Path.Combine(RepoPaths.Root(), "sample-docs", "memo-kalasin-2565.tif");
        int port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Authorization = ServiceHost.Basic(ServiceHost.AdminUser, ServiceHost.AdminPassword);
        Directory.CreateDirectory(Path.Combine(root, "inbox"));
        File.Copy(sample, Path.Combine(root, "inbox", "memo.tif"));

        // As a file that kills the process: each run dies (SIGKILL) while the file is being read.
        for (int run = 1; run <= 2; run++)
        {
            using var service = StartService(root, port, maxAttempts: 2);
            int attempt = run;
            Assert.True(await ServiceHost.EventuallyAsync(async () =>
                (await TryJobsAsync(http)).Any(j => j is { Status: "Running" } && j.Attempts == attempt), TimeSpan.FromMinutes(3)));
            service.Kill();
            await service.WaitForExitAsync();
        }

        using var last = StartService(root, port, maxAttempts: 2);
        try
        {
            Assert.True(await ServiceHost.EventuallyAsync(async () => (await TryJobsAsync(http)).Any(j => j.Status == "Failed"),
                TimeSpan.FromMinutes(3)), string.Join(", ", await TryJobsAsync(http)));
            var job = Assert.Single(await TryJobsAsync(http));
            Assert.Equal("stopped the worker 2 times", job.LastError);
            // Claimed a third time only to be failed, not read. (Its pages-done count is not checked: it is what the killed
            // runs left, one page or none depending on when the kill landed on a loaded machine.)
            Assert.Equal(3, job.Attempts);
            string reason = Path.Combine(root, "data", "failed", "memo.tif.reason.txt");
            Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(File.Exists(reason)), TimeSpan.FromSeconds(30)));
            Assert.Equal("stopped the worker 2 times", (await File.ReadAllTextAsync(reason)).Trim());
            Assert.Equal(await File.ReadAllBytesAsync(sample), await File.ReadAllBytesAsync(Path.Combine(root, "data", "failed", "memo.tif")));
        }
        finally
        {
            last.Kill();
            await last.WaitForExitAsync();
        }
    }

    private static async Task<List<JobRow>> TryJobsAsync(HttpClient http)
    {
        try { return (await http.GetFromJsonAsync<List<JobRow>>("/api/jobs", ServiceHost.Json))!; }
        catch (HttpRequestException) { return []; } // not listening yet
    }

    private static Process StartService(string root, int port, int? maxAttempts = null)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "DocIngest.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var a in new[] { dll, "--contentRoot", root, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(a);
        start.Environment["DocIngest__Workers"] = "1";
        start.Environment["DocIngest__Admin__User"] = ServiceHost.AdminUser;
        start.Environment["DocIngest__Admin__Password"] = ServiceHost.AdminPassword;
        start.Environment["DocIngest__StableFor"] = "00:00:00.500";
        start.Environment["DocIngest__ScanInterval"] = "00:00:01";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (maxAttempts is not null) start.Environment["DocIngest__MaxAttempts"] = maxAttempts.ToString();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<List<DocumentSummary>> TryDocumentsAsync(HttpClient http)
    {
        try { return (await http.GetFromJsonAsync<List<DocumentSummary>>("/api/documents", ServiceHost.Json))!; }
        catch (HttpRequestException) { return []; } // not listening yet
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record JobRow(long Id, string Status, int Attempts, string? LastError = null, int PagesDone = 0);
}
