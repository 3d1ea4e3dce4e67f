using System.Text.RegularExpressions;

namespace DocIngest.Core.Tests;

/// <summary>
/// Core holds domain types, the Thai toolkit, parsers and classifiers, and takes what it reads as strings, readers,
/// streams or loaded models: the file system and the environment belong to the hosts. This scans Core's sources for
/// the APIs that would break that, so a new File.ReadAllText there fails the build's tests, not a review.
/// </summary>
public partial class CoreWithoutIoTests
{
    [Fact]
    public void CoreSources_NoFileSystemOrEnvironmentCalls()
    {
        var sources = Directory.EnumerateFiles(CoreSourceDirectory(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .ToList();
        Assert.True(sources.Count > 50, $"only {sources.Count} Core sources found");

        var offences = (from file in sources
                        let lines = File.ReadAllLines(file)
                        from index in Enumerable.Range(0, lines.Length)
                        where IoCall().IsMatch(StripComment(lines[index]))
                        select $"{Path.GetRelativePath(CoreSourceDirectory(), file)}:{index + 1}: {lines[index].Trim()}").ToList();

        Assert.Empty(offences);
    }

    [Theory]
    [InlineData("var text = File.ReadAllText(path);")]
    [InlineData("if (System.IO.File.Exists(p)) return;")]
    [InlineData("Directory.CreateDirectory(dir);")]
    [InlineData("var d = Environment.GetEnvironmentVariable(\"X\");")]
    [InlineData("using var s = new FileStream(path, FileMode.Open);")]
    [InlineData("var p = Path.Combine(a, b);")]
    [InlineData("new DirectoryInfo(start)")]
    public void IoCall_FileSystemOrEnvironmentCall_Matches(string line) => Assert.Matches(IoCall(), line);

    [Theory]
    [InlineData("/// <summary>Reads sections.tsv from the training directory.</summary>")]
    [InlineData("var profile = ProfileOf(text);")]
    [InlineData("stream.CopyTo(target);")]
    public void IoCall_OrdinaryCode_DoesNotMatch(string line) => Assert.DoesNotMatch(IoCall(), StripComment(line));

    // File., Directory., Path. and Environment. members, and the file-system types constructed directly.
    [GeneratedRegex(@"(?<![\w.])(?:System\.IO\.)?(?:File|Directory|Path|Environment)\.\w|\bnew\s+(?:FileStream|FileInfo|DirectoryInfo|StreamReader\s*\(\s*""|StreamWriter\s*\(\s*"")")]
    private static partial Regex IoCall();

    private static string StripComment(string line)
    {
        int comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    private static string CoreSourceDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "DocIngest.Core");
            if (File.Exists(Path.Combine(candidate, "DocIngest.Core.csproj"))) return candidate;
        }
        throw new DirectoryNotFoundException($"src/DocIngest.Core not found above {AppContext.BaseDirectory}");
    }
}
