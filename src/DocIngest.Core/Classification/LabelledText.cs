using System.Text;

namespace DocIngest.Core.Classification;

/// <summary>One training example: a label and the text that carries it.</summary>
public sealed record LabelledText(string Label, string Text)
{
    /// <summary>
    /// Reads a two-column TSV (label, text; '#' lines and a "label\ttext" header skipped). Tabs and line breaks
    /// inside a text are written as spaces, so every row is one line.
    /// </summary>
    public static IReadOnlyList<LabelledText> ReadTsv(string path)
    {
        var rows = new List<LabelledText>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("label\t", StringComparison.Ordinal)) continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) throw new FormatException($"{path}:{lineNumber}: expected 'label<TAB>text'");
            rows.Add(new LabelledText(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return rows;
    }

    /// <summary>Appends labelled rows (corrections made by reviewers) to a TSV, creating it when missing.</summary>
    public static void AppendTsv(string path, IEnumerable<LabelledText> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            if (row.Label.Contains('\t') || row.Label.Length == 0) throw new ArgumentException($"bad label '{row.Label}'", nameof(rows));
            sb.Append(row.Label).Append('\t').Append(OneLine(row.Text)).Append('\n');
        }
        File.AppendAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
