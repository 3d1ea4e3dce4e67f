using DocIngest.Core.Content;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Groups recognised text lines into blocks (paragraphs, header lines, signature blocks) in reading order.
/// A line continues the block right above it when it overlaps it horizontally, the vertical gap is small and it is
/// not indented (Thai paragraphs indent their first line); memo header key–value lines always stand alone.
/// Side-by-side columns (two signature blocks) become separate blocks because their lines do not overlap horizontally.
/// </summary>
public sealed class TextBlockBuilder(TextBlockOptions? options = null)
{
    private readonly TextBlockOptions _options = options ?? new TextBlockOptions();

    private sealed class OpenBlock(TextLine first, bool isHeader)
    {
        public List<TextLine> Lines { get; } = [first];
        public bool IsHeader { get; } = isHeader;
        public BoundingBox Box { get; set; } = first.Box!.Value;
        public int Left { get; set; } = first.Box!.Value.X;
        public BoundingBox Last => Lines[^1].Box!.Value;
    }

    /// <param name="lines">Cleaned lines with boxes (page pixels); lines without a box or text are ignored.</param>
    /// <param name="dpi">Page resolution, to convert the indent threshold.</param>
    public IReadOnlyList<TextBlock> Build(IEnumerable<TextLine> lines, int dpi)
    {
        var placed = lines.Where(l => l.Box is not null && l.Text.Length > 0).OrderBy(l => l.Box!.Value.Y).ThenBy(l => l.Box!.Value.X).ToList();
        if (placed.Count == 0) return [];
        double lineHeight = Median(placed.Select(l => l.Box!.Value.Height));
        double maxGap = _options.ParagraphGapRatio * lineHeight;
        int indent = (int)Math.Round(_options.IndentInches * dpi);

        var blocks = new List<OpenBlock>();
        foreach (var line in placed)
        {
            var box = line.Box!.Value;
            bool isHeader = MemoHeaderLine.IsKeyValue(line.Text);
            var above = isHeader ? null : BlockAbove(blocks, box, maxGap);
            if (above is null || above.IsHeader || box.X - above.Left >= indent)
            {
                blocks.Add(new OpenBlock(line, isHeader));
                continue;
            }
            above.Lines.Add(line);
            above.Box = above.Box.Union(box);
            above.Left = Math.Min(above.Left, box.X);
        }
        return blocks.OrderBy(b => b.Box.Y).ThenBy(b => b.Box.X).Select(b => new TextBlock(b.Lines, b.Box)).ToList();
    }

    /// <summary>The block whose last line is just above this one and overlaps it horizontally, nearest first.</summary>
    private OpenBlock? BlockAbove(List<OpenBlock> blocks, BoundingBox line, double maxGap)
    {
        OpenBlock? best = null;
        int bestGap = int.MaxValue;
        foreach (var block in blocks)
        {
            var last = block.Last;
            int overlapX = Math.Min(last.Right, line.Right) - Math.Max(last.X, line.X);
            if (overlapX <= 0) continue;
            int overlapY = Math.Min(last.Bottom, line.Bottom) - Math.Max(last.Y, line.Y);
            if (overlapY > _options.SideBySideOverlap * Math.Min(last.Height, line.Height)) continue;
            int gap = line.Y - last.Bottom;
            if (gap > maxGap || gap >= bestGap) continue;
            best = block;
            bestGap = gap;
        }
        return best;
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
