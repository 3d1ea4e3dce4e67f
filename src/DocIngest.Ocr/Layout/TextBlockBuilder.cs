using DocIngest.Core.Numerics;
using DocIngest.Core.Content;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Groups recognised text lines into blocks (paragraphs, header lines, signature blocks) in reading order.
/// A line continues the block right above it when it overlaps it horizontally, the vertical gap is small and it is
/// not indented (Thai paragraphs indent their first line); memo header key–value lines always stand alone.
/// Side-by-side columns (two signature blocks) become separate blocks because their lines do not overlap horizontally.
/// Where a column of labels stands left of a column of values (a borderless form: "(๑) กิจกรรม/โครงการ" beside the
/// activity, "(๒) ผู้รับผิดชอบ" beside the unit), the value column is cut where each label starts, so that every label
/// is read with its own value rather than the whole value column after the first label.
/// </summary>
public sealed partial class TextBlockBuilder(TextBlockOptions? options = null)
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
            var above = isHeader ? null : BlockAbove(blocks, box, maxGap, lineHeight, SideBySide(placed, box));
            if (above is null || above.IsHeader || box.X - above.Left >= indent)
            {
                blocks.Add(new OpenBlock(line, isHeader));
                continue;
            }
            above.Lines.Add(line);
            above.Box = above.Box.Union(box);
            above.Left = Math.Min(above.Left, box.X);
        }
        var labels = SplitLabelColumns(blocks);
        var split = SplitAtLabelStarts(labels, lineHeight / 2);
        return ReadingOrder.Sort(split, b => b.Box, lineHeight / 2);
    }

    /// <summary>
    /// A block with another block beside it on the right is a label column; labels stacked without a gap
    /// ("(๒) ผู้รับผิดชอบ" right under the end of "(๑) กิจกรรม/โครงการ") are cut apart at each line that opens with an
    /// item number, so that each label can be read with its own value.
    /// </summary>
    private static List<TextBlock> SplitLabelColumns(List<OpenBlock> blocks)
    {
        var result = new List<TextBlock>();
        foreach (var block in blocks)
        {
            bool hasRightNeighbour = blocks.Any(right => !ReferenceEquals(right, block) && right.Box.X >= block.Box.Right
                && Math.Min(right.Box.Bottom, block.Box.Bottom) > Math.Max(right.Box.Y, block.Box.Y));
            if (!hasRightNeighbour)
            {
                result.Add(Block(block.Lines));
                continue;
            }
            var piece = new List<TextLine>();
            foreach (var line in block.Lines)
            {
                if (piece.Count > 0 && ItemNumber().IsMatch(line.Text))
                {
                    result.Add(Block(piece));
                    piece = [];
                }
                piece.Add(line);
            }
            result.Add(Block(piece));
        }
        return result;
    }

    /// <summary>
    /// Cuts a block at the height where a block entirely left of it starts, when that start falls below the block's
    /// first line: the left block is the next row's label and the lines from there on are that row's value.
    /// </summary>
    private static List<TextBlock> SplitAtLabelStarts(List<TextBlock> blocks, double tolerance)
    {
        var result = new List<TextBlock>();
        foreach (var block in blocks)
        {
            var cuts = blocks
                .Where(left => !ReferenceEquals(left, block) && left.Box!.Value.Right <= block.Box!.Value.X
                    && left.Box.Value.Y > block.Box.Value.Y + tolerance && left.Box.Value.Y < block.Box.Value.Bottom)
                .Select(left => left.Box!.Value.Y - tolerance)
                .Order().ToList();
            var piece = new List<TextLine>();
            int next = 0;
            foreach (var line in block.Lines)
            {
                bool crossed = false;
                while (next < cuts.Count && line.Box!.Value.Y >= cuts[next]) { next++; crossed = true; }
                if (crossed && piece.Count > 0)
                {
                    result.Add(Block(piece));
                    piece = [];
                }
                piece.Add(line);
            }
            result.Add(Block(piece));
        }
        return result;
    }

    /// <summary>Lines standing beside this one: no horizontal overlap, and more than the side-by-side share of height shared.</summary>
    private List<BoundingBox> SideBySide(List<TextLine> lines, BoundingBox box) =>
        lines.Select(l => l.Box!.Value)
            .Where(other => other != box && !other.OverlapsHorizontally(box) && SharesRow(other, box))
            .ToList();

    /// <summary>Lines sharing more than the side-by-side share of the lower one's height stand beside each other, not stacked.</summary>
    private bool SharesRow(BoundingBox a, BoundingBox b) => a.VerticalOverlap(b) > _options.SideBySideOverlap * Math.Min(a.Height, b.Height);

    /// <summary>
    /// A line whose top stands at least a third of the page's line height below the top of <paramref name="last"/> and
    /// whose bottom is lower too: the next line of the same column, however much the two boxes overlap.
    /// </summary>
    private static bool StacksUnder(BoundingBox line, BoundingBox last, double lineHeight) =>
        line.Y - last.Y >= lineHeight / 3 && line.Bottom > last.Bottom;

    /// <summary>An item number opening a line: (๑), ๑., 1), (1).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\([0-9๐-๙]{1,2}\)|[0-9๐-๙]{1,2}[.)])")]
    private static partial System.Text.RegularExpressions.Regex ItemNumber();

    private static TextBlock Block(IReadOnlyList<TextLine> lines) =>
        new(lines, lines.Skip(1).Aggregate(lines[0].Box!.Value, (box, line) => box.Union(line.Box!.Value)));

    /// <summary>
    /// The block whose last line is just above this one and overlaps it horizontally, nearest first; none when the line
    /// reaches under two such blocks standing side by side, as a full-width paragraph after a label column and its value
    /// column does (joining either column would carry it into that column's reading order).
    /// </summary>
    /// <remarks>
    /// A line with others beside it (<paramref name="beside"/>: the first line of a value column next to its label) does
    /// not continue a block whose last line spans over those too, such as a heading across both columns: each column
    /// starts a block of its own.
    /// </remarks>
    /// <para>
    /// A line that overlaps the last line above it in height still continues it when it stands a third of a line or more
    /// lower and reaches further down (<see cref="StacksUnder"/>): on a skewed or specked scan the box of a paragraph's
    /// indented first line grows tall enough to share most of the next line's height, and that next line was joined to
    /// the paragraph before, read ahead of the first line it continues.
    /// </para>
    private OpenBlock? BlockAbove(List<OpenBlock> blocks, BoundingBox line, double maxGap, double lineHeight, List<BoundingBox> beside)
    {
        OpenBlock? best = null;
        int bestGap = int.MaxValue;
        var lastLines = new List<BoundingBox>();
        foreach (var block in blocks)
        {
            var last = block.Last;
            if (!last.OverlapsHorizontally(line) || beside.Any(last.OverlapsHorizontally) ||
                (SharesRow(last, line) && !StacksUnder(line, last, lineHeight))) continue;
            int gap = line.Y - last.Bottom;
            if (gap > maxGap) continue;
            lastLines.Add(last);
            if (gap >= bestGap) continue;
            best = block;
            bestGap = gap;
        }
        bool underTwoColumns = lastLines.Any(a => lastLines.Any(b => !a.OverlapsHorizontally(b)));
        return underTwoColumns ? null : best;
    }

    private static double Median(IEnumerable<int> values) => OrderStatistics.UpperMedian(values);
}
