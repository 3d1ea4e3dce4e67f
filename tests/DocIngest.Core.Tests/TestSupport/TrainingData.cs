using System.Text;
using DocIngest.Core.Classification;

namespace DocIngest.Core.Tests.TestSupport;

/// <summary>
/// The repository's data/training (labelled rows and committed models), read by the tests themselves: Core takes
/// readers and streams, the hosts find the files.
/// </summary>
public static class TrainingData
{
    private static readonly Lazy<string> Directory = new(FindDirectory);

    /// <summary>The rows of a TSV file of data/training, e.g. sections.tsv.</summary>
    public static IReadOnlyList<LabelledText> Rows(string fileName)
    {
        var path = System.IO.Path.Combine(Directory.Value, fileName);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return LabelledText.ReadTsv(reader, path);
    }

    /// <summary>A committed model of data/training, e.g. sections.model.zip.</summary>
    public static TextCategoryModel Model(string fileName)
    {
        using var stream = File.OpenRead(System.IO.Path.Combine(Directory.Value, fileName));
        return TextCategoryModel.Load(stream);
    }

    private static string FindDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "data", "training");
            if (File.Exists(System.IO.Path.Combine(candidate, "sections.tsv"))) return candidate;
        }
        throw new DirectoryNotFoundException($"data/training not found above {AppContext.BaseDirectory}");
    }
}
