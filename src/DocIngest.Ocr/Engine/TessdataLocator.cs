namespace DocIngest.Ocr.Engine;

/// <summary>
/// Finds the folder holding the Tesseract models: the folder the host was told of (its DOCINGEST_TESSDATA
/// environment variable, read by the host and passed in) if any, else the first <c>tessdata/</c> folder found walking
/// up from the application folder, then from the current directory (so both an installed app and <c>dotnet test</c>
/// from the repo find the committed models).
/// </summary>
public static class TessdataLocator
{
    /// <summary>Name of the environment variable a host reads to override the search.</summary>
    public const string EnvironmentVariable = "DOCINGEST_TESSDATA";
    private const string FolderName = "tessdata";

    /// <summary>The tessdata folder, or a <see cref="TessdataNotFoundException"/> naming where it looked.</summary>
    /// <param name="overridePath">The folder the host was told of (DOCINGEST_TESSDATA), or null to search.</param>
    public static string Locate(string? overridePath = null) => Locate(overridePath, [AppContext.BaseDirectory, Environment.CurrentDirectory]);

    /// <summary>The search with its inputs made explicit (the override and the folders to walk up from).</summary>
    public static string Locate(string? overridePath, IEnumerable<string> startFolders)
    {
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            return Directory.Exists(overridePath)
                ? Path.GetFullPath(overridePath)
                : throw new TessdataNotFoundException($"{EnvironmentVariable} points to '{overridePath}', which is not a folder");
        }
        var starts = startFolders.Where(s => !string.IsNullOrEmpty(s)).ToList();
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, FolderName);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        throw new TessdataNotFoundException(
            $"no '{FolderName}' folder found above {string.Join(" or ", starts)}; set {EnvironmentVariable} to the folder holding tha.traineddata");
    }
}
