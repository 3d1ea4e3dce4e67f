using DocIngest.Core.Content;
using DocIngest.Core.Text;
using UglyToad.PdfPig.Content;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>
/// Turns a PDF page with a trustworthy text layer into <see cref="DocIngest.Core.Content.PageContent"/>: running text as blocks of lines,
/// ruled grids as tables whose cells hold the letters inside them. The layer is judged, not trusted
/// (<see cref="TextLayerJudge"/>): repaired where the repair is certain, refused when even repaired it reads badly.
/// </summary>
public static class PdfTextLayerPageReader
{
    /// <summary>A vertical gap between lines larger than this many font sizes starts a new block.</summary>
    private const double BlockGap = 2.0;

    /// <summary>The page content, or null with the reason when the text layer is missing or unusable.</summary>
    public static PageContent? TryRead(Page page, int number, PdfPageGeometry geometry, int minLetters, out string? problem)
    {
        var glyphs = page.Letters.Where(PdfGlyph.IsLegible).Select(PdfGlyph.From).ToList();
        var letters = glyphs.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count < minLetters)
        {
            problem = letters.Count == 0 ? null : $"the text layer holds only {letters.Count} letters";
            return null;
        }
        problem = TextLayerQuality.FindProblem(string.Concat(letters.Select(l => l.Value)), letters.Select(l => l.FontName).Distinct());
        if (problem is not null) return null;

        var blocks = ReadBlocks(page, glyphs, geometry);
        var verdict = TextLayerJudge.Default.Judge(PageBlockLines.Collect(blocks));
        if (verdict.Decision == TextLayerDecision.Rejected)
        {
            problem = verdict.Reason;
            return null;
        }
        if (verdict.Decision == TextLayerDecision.Repaired) blocks = PageBlockLines.Replace(blocks, verdict.Lines);
        return new PageContent(number, PageMethod.TextLayer, blocks)
        {
            Width = geometry.WidthPixels,
            Height = geometry.HeightPixels,
            MeanConfidence = 1.0,
            Warnings = verdict.Reason is null ? [] : [verdict.Reason],
        };
    }

    /// <summary>
    /// The layer's glyphs laid out as the page shows them, unjudged: the cells of each ruled grid as a table, the other
    /// glyphs as lines grouped in blocks, top to bottom.
    /// </summary>
    public static IReadOnlyList<PageBlock> ReadBlocks(Page page, IReadOnlyList<PdfGlyph> glyphs, PdfPageGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(glyphs);
        ArgumentNullException.ThrowIfNull(geometry);
        var grids = PdfTableGridBuilder.Build(PdfRulings.Find(page));
        var cellLetters = grids.Select(g => g.Cells.ToDictionary(c => c, _ => new List<PdfGlyph>())).ToList();
        var freeLetters = new List<PdfGlyph>();
        foreach (var letter in glyphs)
        {
            var center = letter.Bounds.Centroid;
            bool placed = false;
            for (int g = 0; g < grids.Count && !placed; g++)
            {
                var cell = grids[g].CellAt(center.X, center.Y);
                if (cell is null) continue;
                cellLetters[g][cell].Add(letter);
                placed = true;
            }
            if (!placed) freeLetters.Add(letter);
        }

        var positioned = new List<(double Top, PageBlock Block)>();
        positioned.AddRange(BuildTextBlocks(PdfTextLineBuilder.Build(freeLetters), geometry));
        for (int g = 0; g < grids.Count; g++)
            positioned.Add((grids[g].Bounds.Top, new TableBlock(BuildTable(grids[g], cellLetters[g], geometry))));
        return positioned.OrderByDescending(p => p.Top).Select(p => p.Block).ToList();
    }

    private static IEnumerable<(double Top, PageBlock Block)> BuildTextBlocks(IReadOnlyList<PdfTextLine> lines, PdfPageGeometry geometry)
    {
        var current = new List<PdfTextLine>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && current[^1].Bounds.Bottom - line.Bounds.Top > BlockGap * line.FontSize)
            {
                yield return ToBlock(current, geometry);
                current = [];
            }
            current.Add(line);
        }
        if (current.Count > 0) yield return ToBlock(current, geometry);
    }

    private static (double Top, PageBlock Block) ToBlock(List<PdfTextLine> lines, PdfPageGeometry geometry)
    {
        var textLines = lines.Select(l => new TextLine(l.Text, geometry.ToPixels(l.Bounds), 1.0)).ToList();
        var box = textLines.Select(l => l.Box!.Value).Aggregate((a, b) => a.Union(b));
        return (lines[0].Bounds.Top, new TextBlock(textLines, box));
    }

    private static Table BuildTable(PdfTableGrid grid, Dictionary<PdfGridCell, List<PdfGlyph>> letters, PdfPageGeometry geometry)
    {
        var cells = grid.Cells.Select(c => new TableCell(
            c.Row, c.Column, c.RowSpan, c.ColumnSpan,
            PdfTextLineBuilder.Build(letters[c]).Select(l => l.Text).ToList(),
            geometry.ToPixels(c.Bounds), 1.0)).ToList();
        return new Table(grid.RowCount, grid.ColumnCount, cells, geometry.ToPixels(grid.Bounds));
    }
}
