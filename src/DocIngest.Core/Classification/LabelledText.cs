using System.Text;

namespace DocIngest.Core.Classification;

/// <summary>One training example: a label and the text that carries it.</summary>
public sealed record LabelledText(string Label, string Text)
{
    /// <summary>
    /// Reads a two-column TSV (label, text; '#' lines and a "label\ttext" header skipped). Tabs and line breaks
    /// inside a text are written as spaces, so every row is one line.
    /// </summary>
    /// <param name="reader">The TSV text.</param>
    /// <param name="source">What the text is (a file name), named in format errors with the line number.</param>
    public static IReadOnlyList<LabelledText> ReadTsv(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<LabelledText>();
        int lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("label\t", StringComparison.Ordinal)) continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) throw new FormatException($"{source}:{lineNumber}: expected 'label<TAB>text'");
            rows.Add(new LabelledText(line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        return rows;
    }

    /// <summary>Writes rows as TSV lines (label, tab, text on one line), the format <see cref="ReadTsv"/> reads.</summary>
    public static void WriteTsv(TextWriter writer, IEnumerable<LabelledText> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            if (row.Label.Contains('\t') || row.Label.Length == 0) throw new ArgumentException($"bad label '{row.Label}'", nameof(rows));
            sb.Append(row.Label).Append('\t').Append(OneLine(row.Text)).Append('\n');
        }
        writer.Write(sb.ToString());
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
