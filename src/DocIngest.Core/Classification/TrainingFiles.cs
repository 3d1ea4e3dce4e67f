namespace DocIngest.Core.Classification;

/// <summary>
/// Where the training sets and committed models live: data/training/ of the repository, found from the
/// DOCINGEST_TRAINING_DIR variable or by walking up from the program's and the working directory.
/// </summary>
public static class TrainingFiles
{
    public const string DirectoryVariable = "DOCINGEST_TRAINING_DIR";
    public const string SectionsData = "sections.tsv";
    public const string SectionsModel = "sections.model.zip";
    public const string KindsData = "kinds.tsv";
    public const string KindsModel = "kinds.model.zip";
    public const string SectionCorrections = "sections.corrections.tsv";
    public const string SectionsHeldOut = "sections.heldout.tsv";
    public const string KindCorrections = "kinds.corrections.tsv";
    /// <summary>Hand-written kind examples never trained on; optional (without it a slice of kinds.tsv is held out).</summary>
    public const string KindsHeldOut = "kinds.heldout.tsv";

    /// <summary>The training directory, or null when none can be found.</summary>
    public static string? FindDirectory()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return Directory.Exists(configured) ? configured : null;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "training");
                if (File.Exists(Path.Combine(candidate, SectionsData))) return candidate;
            }
        }
        return null;
    }

    /// <summary>The path of a file in the training directory, or null when the directory or file is missing.</summary>
    public static string? Find(string fileName)
    {
        var dir = FindDirectory();
        if (dir is null) return null;
        var path = Path.Combine(dir, fileName);
        return File.Exists(path) ? path : null;
    }
}
