using System.Text;
using DocIngest.Core.Classification;

namespace DocIngest.Pipeline.Classification;

/// <summary>Labelled rows in TSV files (data/training/*.tsv), in the format of <see cref="LabelledText.ReadTsv"/>.</summary>
public static class LabelledTextFiles
{
    /// <summary>The rows of a TSV file; a malformed row is a <see cref="FormatException"/> naming the file and line.</summary>
    public static IReadOnlyList<LabelledText> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return LabelledText.ReadTsv(reader, path);
    }

    /// <summary>The rows of a TSV file, or null when there is no such file.</summary>
    public static IReadOnlyList<LabelledText>? ReadIfPresent(string path) => File.Exists(path) ? Read(path) : null;

    /// <summary>Appends rows (corrections made by reviewers) to a TSV file, creating it when missing.</summary>
    public static void Append(string path, IEnumerable<LabelledText> rows)
    {
        var text = new StringWriter();
        LabelledText.WriteTsv(text, rows);
        File.AppendAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
