using System.Diagnostics;
using DocIngest.Web.Tests.TestSupport;

namespace DocIngest.Web.Tests.Ingestion;

/// <summary>
/// Symbolic links, FIFOs and devices dropped into the watch folder: each is refused with a reason in failed/, the link
/// is not followed, and nothing outside the watch folder is moved or read, while plain files go on being read.
/// </summary>
public class InboxLinkTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task WatchFolder_LinksToFolderAndFile_RefusedAndOutsideUntouched()
    {
        var extractor = new TextExtractor();
        await using var host = await ServiceHost.StartAsync(extractor);
        string outside = Path.Combine(host.Root, "outside");
        Directory.CreateDirectory(Path.Combine(outside, "nested"));
        const string secret = "มาตรการลับนอกกล่อง|กองคลัง\n", nested = "มาตรการในโฟลเดอร์ย่อยนอกกล่อง|กองช่าง\n";
        await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), secret);
        await File.WriteAllTextAsync(Path.Combine(outside, "nested", "deep.txt"), nested);

        File.CreateSymbolicLink(Path.Combine(host.Inbox, "linked-file.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(host.Inbox, "linked-folder"), outside);
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "good.txt"), "มาตรการในกล่อง|สำนักปลัด\n");

        string failed = Path.Combine(host.Data, "failed");
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            File.Exists(Path.Combine(failed, "linked-file.txt.reason.txt")) && File.Exists(Path.Combine(failed, "linked-folder.reason.txt"))
            && (await host.DocumentsAsync()).Any(d => d.FileName == "good.txt" && d.Status == "Succeeded"), Patience));
        await Task.Delay(1500); // a few more scans: nothing under the linked folder may be taken later either

        Assert.Equal(secret, await File.ReadAllTextAsync(Path.Combine(outside, "secret.txt")));
        Assert.Equal(nested, await File.ReadAllTextAsync(Path.Combine(outside, "nested", "deep.txt")));
        Assert.Single(extractor.Calls); // good.txt only: neither link's target was read
        Assert.Equal(["good.txt"], (await host.DocumentsAsync()).Select(d => d.FileName));
        Assert.Contains("symbolic link", await File.ReadAllTextAsync(Path.Combine(failed, "linked-file.txt.reason.txt")));
        Assert.Contains("symbolic link", await File.ReadAllTextAsync(Path.Combine(failed, "linked-folder.reason.txt")));
        // The links themselves were moved (not their targets), so the inbox is empty.
        Assert.Empty(Directory.EnumerateFileSystemEntries(host.Inbox));
        Assert.NotNull(new FileInfo(Path.Combine(failed, "linked-folder")).LinkTarget);
    }

    [Fact]
    public async Task WatchFolder_LinksWithDataOnAnotherDisk_MovedAsLinksNothingCopied()
    {
        // Data directory on a file system of its own (as a data disk): a link cannot be renamed into failed/ across
        // devices, and a copy would follow it, copying what lies outside the watch folder into the service's folders.
        string root = Directory.CreateTempSubdirectory("docingest-links-").FullName;
        string data = Path.Combine(root, "data");
        Directory.CreateDirectory(data);
        Run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", data);
        try
        {
            var extractor = new TextExtractor();
            await using (var host = await ServiceHost.StartAsync(extractor, root))
            {
                string outside = Path.Combine(root, "outside");
                Directory.CreateDirectory(outside);
                const string secret = "มาตรการลับนอกกล่อง|กองคลัง\n";
                await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), secret);
                File.CreateSymbolicLink(Path.Combine(host.Inbox, "linked-file.txt"), Path.Combine(outside, "secret.txt"));
                Directory.CreateSymbolicLink(Path.Combine(host.Inbox, "linked-folder"), outside);
                await File.WriteAllTextAsync(Path.Combine(host.Inbox, "good.txt"), "มาตรการในกล่อง|สำนักปลัด\n");

                string failed = Path.Combine(data, "failed");
                Assert.True(await ServiceHost.EventuallyAsync(async () =>
                    File.Exists(Path.Combine(failed, "linked-file.txt.reason.txt")) && File.Exists(Path.Combine(failed, "linked-folder.reason.txt"))
                    && (await host.DocumentsAsync()).Any(d => d.FileName == "good.txt" && d.Status == "Succeeded"), Patience));

                Assert.Empty(Directory.EnumerateFileSystemEntries(host.Inbox));
                Assert.Equal(Path.Combine(outside, "secret.txt"), new FileInfo(Path.Combine(failed, "linked-file.txt")).LinkTarget);
                Assert.Equal(outside, new DirectoryInfo(Path.Combine(failed, "linked-folder")).LinkTarget);
                Assert.Equal(secret, await File.ReadAllTextAsync(Path.Combine(outside, "secret.txt")));
                Assert.Single(extractor.Calls);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Run("umount", "-l", data);
        }
    }

    [Fact]
    public async Task WatchFolder_FifoAndDevice_RefusedWithoutOpening()
    {
        var extractor = new TextExtractor();
        await using var host = await ServiceHost.StartAsync(extractor);
        Run("mkfifo", Path.Combine(host.Inbox, "pipe.pdf"));
        Run("mknod", Path.Combine(host.Inbox, "zero.tif"), "c", "1", "5"); // /dev/zero: endless content if ever read
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "good.txt"), "มาตรการในกล่อง|สำนักปลัด\n");

        string failed = Path.Combine(host.Data, "failed");
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            File.Exists(Path.Combine(failed, "pipe.pdf.reason.txt")) && File.Exists(Path.Combine(failed, "zero.tif.reason.txt"))
            && (await host.DocumentsAsync()).Any(d => d.FileName == "good.txt" && d.Status == "Succeeded"), Patience));

        Assert.Contains("FIFO", await File.ReadAllTextAsync(Path.Combine(failed, "pipe.pdf.reason.txt")));
        Assert.Contains("device", await File.ReadAllTextAsync(Path.Combine(failed, "zero.tif.reason.txt")));
        Assert.Single(extractor.Calls);
        Assert.Empty(Directory.EnumerateFileSystemEntries(host.Inbox));
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command}: {process.StandardError.ReadToEnd()} (this test needs root for mknod)");
    }
}
