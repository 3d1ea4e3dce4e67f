namespace DocIngest.Pipeline.Tests.TestSupport;

/// <summary>
/// The real born-digital PDFs in ../shared/corpus beside the repository (see its README). They are not copied into
/// the repository; tests that read them are skipped where the folder is absent.
/// </summary>
public static class Corpus
{
    private static readonly Lazy<string?> Folder = new(Find);

    /// <summary>The corpus folder, or null when this checkout has none beside it.</summary>
    public static string? Directory => Folder.Value;

    /// <summary>The path of a corpus file by name (e.g. memo-district-1.pdf).</summary>
    public static string File(string name) =>
        Path.Combine(Directory ?? throw new InvalidOperationException("the corpus folder ../shared/corpus is absent"), name);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!System.IO.File.Exists(Path.Combine(dir.FullName, "DocIngest.sln"))) continue;
            var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
            return System.IO.Directory.Exists(corpus) ? corpus : null;
        }
        return null;
    }
}

/// <summary>A fact that needs ../shared/corpus: skipped, saying so, where the folder is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Directory is null) Skip = "the real-PDF corpus ../shared/corpus is absent beside the repository";
    }
}
