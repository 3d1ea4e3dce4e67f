using DocIngest.Web.Queries;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using DocIngest.Web.Api;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Ingestion;

/// <summary>
/// The process dies after the intake moved a file into the archive and before its job row was written (or between the
/// staging and final renames): at the next start the file must be queued and read, not left in no queue.
/// </summary>
public class ArchiveRecoveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_ArchivedFilesWithoutJob_QueuedAndRead()
    {
        var extractor = new TextExtractor();
        string root;
        await using (var first = await ServiceHost.StartAsync(extractor))
        {
            root = first.Root;
            await File.WriteAllTextAsync(Path.Combine(first.Inbox, "known.txt"), "มาตรการที่มีงานแล้ว|สำนักปลัด\n");
            Assert.True(await ServiceHost.EventuallyAsync(async () => (await first.DocumentsAsync()).Any(d => d.Status == "Succeeded"), Patience));
        }

        // As the crashed intake left them: one file under its archive name, one still under its staging name (both
        // complete), and one staging copy cut short (its original is still in the inbox, so it is only removed).
        var archived = Encoding.UTF8.GetBytes("มาตรการที่ค้างในคลัง|กองคลัง\n");
        var staged = Encoding.UTF8.GetBytes("มาตรการที่ค้างระหว่างย้าย|กองช่าง\n");
        var full = Encoding.UTF8.GetBytes("มาตรการที่คัดลอกไม่จบ|กองการศึกษา\n");
        string archive = Path.Combine(root, "data", "archive");
        await File.WriteAllBytesAsync(ArchivePath(archive, archived, ".txt"), archived);
        await File.WriteAllBytesAsync($"{ArchivePath(archive, staged, ".txt")}.{Guid.NewGuid():N}.partial", staged);
        string cutShort = $"{ArchivePath(archive, full, ".txt")}.{Guid.NewGuid():N}.partial";
        await File.WriteAllBytesAsync(cutShort, full[..10]);

        await using var host = await ServiceHost.StartAsync(extractor, root);
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (await host.DocumentsAsync()).Count(d => d.Status == "Succeeded") == 3, Patience),
            string.Join(", ", (await host.DocumentsAsync()).Select(d => $"{d.FileName}={d.Status}")));

        Assert.Single(await host.Http.GetFromJsonAsync<List<MeasureDto>>("/api/measures?q=ค้างในคลัง", ServiceHost.Json) ?? []);
        Assert.Single(await host.Http.GetFromJsonAsync<List<MeasureDto>>("/api/measures?q=ระหว่างย้าย", ServiceHost.Json) ?? []);
        Assert.Equal(3, extractor.Calls.Count); // the known file was not queued again
        Assert.All(extractor.Calls.Values, n => Assert.Equal(1, n));
        Assert.True(File.Exists(ArchivePath(archive, staged, ".txt")));
        Assert.False(File.Exists(cutShort));
        Assert.Empty(Directory.GetFiles(archive, "*.partial", SearchOption.AllDirectories));
    }

    private static string ArchivePath(string archive, byte[] content, string extension)
    {
        string sha = Convert.ToHexStringLower(SHA256.HashData(content));
        Directory.CreateDirectory(Path.Combine(archive, sha[..2]));
        return Path.Combine(archive, sha[..2], sha + extension);
    }
}
