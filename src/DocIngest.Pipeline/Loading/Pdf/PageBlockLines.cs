using DocIngest.Core.Content;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// The text lines of a page's blocks as one list (running text, then each table's cells, in block order), and the
/// blocks rebuilt with replaced lines: the text-layer judge reads and repairs a page's lines without its layout.
/// </summary>
public static class PageBlockLines
{
    /// <summary>Every line of <paramref name="blocks"/>, in order.</summary>
    public static IReadOnlyList<string> Collect(IEnumerable<PageBlock> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            if (block is TextBlock text) lines.AddRange(text.Lines.Select(l => l.Text));
            else if (block is TableBlock table) lines.AddRange(table.Table.Cells.SelectMany(c => c.Lines));
        }
        return lines;
    }

    /// <summary><paramref name="blocks"/> with their lines replaced, one for one, by <paramref name="lines"/> (as <see cref="Collect"/> lists them).</summary>
    public static IReadOnlyList<PageBlock> Replace(IReadOnlyList<PageBlock> blocks, IReadOnlyList<string> lines)
    {
        int expected = Collect(blocks).Count;
        if (expected != lines.Count) throw new ArgumentException($"{lines.Count} lines given for {expected} lines in the blocks", nameof(lines));
        int next = 0;
        var result = new List<PageBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            result.Add(block switch
            {
                TextBlock text => text with { Lines = text.Lines.Select(l => l with { Text = lines[next++] }).ToList() },
                TableBlock table => new TableBlock(table.Table with
                {
                    Cells = table.Table.Cells.Select(c => c with { Lines = c.Lines.Select(_ => lines[next++]).ToList() }).ToList(),
                }),
                _ => block,
            });
        }
        return result;
    }
}
