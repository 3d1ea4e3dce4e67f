using System.Security.Cryptography;
using DocIngest.Data;
using DocIngest.Data.Jobs;
using DocIngest.Pipeline;
using DocIngest.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Ingestion;

/// <summary>
/// Takes a complete file from the watch folder or an upload: hashes it, moves the original into the archive under
/// its SHA-256 (so nothing is lost and the same content is stored once), and queues a job — or records a duplicate.
/// </summary>
public sealed class FileIntake(IServiceScopeFactory scopes, IOptions<DocIngestOptions> options, IHostEnvironment host, ILogger<FileIntake> log)
{
    private readonly DocIngestOptions _options = options.Value;

    public async Task<(IntakeOutcome Outcome, long JobId)> AcceptAsync(string path, string originalName, CancellationToken ct)
    {
        string sha = await HashAsync(path, ct);
        long size = new FileInfo(path).Length;
        string relativeArchive = Path.Combine("archive", sha[..2], sha + Path.GetExtension(originalName).ToLowerInvariant());
        string archive = _options.DataPath(host.ContentRootPath, relativeArchive);
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);

        bool alreadyArchived = File.Exists(archive);
        if (!alreadyArchived) MoveIntoArchive(path, archive);

        IntakeOutcome outcome;
        DocIngest.Data.Entities.IngestJob job;
        try
        {
            using var scope = scopes.CreateScope();
            var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
            (outcome, job) = await queue.EnqueueAsync(sha, Path.GetFileName(originalName), originalName, relativeArchive, size, ct);
        }
        catch
        {
            // The store refused (disk full, read-only...): an archived file without a job would never be read, so the
            // original goes back where it came from and is offered again at the next scan.
            if (!alreadyArchived) File.Move(archive, path);
            throw;
        }
        if (alreadyArchived) File.Delete(path); // same content already archived: the copy adds nothing
        log.LogInformation("{File}: {Outcome} as job {Job} ({Sha})", originalName, outcome, job.Id, sha[..12]);
        return (outcome, job.Id);
    }

    /// <summary>
    /// Moves the original under its archive name only once it is complete there: across file systems a move is a copy,
    /// and a copy cut short (disk full) must not be left under the name that says "this content is archived".
    /// </summary>
    private static void MoveIntoArchive(string path, string archive)
    {
        string staging = $"{archive}.{Guid.NewGuid():N}.partial";
        try
        {
            File.Move(path, staging);
            // A rename takes whatever is at the path now: a file swapped for a link or FIFO since it was hashed goes
            // back (the next scan refuses it) rather than into the archive, where a worker would read through it.
            if (InboxEntries.KindOf(staging) != EntryKind.File)
                throw new IOException($"{path}: replaced by a link or special file while it was taken: not archived");
            File.Move(staging, archive);
        }
        catch
        {
            // KindOf, not File.Exists: a staged link to nowhere must go back too.
            if (InboxEntries.KindOf(staging) != EntryKind.Missing)
            {
                if (InboxEntries.KindOf(path) != EntryKind.Missing) File.Delete(staging); // a partial copy; the original is still in place
                else File.Move(staging, path);
            }
            throw;
        }
    }

    /// <summary>
    /// Queues what a crash left in the archive without a job: the process died after the file was moved in and before
    /// its job row was written, so the file is neither in the inbox nor in the queue. With <paramref name="singleNode"/>
    /// (no other machine is moving files in now) a staged move cut short is finished first: a complete staging copy
    /// (its content has the hash of its name) takes its archive name, an incomplete one is removed (its original is still
    /// in the inbox). Runs at start, before the watcher and the workers. The original name is not kept anywhere before the
    /// job row, so such a job is named after its archive file.
    /// </summary>
    public async Task<int> RecoverArchiveAsync(bool singleNode, CancellationToken ct = default)
    {
        string data = _options.DataPath(host.ContentRootPath);
        string archive = Path.Combine(data, "archive");
        if (!Directory.Exists(archive)) return 0;
        if (singleNode) await FinishStagedMovesAsync(archive, ct);

        using var scope = scopes.CreateScope();
        var known = (await scope.ServiceProvider.GetRequiredService<DocIngestDbContext>().SourceFiles.AsNoTracking()
            .Select(s => s.Sha256).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        int recovered = 0;
        foreach (var file in Directory.EnumerateFiles(archive, "*", SearchOption.AllDirectories))
        {
            string name = Path.GetFileName(file), sha = Path.GetFileNameWithoutExtension(name);
            // Known content, a staging name ("<sha>.pdf.<guid>.partial", another machine's move) or not ours: left alone.
            if (!IsSha256(sha) || known.Contains(sha)) continue;
            var (outcome, job) = await queue.EnqueueAsync(sha, name, "archive (no job after a crash)", Path.GetRelativePath(data, file),
                new FileInfo(file).Length, ct);
            log.LogWarning("{File}: archived without a job (the service stopped while taking it): {Outcome} as job {Job}", name, outcome, job.Id);
            recovered++;
        }
        return recovered;
    }

    private async Task FinishStagedMovesAsync(string archive, CancellationToken ct)
    {
        foreach (var staging in Directory.EnumerateFiles(archive, "*.partial", SearchOption.AllDirectories).ToList())
        {
            // "<sha><ext>.<guid>.partial" was on its way to "<sha><ext>".
            string target = Path.ChangeExtension(Path.ChangeExtension(staging, null), null);
            string sha = Path.GetFileNameWithoutExtension(target);
            if (!IsSha256(sha)) continue;
            if (!File.Exists(target) && await HashAsync(staging, ct) == sha)
            {
                File.Move(staging, target);
                log.LogWarning("{File}: a move into the archive was cut short; finished", Path.GetFileName(target));
            }
            else
            {
                File.Delete(staging);
                log.LogWarning("{File}: an incomplete copy into the archive was removed (the original stays where it was)", Path.GetFileName(staging));
            }
        }
    }

    /// <summary>
    /// Why a file of <paramref name="bytes"/> is refused for its size (DocIngest:MaxFileMegabytes), or null. Checked
    /// before it is hashed or archived: the reader holds a whole file in memory, so this is the memory ceiling per worker.
    /// </summary>
    public static string? OverLimit(long bytes, DocIngestOptions options) => bytes <= options.MaxFileBytes ? null
        : $"ไฟล์ขนาด {bytes / (1024.0 * 1024):0.#} MB เกินขีดจำกัด {options.MaxFileMegabytes} MB (DocIngest:MaxFileMegabytes)";

    private static bool IsSha256(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);

    /// <summary>
    /// Moves a file that cannot be taken (e.g. unreadable, a link, a FIFO) to failed/ with a reason file beside it. A link
    /// is moved as a link: a rename never follows it.
    /// </summary>
    public void Quarantine(string path, string originalName, string reason)
    {
        string target = UniquePath(_options.DataPath(host.ContentRootPath, "failed", Path.GetFileName(originalName)));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // The reason first: on a full disk a zero-byte file or a link still moves (it needs no data blocks) while the
        // reason cannot be written, and a file in failed/ without its reason is as good as lost. If the move fails, the
        // reason goes and the file stays in the inbox for the next scan.
        WriteReason(target, reason);
        try
        {
            if (InboxEntries.KindOf(path) == EntryKind.Link) MoveLink(path, target);
            else File.Move(path, target);
        }
        catch
        {
            File.Delete(target + ".reason.txt");
            throw;
        }
        log.LogWarning("{File}: quarantined: {Reason}", originalName, reason);
    }

    /// <summary>
    /// Moves a link itself, never what it points at: the same link is made in failed/ and the one in the inbox removed.
    /// A rename would do on one file system, but the data directory may be a disk of its own, and a move across
    /// devices is a copy, which follows the link and would copy what lies outside the watch folder.
    /// </summary>
    private static void MoveLink(string path, string target)
    {
        var link = new FileInfo(path);
        string pointsAt = link.LinkTarget ?? throw new IOException($"{path}: no longer a link");
        if (Directory.Exists(path)) Directory.CreateSymbolicLink(target, pointsAt);
        else File.CreateSymbolicLink(target, pointsAt);
        link.Delete(); // unlink: removes the link, not its target
    }

    /// <summary>Copies an archived original whose job failed for good to failed/ with the reason (the archive keeps the original).</summary>
    public void QuarantineCopy(string archiveRelativePath, string originalName, string reason)
    {
        string source = _options.DataPath(host.ContentRootPath, archiveRelativePath);
        string target = UniquePath(_options.DataPath(host.ContentRootPath, "failed", Path.GetFileName(originalName)));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            WriteReason(target, reason); // the reason first, as in Quarantine
            if (File.Exists(source)) File.Copy(source, target);
        }
        catch
        {
            // Nothing half-done left behind: the caller tries the whole quarantine again later.
            File.Delete(target + ".reason.txt");
            if (File.Exists(target)) File.Delete(target);
            throw;
        }
        log.LogWarning("{File}: failed: {Reason}", originalName, reason);
    }

    /// <summary>
    /// Writes the reason beside <paramref name="target"/> whole or not at all (<see cref="AtomicFile"/>): whoever sees
    /// the reason file (an operator, a script) never reads it empty or half-written.
    /// </summary>
    private static void WriteReason(string target, string reason) => AtomicFile.WriteAllText(target + ".reason.txt", reason + Environment.NewLine);

    public static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = InboxEntries.OpenPlainFile(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }

    private static string UniquePath(string path)
    {
        if (!File.Exists(path)) return path;
        string dir = Path.GetDirectoryName(path)!, name = Path.GetFileNameWithoutExtension(path), ext = Path.GetExtension(path);
        for (int i = 1; ; i++)
        {
            string candidate = Path.Combine(dir, $"{name} ({i}){ext}");
            if (!File.Exists(candidate)) return candidate;
        }
    }
}
