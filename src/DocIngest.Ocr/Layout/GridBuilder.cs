using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Turns the rules of one table (horizontal and vertical rules that cross each other) into a grid:
/// row and column lines, implied edges where the table is cut off, and cells with their spans.
/// </summary>
internal sealed class GridBuilder(int joinTolerance, int minOpenRow, double minBorderCoverage, int cellMargin)
{
    public DetectedTable? Build(IReadOnlyList<RuleSegment> horizontal, IReadOnlyList<RuleSegment> vertical)
    {
        var rows = Cluster(horizontal);
        var columns = Cluster(AnchoredVerticals(horizontal, vertical));
        if (rows.Count == 0 || columns.Count < 2) return null;

        bool openTop = AddOpenEdge(rows, vertical, before: true);
        bool openBottom = AddOpenEdge(rows, vertical, before: false);
        AddOpenEdge(columns, horizontal, before: true);
        AddOpenEdge(columns, horizontal, before: false);

        // A rule that does not close off even one cell side is an underline or stray stroke inside a cell.
        // Each pass needs two lines on the crossing side to measure a border between; a grid that loses them is no table.
        rows = KeepBorders(rows, columns);
        if (rows.Count < 2) return null;
        columns = KeepBorders(columns, rows);
        if (columns.Count < 2) return null;
        rows = KeepBorders(rows, columns);
        if (rows.Count < 2) return null;
        openTop &= rows[0].IsVirtual;
        openBottom &= rows[^1].IsVirtual;

        var cells = BuildCells(rows, columns);
        if (cells.Count < 2) return null;
        var box = new BoundingBox(columns[0].Position, rows[0].Position,
            columns[^1].Position - columns[0].Position, rows[^1].Position - rows[0].Position);
        return new DetectedTable(box, rows, columns, cells, openTop, openBottom);
    }

    /// <summary>
    /// The vertical rules that are cell borders. A column rule runs from one row rule to another (or on past the
    /// table's outermost row rule, where the table is cut at the page edge), so both of its ends meet a horizontal
    /// rule or lie beyond the table. A vertical stroke of a glyph inside a cell (the stem of a tall Thai letter with
    /// its marks, strokes of two lines chained together) is nearly as long as a one-line row is high and often
    /// touches the rule above or below its line, but not both: taken for a column line, it would split the cell and
    /// cut its text apart. An end meets a rule when it is within half the join tolerance of it (a glyph stem stops a
    /// few pixels short of the other rule); a rule that crosses another row rule on its way is long enough to be
    /// trusted with the whole tolerance (a broken corner of a faded rule). Pieces of a broken rule that miss a
    /// junction are kept when an anchored rule lies on the same line.
    /// </summary>
    private List<RuleSegment> AnchoredVerticals(IReadOnlyList<RuleSegment> horizontal, IReadOnlyList<RuleSegment> vertical)
    {
        if (horizontal.Count == 0) return vertical.ToList();
        int top = horizontal.Min(h => h.Position), bottom = horizontal.Max(h => h.Position);
        var anchored = vertical.Where(v =>
        {
            var crossing = horizontal.Where(h => v.Position >= h.Start - joinTolerance && v.Position <= h.End + joinTolerance).ToList();
            bool crossesARow = crossing.Any(h => h.Position > v.Start + joinTolerance && h.Position < v.End - joinTolerance);
            int reach = crossesARow ? joinTolerance : joinTolerance / 2;
            bool Meets(int end) => crossing.Any(h => Math.Abs(h.Position - end) <= reach);
            return (v.Start < top - joinTolerance || Meets(v.Start)) && (v.End > bottom + joinTolerance || Meets(v.End));
        }).ToList();
        return vertical.Where(v => anchored.Any(a => Math.Abs(a.Position - v.Position) <= joinTolerance)).ToList();
    }

    /// <summary>Rules within the join tolerance of each other are one grid line (double or thick rules, pieces of one rule).</summary>
    private List<GridLine> Cluster(IReadOnlyList<RuleSegment> rules)
    {
        var lines = new List<GridLine>();
        var sorted = rules.OrderBy(r => r.Position).ToList();
        int i = 0;
        while (i < sorted.Count)
        {
            int j = i + 1;
            while (j < sorted.Count && sorted[j].Position - sorted[i].Position <= joinTolerance) j++;
            var group = sorted.GetRange(i, j - i);
            double weight = group.Sum(r => (double)r.Length);
            int position = (int)Math.Round(group.Sum(r => r.Position * (double)r.Length) / weight);
            lines.Add(new GridLine(position, group.Max(r => r.Thickness), MergeSpans(group.SelectMany(r => r.Inked)), IsVirtual: false));
            i = j;
        }
        return lines;
    }

