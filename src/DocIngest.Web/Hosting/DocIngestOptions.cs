using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Hosting;

/// <summary>The service's settings, bound from the "DocIngest" section (env: DocIngest__WatchFolder ...), validated on start.</summary>
public sealed class DocIngestOptions : IValidatableObject
{
    public const string Section = "DocIngest";

    /// <summary>Folder watched for new scans (sub-folders included). Relative paths are under the content root.</summary>
    [Required] public string WatchFolder { get; set; } = "inbox";

    /// <summary>Database, archive of originals by hash, failed/ quarantine.</summary>
    [Required] public string DataDirectory { get; set; } = "data";

    /// <summary>Parallel workers, each with its own OCR engine. Default: one per core.</summary>
    [Range(1, 64)] public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>A file is taken once its size and time have not changed for this long (half-copied files wait).</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")] public TimeSpan StableFor { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Periodic rescan of the watch folder, for network shares and missed watcher events.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")] public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Attempts before a job that keeps failing with transient errors is failed for good; also how many times a file may
    /// stop the worker (the process died or hung on it) before it is failed without being read again.
    /// </summary>
    [Range(1, 20)] public int MaxAttempts { get; set; } = 3;

    /// <summary>How long a claimed job is held without a progress report before another worker may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")] public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Largest file taken, in MB, however it arrives: uploads (Kestrel's body limit follows it), the watch folder (a
    /// larger file is quarantined with the reason) and the reader. A file is read into memory whole while it is
    /// extracted, so this times Workers bounds that memory.
    /// </summary>
    [Range(1, 2000)] public int MaxFileMegabytes { get; set; } = 200;

    /// <summary><see cref="MaxFileMegabytes"/> in bytes.</summary>
    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024;

    /// <summary>
    /// Longest one page may take to render and recognise; a page over it is recorded as not read and the rest of the
    /// file goes on (the job lease is renewed on a timer meanwhile).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan PageTimeLimit { get; set; } = TimeSpan.FromMinutes(3);

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>The first administrator, created at start when it does not exist yet.</summary>
    public AdminOptions Admin { get; set; } = new();

    /// <summary>Scheduled retraining of the classifiers from confirmed documents; zero turns the schedule off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")] public TimeSpan RetrainEvery { get; set; } = TimeSpan.FromHours(24);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.TryParse<DocIngest.Data.DatabaseProvider>(Database.Provider, ignoreCase: true, out _))
            yield return new ValidationResult($"DocIngest:Database:Provider '{Database.Provider}' is unknown: use Sqlite or Postgres.",
                [nameof(Database)]);
        if (!string.IsNullOrWhiteSpace(Admin.User) && (Admin.Password is null || Admin.Password.Length < 8))
            yield return new ValidationResult("DocIngest:Admin:Password must be set (8 characters or more) when DocIngest:Admin:User is.",
                [nameof(Admin)]);
    }

    /// <summary>The provider (validated on start).</summary>
    public DocIngest.Data.DatabaseProvider Provider => Enum.Parse<DocIngest.Data.DatabaseProvider>(Database.Provider, ignoreCase: true);

    public string DataPath(string contentRoot, params string[] parts) =>
        Path.Combine([Path.GetFullPath(DataDirectory, contentRoot), .. parts]);
}

/// <summary>
/// The start-up checks that need the content root: the watch folder and the data directory must be two separate
/// folders. Data inside the inbox would be taken as new scans (the database, the archive, failed/); an inbox inside
/// the data directory mixes dropped files with the service's own.
/// </summary>
public sealed class DocIngestPathsValidator(IHostEnvironment host) : IValidateOptions<DocIngestOptions>
{
    private const string Advice = "use two separate folders, neither inside the other.";

    public ValidateOptionsResult Validate(string? name, DocIngestOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.WatchFolder) || string.IsNullOrWhiteSpace(options.DataDirectory))
            return ValidateOptionsResult.Skip; // [Required] reports it
        string watch = Full(options.WatchFolder), data = Full(options.DataDirectory);
        if (IsWithin(data, watch))
            return ValidateOptionsResult.Fail($"DocIngest:DataDirectory '{data}' is {(data == watch ? "the same folder as" : "inside")} "
                + $"DocIngest:WatchFolder '{watch}': the watcher would take the database, archive and failed/ files as new scans; {Advice}");
        if (IsWithin(watch, data))
            return ValidateOptionsResult.Fail($"DocIngest:WatchFolder '{watch}' is inside DocIngest:DataDirectory '{data}': "
                + $"dropped scans would sit among the service's own files; {Advice}");
        return ValidateOptionsResult.Success;
    }

    private string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, host.ContentRootPath));

    private static bool IsWithin(string inner, string outer)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return inner.Equals(outer, comparison) || inner.StartsWith(outer + Path.DirectorySeparatorChar, comparison);
    }
}

public sealed class DatabaseOptions
{
    /// <summary>Sqlite (the embedded default) or Postgres (several worker machines; needs ConnectionStrings:DocIngest).</summary>
    public string Provider { get; set; } = "Sqlite";
}

public sealed class AdminOptions
{
    /// <summary>User name of the first administrator (DocIngest__Admin__User).</summary>
    public string? User { get; set; }

    /// <summary>Its password (DocIngest__Admin__Password); only used when the account is created.</summary>
    public string? Password { get; set; }
}

/// <summary>PostgreSQL needs its connection string (ConnectionStrings:DocIngest); SQLite defaults to a file in the data directory.</summary>
public sealed class DatabaseConnectionValidator(IConfiguration configuration) : IValidateOptions<DocIngestOptions>
{
    public ValidateOptionsResult Validate(string? name, DocIngestOptions options) =>
        Enum.TryParse<DocIngest.Data.DatabaseProvider>(options.Database.Provider, ignoreCase: true, out var provider)
        && provider == DocIngest.Data.DatabaseProvider.Postgres && configuration.GetConnectionString("DocIngest") is null
            ? ValidateOptionsResult.Fail("DocIngest:Database:Provider is Postgres but ConnectionStrings:DocIngest is not set")
            : ValidateOptionsResult.Success;
}
