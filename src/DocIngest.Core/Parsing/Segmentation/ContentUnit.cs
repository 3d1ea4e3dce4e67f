using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Parsing.Segmentation;

/// <summary>
/// The smallest piece a file is cut into when it is split into documents: one text line, or one whole table.
/// Lines remember their block so that a document's pages can be rebuilt with the original block structure.
/// </summary>
public sealed record ContentUnit(PageContent Page, int BlockIndex, PageBlock Block, TextLine? Line)
{
    /// <summary>The unit's text cleaned for matching (<see cref="ParsingText.Clean"/>); a table's cells row by row.</summary>
    public string Text { get; } = Line is not null ? ParsingText.Clean(Line.Text) : ParsingText.Clean(Block.Text);

    public bool IsTable => Block is TableBlock;

    /// <summary>Every unit of the pages in reading order.</summary>
    public static IReadOnlyList<ContentUnit> Flatten(IReadOnlyList<PageContent> pages)
    {
        var units = new List<ContentUnit>();
        foreach (var page in pages.OrderBy(p => p.Number))
        {
            for (int b = 0; b < page.Blocks.Count; b++)
            {
                var block = page.Blocks[b];
                if (block is TextBlock text)
                {
                    foreach (var line in text.Lines) units.Add(new ContentUnit(page, b, block, line));
                }
                else
                {
                    units.Add(new ContentUnit(page, b, block, null));
                }
            }
        }
        return units;
    }
}