    private static List<RuleSpan> MergeSpans(IEnumerable<RuleSpan> spans)
    {
        var merged = new List<RuleSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = new RuleSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else
                merged.Add(span);
        }
        return merged;
    }

    /// <summary>
    /// When at least two crossing rules run on well past the outermost line, the table goes on beyond a rule it
    /// does not have (cut at the page edge, or drawn without an outer border): add that edge as a virtual line
    /// where the crossing rules end. Only rules that cross the outermost line, running on from at least a short row
    /// inside the table, count: the stems of a text line printed just under a table (ที่, นี้ with their marks touching
    /// the bottom rule) are as long as a row is high but start at that rule, and had opened the table downwards into
    /// the line (order-nonsaat's "ให้คณะกรรมการมีหน้าที่ ดังนี้" became a table row).
    /// </summary>
    private bool AddOpenEdge(List<GridLine> lines, IReadOnlyList<RuleSegment> crossing, bool before)
    {
        int outer = before ? lines[0].Position : lines[^1].Position;
        var beyond = crossing
            .Where(r => before ? r.End >= outer + minOpenRow : r.Start <= outer - minOpenRow)
            .Select(r => before ? r.Start : r.End)
            .Where(e => before ? outer - e >= minOpenRow : e - outer >= minOpenRow).OrderBy(e => e).ToList();
        if (beyond.Count < 2) return false;
        int edge = beyond[beyond.Count / 2];
        var line = new GridLine(edge, 0, [], IsVirtual: true);
        if (before) lines.Insert(0, line); else lines.Add(line);
        return true;
    }

    private List<GridLine> KeepBorders(List<GridLine> lines, List<GridLine> crossing)
    {
        return lines.Where(line => line.IsVirtual || Enumerable.Range(0, crossing.Count - 1).Any(k =>
            line.Coverage(crossing[k].Position + joinTolerance, crossing[k + 1].Position - joinTolerance) >= minBorderCoverage)).ToList();
    }

    private List<GridCell> BuildCells(List<GridLine> rows, List<GridLine> columns)
    {
        int rowCount = rows.Count - 1, columnCount = columns.Count - 1;
        var merge = new DisjointSets(rowCount * columnCount);
        for (int r = 0; r < rowCount; r++)
        {
            for (int c = 0; c < columnCount; c++)
            {
                if (c + 1 < columnCount && !HasBorder(columns[c + 1], rows[r], rows[r + 1]))
                    merge.Union(r * columnCount + c, r * columnCount + c + 1);
                if (r + 1 < rowCount && !HasBorder(rows[r + 1], columns[c], columns[c + 1]))
                    merge.Union(r * columnCount + c, (r + 1) * columnCount + c);
            }
        }

        var taken = new bool[rowCount, columnCount];
        var cells = new List<GridCell>();
        for (int r = 0; r < rowCount; r++)
        {
            for (int c = 0; c < columnCount; c++)
            {
                if (taken[r, c]) continue;
                var (rowSpan, columnSpan) = SpanOf(merge, taken, r, c, rowCount, columnCount);
                for (int rr = r; rr < r + rowSpan; rr++)
                    for (int cc = c; cc < c + columnSpan; cc++) taken[rr, cc] = true;
                cells.Add(MakeCell(rows, columns, r, c, rowSpan, columnSpan));
            }
        }
        return cells;
    }

    private bool HasBorder(GridLine line, GridLine from, GridLine to) =>
        line.IsVirtual || line.Coverage(from.Position + joinTolerance, to.Position - joinTolerance) >= minBorderCoverage;

    /// <summary>
    /// The merged area starting at (r, c): the bounding rectangle of its group of joined cells, provided that
    /// rectangle is exactly the group and still free. Irregular (non-rectangular) merges fall back to single cells.
    /// </summary>
    private static (int RowSpan, int ColumnSpan) SpanOf(DisjointSets merge, bool[,] taken, int r, int c, int rowCount, int columnCount)
    {
        int root = merge.Find(r * columnCount + c);
        int lastRow = r, lastColumn = c;
        for (int rr = r; rr < rowCount; rr++)
            for (int cc = 0; cc < columnCount; cc++)
            {
                if (merge.Find(rr * columnCount + cc) != root) continue;
                if (cc < c) return (1, 1);
                lastRow = Math.Max(lastRow, rr);
                lastColumn = Math.Max(lastColumn, cc);
            }
        for (int rr = r; rr <= lastRow; rr++)
            for (int cc = c; cc <= lastColumn; cc++)
                if (taken[rr, cc] || merge.Find(rr * columnCount + cc) != root) return (1, 1);
        return (lastRow - r + 1, lastColumn - c + 1);
    }

    private GridCell MakeCell(List<GridLine> rows, List<GridLine> columns, int r, int c, int rowSpan, int columnSpan)
    {
        GridLine top = rows[r], bottom = rows[r + rowSpan], left = columns[c], right = columns[c + columnSpan];
        var box = new BoundingBox(left.Position, top.Position, right.Position - left.Position, bottom.Position - top.Position);
        int x0 = left.Position + HalfWidth(left), x1 = right.Position - HalfWidth(right);
        int y0 = top.Position + HalfWidth(top), y1 = bottom.Position - HalfWidth(bottom);
        var inner = new BoundingBox(x0, y0, Math.Max(1, x1 - x0), Math.Max(1, y1 - y0));
        return new GridCell(r, c, rowSpan, columnSpan, box, inner);
    }

    /// <summary>How far from a line's centre the cell's own area begins: half the rule plus a margin for rough edges.</summary>
    private int HalfWidth(GridLine line) => line.IsVirtual ? 0 : (int)Math.Ceiling(line.Thickness / 2) + cellMargin;
}
