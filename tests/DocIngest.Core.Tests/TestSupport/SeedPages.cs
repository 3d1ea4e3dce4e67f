using System.Text.RegularExpressions;
using DocIngest.Core.Content;

namespace DocIngest.Core.Tests.TestSupport;

/// <summary>
/// Turns seed-style text (as in shared/seeds: paragraphs separated by blank lines, tab-separated or markdown
/// tables with &lt;ul&gt;&lt;li&gt; lists and &lt;p&gt; breaks inside cells) into <see cref="PageContent"/> as a
/// text-layer reader would produce it. Pages break at form feeds, at running page numbers ("- ๒ -", which start
/// the new page) and at runs of three or more blank lines.
/// </summary>
public static partial class SeedPages
{
    /// <summary>The pages of a seed-style text.</summary>
    public static IReadOnlyList<PageContent> FromText(string text)
    {
        var pages = new List<PageContent>();
        foreach (var pageText in SplitPages(text.Replace("\r\n", "\n")))
        {
            var blocks = Blocks(pageText);
            if (blocks.Count == 0) continue;
            pages.Add(new PageContent(pages.Count + 1, PageMethod.TextLayer, blocks));
        }
        return pages;
    }

    /// <summary>The pages of a seed file in /work/shared/seeds (or SEEDS_DIR).</summary>
    public static IReadOnlyList<PageContent> FromSeed(string fileName) => FromText(File.ReadAllText(Path.Combine(SeedDirectory, fileName)));

    public static string SeedDirectory => Environment.GetEnvironmentVariable("SEEDS_DIR") ?? "/work/shared/seeds";

    private static IEnumerable<string> SplitPages(string text)
    {
        var current = new List<string>();
        int blankRun = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            bool pageNumber = PageNumber().IsMatch(line);
            if (line.Contains('\f') || pageNumber || (blankRun >= 3 && line.Trim().Length > 0))
            {
                if (current.Any(l => l.Trim().Length > 0)) yield return string.Join('\n', current);
                current = [];
                blankRun = 0;
            }
            line = line.Replace("\f", "");
            blankRun = line.Trim().Length == 0 ? blankRun + 1 : 0;
            current.Add(line);
        }
        if (current.Any(l => l.Trim().Length > 0)) yield return string.Join('\n', current);
    }

    private static List<PageBlock> Blocks(string pageText)
    {
        var blocks = new List<PageBlock>();
        var paragraph = new List<string>();
        var tableRows = new List<string[]>();

        void FlushParagraph()
        {
            if (paragraph.Count > 0) blocks.Add(new TextBlock(paragraph.Select(l => new TextLine(l, null, 1.0)).ToList()));
            paragraph.Clear();
        }

        void FlushTable()
        {
            if (tableRows.Count > 0) blocks.Add(new TableBlock(BuildTable(tableRows)));
            tableRows.Clear();
        }

        foreach (var raw in pageText.Split('\n'))
        {
            var cells = TableCells(raw, tableRows.Count > 0 ? tableRows[0].Length : 0);
            if (cells is not null)
            {
                FlushParagraph();
                if (cells.Length > 0) tableRows.Add(cells);
                continue;
            }
            FlushTable();
            var line = raw.Trim();
            if (line.Length == 0) { FlushParagraph(); continue; }
            paragraph.Add(line);
        }
        FlushParagraph();
        FlushTable();
        return blocks;
    }

    // A table row: a markdown row "| a | b |", or a line with tabs between at least three fields (a header) or, once
    // a table has begun, any line with a tab (leading tabs are empty cells). Returns an empty array for separators.
    private static string[]? TableCells(string raw, int columns)
    {
        var line = raw.TrimEnd();
        if (line.TrimStart().StartsWith('|'))
        {
            if (MarkdownSeparator().IsMatch(line)) return [];
            return line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        }
        if (!line.Contains('\t')) return null;
        var fields = line.Split('\t');
        int nonEmpty = fields.Count(f => f.Trim().Length > 0);
        // A header row has at least three fields, two of them more than a label ("ที่ <tab> - <tab> วันที่ …" is a line).
        if (columns == 0 && (nonEmpty < 3 || fields[0].Trim().Length == 0 || fields.Count(f => f.Trim().Length > 3) < 2)) return null;
        if (columns > 0 && nonEmpty == 0) return null;
        return fields.Select(f => f.Trim()).ToArray();
    }

    private static Table BuildTable(List<string[]> rows)
    {
        int columns = rows.Max(r => r.Length);
        var cells = new List<TableCell>();
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < rows[r].Length; c++)
            {
                var lines = CellLines(rows[r][c]);
                if (lines.Count == 0) continue;
                cells.Add(new TableCell(r, c, 1, 1, lines, null, 1.0));
            }
        }
        return new Table(rows.Count, columns, cells);
    }

    // <li> items and <p> paragraphs become separate lines; other tags are dropped.
    private static List<string> CellLines(string cell)
    {
        var marked = ItemBreak().Replace(cell, "\n");
        marked = Tag().Replace(marked, "");
        return marked.Split('\n').Select(l => System.Net.WebUtility.HtmlDecode(l).Trim()).Where(l => l.Length > 0).ToList();
    }

    [GeneratedRegex(@"^\s*-\s*[0-9๐-๙]{1,3}\s*-\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}")]
    private static partial Regex MarkdownSeparator();

    [GeneratedRegex(@"<li[^>]*>|<p[^>]*>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ItemBreak();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
