using System.ComponentModel.DataAnnotations;

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

    /// <summary>Attempts before a job that keeps failing with transient errors is failed for good.</summary>
    [Range(1, 20)] public int MaxAttempts { get; set; } = 3;

    /// <summary>How long a claimed job is held without a progress report before another worker may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")] public TimeSpan JobLease { get; set; } = TimeSpan.FromMinutes(5);

    public DatabaseOptions Database { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.TryParse<DocIngest.Data.DatabaseProvider>(Database.Provider, ignoreCase: true, out _))
            yield return new ValidationResult($"DocIngest:Database:Provider '{Database.Provider}' is unknown: use Sqlite or Postgres.",
                [nameof(Database)]);
    }

    /// <summary>The provider (validated on start).</summary>
    public DocIngest.Data.DatabaseProvider Provider => Enum.Parse<DocIngest.Data.DatabaseProvider>(Database.Provider, ignoreCase: true);

    public string DataPath(string contentRoot, params string[] parts) =>
        Path.Combine([Path.GetFullPath(DataDirectory, contentRoot), .. parts]);
}

public sealed class DatabaseOptions
{
    /// <summary>Sqlite (the embedded default) or Postgres (several worker machines; needs ConnectionStrings:DocIngest).</summary>
    public string Provider { get; set; } = "Sqlite";
}
