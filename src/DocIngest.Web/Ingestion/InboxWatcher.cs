using System.Collections.Concurrent;
using DocIngest.Web.Hosting;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Ingestion;

/// <summary>
/// Watches the inbox (sub-folders included) with a FileSystemWatcher plus a periodic rescan, because watchers miss
/// events on network shares and during bursts. A file is handed to <see cref="FileIntake"/> only once its size and
/// write time have stayed the same for StableFor and it can be opened exclusively: a half-copied file waits.
/// Only plain files are taken: links, FIFOs and devices are quarantined with a reason, and linked folders are not
/// entered (<see cref="InboxEntries"/>), so nothing outside the watch folder is moved or read.
/// </summary>
public sealed class InboxWatcher(FileIntake intake, WorkSignal signal, IOptions<DocIngestOptions> options, IHostEnvironment host, ILogger<InboxWatcher> log)
    : BackgroundService
{
    private readonly DocIngestOptions _options = options.Value;
    private readonly ConcurrentQueue<string> _events = new();
    private readonly Dictionary<string, Observation> _pending = new(StringComparer.Ordinal);

    private sealed record Observation(long Size, DateTime WriteTime, DateTime StableSince);

    public string Folder => Path.GetFullPath(_options.WatchFolder, host.ContentRootPath);

    /// <summary>
    /// Creates the inbox before the host reports started: since .NET 10 <see cref="ExecuteAsync"/> runs wholly in the
    /// background, so a folder made there may not exist yet when a user (or a script) drops the first file.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = new FileSystemWatcher(Folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, e) => _events.Enqueue(e.FullPath);
        watcher.Changed += (_, e) => _events.Enqueue(e.FullPath);
        watcher.Renamed += (_, e) => _events.Enqueue(e.FullPath);
        watcher.Error += (_, e) => log.LogWarning(e.GetException(), "watcher overflow; the periodic scan will catch up");
        log.LogInformation("watching {Folder}", Folder);

        var nextScan = DateTime.MinValue;
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(_options.StableFor.TotalMilliseconds / 4, 50, 500));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTime.UtcNow >= nextScan)
                {
                    nextScan = DateTime.UtcNow + _options.ScanInterval;
                    foreach (var file in InboxEntries.Enumerate(Folder)) Observe(file);
                }
                while (_events.TryDequeue(out var path)) Observe(path);
                await TakeStableFilesAsync(stoppingToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable inbox must not stop the service (a stopped BackgroundService stops the host): try again.
                log.LogError("watch folder {Folder}: {Reason}", Folder, e.Message);
            }
            await Task.Delay(tick, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Names that copy tools use while writing, and hidden files, are never taken.</summary>
    public static bool IsIgnored(string path)
    {
        string name = Path.GetFileName(path);
        return name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal) || name.EndsWith(".reason.txt", StringComparison.Ordinal)
               || Path.GetExtension(name).ToLowerInvariant() is ".part" or ".tmp" or ".crdownload" or ".partial" or ".filepart";
    }

    private void Observe(string path)
    {
        // Watcher events may come from inside a linked folder: those are never touched (the link itself is refused).
        if (IsIgnored(path) || _pending.ContainsKey(path) || !InboxEntries.IsDirectlyInside(Folder, path)) return;
        var kind = InboxEntries.KindOf(path);
        if (kind is EntryKind.Missing or EntryKind.Directory) return;
        if (kind != EntryKind.File)
        {
            Refuse(path);
            return;
        }
        var info = new FileInfo(path);
        _pending[path] = new Observation(info.Length, info.LastWriteTimeUtc, DateTime.UtcNow);
    }

    private async Task TakeStableFilesAsync(CancellationToken ct)
    {
        foreach (var (path, seen) in _pending.ToList())
        {
            var info = new FileInfo(path);
            if (!info.Exists || InboxEntries.KindOf(path) != EntryKind.File)
            {
                // Gone, or replaced by a link or a FIFO while it waited: the next scan sees it afresh.
                _pending.Remove(path);
                continue;
            }
            if (info.Length != seen.Size || info.LastWriteTimeUtc != seen.WriteTime)
            {
                _pending[path] = new Observation(info.Length, info.LastWriteTimeUtc, DateTime.UtcNow);
                continue;
            }
            // An empty file may be a copy that has not started writing: give it longer before calling it empty.
            var wait = info.Length == 0 ? _options.StableFor * 5 : _options.StableFor;
            if (DateTime.UtcNow - seen.StableSince < wait || !CanOpenExclusively(path)) continue;

            _pending.Remove(path);
            string relative = Path.GetRelativePath(Folder, path);
            try
            {
                if (info.Length == 0) intake.Quarantine(path, relative, "empty file (0 bytes)");
                else if (FileIntake.OverLimit(info.Length, _options) is { } tooLarge) intake.Quarantine(path, relative, tooLarge);
                else
                {
                    await intake.AcceptAsync(path, relative, ct);
                    signal.Notify();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // Vanished or locked meanwhile, or the data directory or database refused it (disk full, read-only file
                // system): FileIntake leaves the file in the inbox, the next scan offers it again, the watcher goes on.
                if (File.Exists(path)) log.LogError("{File}: not taken, left in the inbox for the next scan: {Reason}", relative, e.Message);
                else log.LogWarning("{File}: not taken this time: {Reason}", relative, e.Message);
            }
        }
    }

    /// <summary>Quarantines a link or special file (the entry itself, not what it points at) with the reason.</summary>
    private void Refuse(string path)
    {
        if (InboxEntries.Refusal(path) is not { } reason) return;
        string relative = Path.GetRelativePath(Folder, path);
        try
        {
            intake.Quarantine(path, relative, reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogError("{File}: {Reason}; could not be quarantined, left in the inbox: {Error}", relative, reason, e.Message);
        }
    }

    private static bool CanOpenExclusively(string path)
    {
        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}

/// <summary>Wakes idle workers when a job is queued, so they need not poll fast.</summary>
public sealed class WorkSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Notify() => _signal.Release();

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
