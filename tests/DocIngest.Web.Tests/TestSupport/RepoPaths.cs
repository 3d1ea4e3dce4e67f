namespace DocIngest.Web.Tests.TestSupport;

/// <summary>Where the repository's committed fixtures are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    public static string Sample(string name) => Path.Combine(Root(), "sample-docs", name);
}
