namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>
/// Paths of committed test fixtures, found by walking up from the test assembly to the test project's folder
/// (so no build step has to copy them).
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> ProjectDirectory = new(FindProjectDirectory);

    public static string Layout(string name) => Path.Combine(ProjectDirectory.Value, "Fixtures", "layout", name);

    private static string FindProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.Ocr.Tests.csproj"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no DocIngest.Ocr.Tests.csproj above {AppContext.BaseDirectory}");
    }
}
