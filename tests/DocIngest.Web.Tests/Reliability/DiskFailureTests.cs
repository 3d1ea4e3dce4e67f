using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DocIngest.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DocIngest.Web.Tests.Reliability;

/// <summary>
/// The real service and pipeline with its watch folder and data directory on a small tmpfs of their own, which then
/// fills up or turns read-only while the service runs. As root, chmod stops nothing, so a real file system is used:
/// "disk full" is the tmpfs filled to its size limit (ENOSPC), "read-only" is the same tmpfs remounted ro (EROFS),
/// as the kernel does to a failing disk. The file dropped meanwhile must not be lost, the error must be reported,
/// the database must stay intact and keep serving earlier results, and the file is read once the disk is back.
/// </summary>
public class DiskFailureTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task DataDirectory_DiskFullWhileRunning_FileKeptErrorLoggedAndReadWhenSpaceReturns() =>
        await RunAsync(archiveOnOwnVolume: false, v => v.Fill(), v => v.Free(), "database or disk is full", "No space left on device");

    [Fact]
    public async Task Archive_DiskFullWhileRunning_NoPartialCopyFileKeptAndReadWhenSpaceReturns() =>
        await RunAsync(archiveOnOwnVolume: true, v => v.Fill(), v => v.Free(), "No space left on device");

    [Fact]
    public async Task Archive_ReadOnlyWhileRunning_FileKeptErrorLoggedAndReadWhenWritable() =>
        await RunAsync(archiveOnOwnVolume: true, v => v.Remount("ro"), v => v.Remount("rw"), "Read-only file system");

    [Fact]
    public async Task Quarantine_DiskFull_EmptyFileStaysInInboxThenQuarantinedWithReason()
    {
        // A zero-byte file moves into failed/ even on a full disk (no data blocks), but its reason cannot be written:
        // moved first, it sat in failed/ without a reason. The soak test found it.
        string root = Directory.CreateTempSubdirectory("docingest-disk-").FullName;
        using var volume = Tmpfs.TryMount(Path.Combine(root, "data"), megabytes: 16, out string? why);
        Assert.True(volume is not null, $"cannot mount a tmpfs here ({why}); this test needs root with CAP_SYS_ADMIN");
        await using var host = await ServiceHost.StartAsync(new TextExtractor(), root);
        string dropped = Path.Combine(host.Inbox, "empty.pdf"), reason = Path.Combine(volume.Path, "failed", "empty.pdf.reason.txt");

        volume.Fill();
        await File.WriteAllBytesAsync(dropped, []);
        await Task.Delay(TimeSpan.FromSeconds(5)); // past StableFor x 5, several scans on the full disk

        Assert.True(File.Exists(dropped), "the empty file left the inbox while its reason could not be written");
        Assert.False(File.Exists(Path.Combine(volume.Path, "failed", "empty.pdf")));
        volume.Free();
        Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(File.Exists(reason) && !File.Exists(dropped)), Patience));
        Assert.Contains("empty file", await File.ReadAllTextAsync(reason));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task BadInput_DiskFullWhenFailed_JobRetriedUntilQuarantinedWithReason()
    {
        // The job's failure fits in the database's WAL, but failed/ cannot take the copy and its reason: failed first,
        // the job sat as Failed with nothing in failed/ (the soak test found 11 such files). Now it waits and tries again.
        // failed/ on a small disk of its own, which fills up, while the database has room.
        string root = Directory.CreateTempSubdirectory("docingest-disk-").FullName;
        using var volume = Tmpfs.TryMount(Path.Combine(root, "data", "failed"), megabytes: 1, out string? why);
        Assert.True(volume is not null, $"cannot mount a tmpfs here ({why}); this test needs root with CAP_SYS_ADMIN");
        var extractor = new TextExtractor();
        await using var host = await ServiceHost.StartAsync(extractor, root, new() { ["DocIngest:Workers"] = "1" });
        await File.WriteAllTextAsync(Path.Combine(host.Inbox, "late.txt"), "LATEBAD\nไม่ใช่เอกสาร\n");
        Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(extractor.Calls.Values.Sum() == 1), Patience));

        volume.Fill();
        await Task.Delay(TimeSpan.FromSeconds(8)); // the bad input is found while the disk is full
        string reason = Path.Combine(volume.Path, "late.txt.reason.txt");
        bool quarantinedWhileFull = File.Exists(reason) && new FileInfo(reason).Length > 0;
        volume.Free();

        Assert.True(await ServiceHost.EventuallyAsync(() => Task.FromResult(File.Exists(reason) && new FileInfo(reason).Length > 0
            && File.Exists(Path.Combine(volume.Path, "late.txt"))), Patience),
            "failed/ never got the file and its reason: " + await host.Http.GetStringAsync("/api/jobs"));
        Assert.False(quarantinedWhileFull);
        Assert.Contains("found late", await File.ReadAllTextAsync(reason));
        Assert.True(await ServiceHost.EventuallyAsync(async () =>
            (await host.Http.GetStringAsync("/api/jobs")).Contains("\"status\":\"Failed\"", StringComparison.Ordinal), Patience));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    /// <param name="archiveOnOwnVolume">
    /// false: inbox, database and archive share one tmpfs, which fills up. true: data/archive is a second tmpfs (as when
    /// the archive lives on another disk) that alone fills up or turns read-only; a whole data directory cannot be
    /// remounted read-only under the running service (the kernel refuses while SQLite holds its files open for writing).
    /// </param>
    /// <param name="breakDisk">Fills the volume or makes it read-only.</param>
    /// <param name="repairDisk">Undoes it.</param>
    /// <param name="expectedErrors">Any of these in the log shows the error was reported.</param>
    private async Task RunAsync(bool archiveOnOwnVolume, Action<Tmpfs> breakDisk, Action<Tmpfs> repairDisk, params string[] expectedErrors)
    {
        string root = Directory.CreateTempSubdirectory("docingest-disk-").FullName;
        using var volume = Tmpfs.TryMount(Path.Combine(root, "vol"), megabytes: 32, out string? why);
        Assert.True(volume is not null, $"cannot mount a tmpfs here ({why}); this test needs root with CAP_SYS_ADMIN");
        string inbox = Path.Combine(volume.Path, "inbox"), data = Path.Combine(volume.Path, "data");
        using var archiveVolume = archiveOnOwnVolume ? Tmpfs.TryMount(Path.Combine(data, "archive"), megabytes: 2, out why) : null;
        Assert.True(!archiveOnOwnVolume || archiveVolume is not null, why);
        var broken = archiveVolume ?? volume;
        var logs = new LogCapture();
        string samples = Path.Combine(RepoPaths.Root(), "sample-docs");

        await using (var host = await ServiceHost.StartAsync(null, root,
                         new() { ["DocIngest:WatchFolder"] = inbox, ["DocIngest:DataDirectory"] = data },
                         builder => builder.Logging.AddProvider(logs)))
        {
            // An earlier result, read while the disk was fine.
            File.Copy(Path.Combine(samples, "memo-nongwaeng-2568.pdf"), Path.Combine(inbox, "memo.pdf"));
            Assert.True(await ServiceHost.EventuallyAsync(async () =>
                (await host.DocumentsAsync()).Any(d => d.Status is "Succeeded" or "NeedsReview"), Patience));
            long earlierId = Assert.Single(await host.DocumentsAsync()).Id;
            string earlier = await host.Http.GetStringAsync($"/api/documents/{earlierId}");

            // The next file (2.6 KB DOCX; the 2 MB archive tmpfs has room for it once freed) arrives while the disk is
            // broken. On the shared volume it is written under a hidden name first (ignored by the watcher) and renamed
            // into view after the disk filled up: a rename needs no free space.
            var docx = await File.ReadAllBytesAsync(Path.Combine(samples, "measures-donkaeo-2568.docx"));
            string dropped = Path.Combine(inbox, "measures.docx");
            if (archiveVolume is null)
            {
                await File.WriteAllBytesAsync(Path.Combine(inbox, ".incoming.docx"), docx);
                breakDisk(broken);
                File.Move(Path.Combine(inbox, ".incoming.docx"), dropped);
            }
            else
            {
                breakDisk(broken);
                await File.WriteAllBytesAsync(dropped, docx);
            }

            await Task.Delay(TimeSpan.FromSeconds(6)); // many scans and worker rounds on the broken disk
            foreach (var line in logs.Lines.Take(20)) output.WriteLine(line);

            // Reported, not lost, nothing half-written, earlier results still served, service up. Each scan on the broken
            // disk takes the file into the archive and puts it back when the store refuses, so it is looked for between
            // two such tries (on a loaded machine a try can be under way at any given instant).
            Assert.True(expectedErrors.Any(logs.Contains), "the disk error is logged");
            Assert.True(await ServiceHost.EventuallyAsync(async () => await BackInInboxAsync(dropped, docx)
                && !Directory.GetFiles(Path.Combine(data, "archive"), "*", SearchOption.AllDirectories)
                    .Any(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".partial", StringComparison.Ordinal)), Patience),
                "the file is back in the inbox, whole, and the archive holds no copy of it");
            Assert.DoesNotContain(await host.DocumentsAsync(), d => d.FileName == "measures.docx");
            using var anonymous = host.Client(null, null);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
            Assert.Equal(earlier, await host.Http.GetStringAsync($"/api/documents/{earlierId}"));

            repairDisk(broken);
            Assert.True(await ServiceHost.EventuallyAsync(async () =>
                (await host.DocumentsAsync()).Any(d => d.FileName == "measures.docx" && d.Status is "Succeeded" or "NeedsReview"), Patience),
                await host.Http.GetStringAsync("/api/jobs"));
            Assert.Equal(earlier, await host.Http.GetStringAsync($"/api/documents/{earlierId}"));
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "docingest.db")}");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar());
        connection.Close();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Whether <paramref name="path"/> holds exactly <paramref name="content"/> (false while it is away being tried).</summary>
    private static async Task<bool> BackInInboxAsync(string path, byte[] content)
    {
        try
        {
            return (await File.ReadAllBytesAsync(path)).AsSpan().SequenceEqual(content);
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A tmpfs mounted for one test and unmounted after it.</summary>
    private sealed class Tmpfs : IDisposable
    {
        public string Path { get; }
        private string Filler => System.IO.Path.Combine(Path, "filler.bin");

        private Tmpfs(string path) => Path = path;

        public static Tmpfs? TryMount(string path, int megabytes, out string? error)
        {
            Directory.CreateDirectory(path);
            error = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
            return error is null ? new Tmpfs(path) : null;
        }

        /// <summary>Writes until the file system refuses (ENOSPC), down to the last byte.</summary>
        public void Fill()
        {
            using var stream = new FileStream(Filler, FileMode.Create, FileAccess.Write, FileShare.None, 0);
            for (int size = 1 << 16; size >= 1; size /= 2)
            {
                var chunk = new byte[size];
                try
                {
                    while (true) stream.Write(chunk);
                }
                catch (IOException) { }
            }
        }

        public void Free() => File.Delete(Filler);

        public void Remount(string mode) => Assert.Null(Run("mount", "-o", $"remount,{mode}", Path));

        public void Dispose() => Run("umount", "-l", Path);

        private static string? Run(params string[] args)
        {
            try
            {
                var start = new ProcessStartInfo(args[0]) { RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (var a in args[1..]) start.ArgumentList.Add(a);
                using var process = Process.Start(start)!;
                string stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                return process.ExitCode == 0 ? null : $"{string.Join(' ', args)}: exit {process.ExitCode}: {stderr.Trim()}";
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                return e.Message;
            }
        }
    }
}
