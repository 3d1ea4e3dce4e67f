namespace DocIngest.Pipeline.Classification;

/// <summary>
/// data/training of the repository: the labelled rows the classifiers are trained on and the committed models. The
/// host reads the <see cref="Variable"/> override from its environment and passes it in; without one the folder is
/// found by walking up from the program's and the working directory.
/// </summary>
public static class TrainingDirectory
{
    /// <summary>The environment variable a host reads to override the search (see <see cref="Find"/>).</summary>
    public const string Variable = "DOCINGEST_TRAINING_DIR";
    public const string SectionsData = "sections.tsv";
    public const string SectionsModel = "sections.model.zip";
    public const string KindsData = "kinds.tsv";
    public const string KindsModel = "kinds.model.zip";
    public const string SectionCorrections = "sections.corrections.tsv";
    public const string SectionsHeldOut = "sections.heldout.tsv";
    /// <summary>The typed sections of the tuning documents' and samples' memos (document_sections.py), trained on with sections.tsv.</summary>
    public const string SectionsDocuments = "sections.documents.tsv";
    public const string KindCorrections = "kinds.corrections.tsv";
    /// <summary>Hand-written kind examples never trained on; optional (without it a slice of kinds.tsv is held out).</summary>
    public const string KindsHeldOut = "kinds.heldout.tsv";

    /// <summary>
    /// The training directory: <paramref name="configured"/> when given (null when it is not a directory), else the
    /// first data/training holding sections.tsv above the program's folder, then above the working directory; null
    /// when none is found.
    /// </summary>
    public static string? Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Directory.Exists(configured) ? configured : null;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "training");
                if (System.IO.File.Exists(Path.Combine(candidate, SectionsData))) return candidate;
            }
        }
        return null;
    }

    /// <summary>The path of <paramref name="fileName"/> in <paramref name="directory"/>, or null when either is missing.</summary>
    public static string? File(string? directory, string fileName)
    {
        if (directory is null) return null;
        var path = Path.Combine(directory, fileName);
        return System.IO.File.Exists(path) ? path : null;
    }
}
