using DocIngest.Pipeline;
using DocIngest.Web.Hosting;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Ingestion;

/// <summary>
/// The page images of ingested files, for drawing the result's line and cell boxes over each page:
/// <c>&lt;DataDirectory&gt;/pages/&lt;sha256&gt;/&lt;n&gt;.png</c>, n the 1-based page number. Only OCR'd pages have one.
/// A job writes its images into a staging folder of its own (<c>pages/.staging/…</c>) and publishes them when the
/// extraction succeeded, so a failed or cancelled attempt never leaves a mix of old and new pages behind.
/// </summary>
public sealed class PageImageStore(IOptions<DocIngestOptions> options, IHostEnvironment host, ILogger<PageImageStore> log)
{
    private const string StagingFolder = ".staging";

    /// <summary>Staging folders older than this are left over from a process that died mid-job.</summary>
    private static readonly TimeSpan StaleStaging = TimeSpan.FromDays(1);

    private readonly string _root = options.Value.DataPath(host.ContentRootPath, "pages");

    /// <summary>A sink writing into a fresh staging folder; pass it to <see cref="Publish"/> or <see cref="Discard"/>.</summary>
    public PngPageImageSink CreateStaging() =>
        new(Path.Combine(_root, StagingFolder, Guid.NewGuid().ToString("N")));

    /// <summary>
    /// Moves the staged images to the file's folder, each by an atomic rename over the previous image of that page, and
    /// removes images of pages this extraction did not produce (a re-ingest must not keep pages of an earlier reading).
    /// </summary>
    public void Publish(string sha256, PngPageImageSink staged)
    {
        string target = FileFolder(sha256);
        var written = staged.Written;
        Directory.CreateDirectory(target);
        foreach (var (number, path) in written)
            File.Move(path, Path.Combine(target, PngPageImageSink.FileName(number)), overwrite: true);

        var kept = written.Select(w => PngPageImageSink.FileName(w.PageNumber)).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(target).Where(f => !kept.Contains(Path.GetFileName(f))).ToList())
            File.Delete(stale);
        if (written.Count == 0) Directory.Delete(target);
        Discard(staged);
    }

    /// <summary>Deletes a staging folder and whatever is left in it.</summary>
    public void Discard(PngPageImageSink staged)
    {
        try
        {
            if (Directory.Exists(staged.Directory)) Directory.Delete(staged.Directory, recursive: true);
        }
        catch (IOException e)
        {
            // Not worth failing a job over: RemoveStaleStaging clears it at a later start.
            log.LogWarning("could not remove staging folder {Folder}: {Error}", staged.Directory, e.Message);
        }
    }

    /// <summary>The stored image of page <paramref name="pageNumber"/> of the file with this hash, or null when there is none.</summary>
    public FileInfo? Find(string sha256, int pageNumber)
    {
        if (pageNumber < 1) return null;
        var file = new FileInfo(Path.Combine(FileFolder(sha256), PngPageImageSink.FileName(pageNumber)));
        return file.Exists ? file : null;
    }

    /// <summary>Clears staging folders left by jobs of processes that died (recent ones may belong to a live worker elsewhere).</summary>
    public void RemoveStaleStaging()
    {
        var staging = new DirectoryInfo(Path.Combine(_root, StagingFolder));
        if (!staging.Exists) return;
        foreach (var folder in staging.EnumerateDirectories().Where(d => d.LastWriteTimeUtc < DateTime.UtcNow - StaleStaging))
        {
            try { folder.Delete(recursive: true); }
            catch (IOException e) { log.LogWarning("could not remove stale staging folder {Folder}: {Error}", folder.FullName, e.Message); }
        }
    }

    /// <summary>The hash names a folder, so it must be what the store writes (64 lower-case hex digits), never a path.</summary>
    private string FileFolder(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
            throw new ArgumentException($"'{sha256}' is not a lower-case SHA-256", nameof(sha256));
        return Path.Combine(_root, sha256);
    }
}
