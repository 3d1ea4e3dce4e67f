namespace DocIngest.Core.Tests.TestSupport;

/// <summary>Finds files kept beside the tests' sources (fixtures), walking up from the test binaries to the project.</summary>
public static class TestFiles
{
    /// <summary>The full path of a file given relative to tests/DocIngest.Core.Tests.</summary>
    public static string Path(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
            var inProject = System.IO.Path.Combine(dir.FullName, "tests", "DocIngest.Core.Tests", relative);
            if (File.Exists(inProject)) return inProject;
        }
        throw new FileNotFoundException($"test file not found above {AppContext.BaseDirectory}", relative);
    }
}
