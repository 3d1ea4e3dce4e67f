using UglyToad.PdfPig.Core;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>One cell of a ruled grid in PDF points, with its grid position and spans.</summary>
public sealed record PdfGridCell(int Row, int Column, int RowSpan, int ColumnSpan, PdfRectangle Bounds);

/// <summary>A ruled table found in vector graphics: its outline and cells (merged cells once, at their top-left).</summary>
public sealed record PdfTableGrid(int RowCount, int ColumnCount, PdfRectangle Bounds, IReadOnlyList<PdfGridCell> Cells)
{
    /// <summary>The cell whose area holds the point, or null.</summary>
    public PdfGridCell? CellAt(double x, double y) =>
        Cells.FirstOrDefault(c => x >= c.Bounds.Left && x <= c.Bounds.Right && y >= c.Bounds.Bottom && y <= c.Bounds.Top);
}

/// <summary>
/// Builds table grids from page rules: rules that touch form one table; their distinct positions are the grid lines;
/// a missing rule between two neighbouring grid cells means they are one merged cell.
/// </summary>
public static class PdfTableGridBuilder
{
    /// <summary>Rules closer than this (points) are the same grid line drawn twice (double borders, cell-by-cell borders).</summary>
    private const double SameLine = 3;

    /// <summary>Grid rows or columns thinner than this are artefacts of near-duplicate rules.</summary>
    private const double MinCellSize = 4;

    public static IReadOnlyList<PdfTableGrid> Build(IReadOnlyList<Ruling> rulings)
    {
        var grids = new List<PdfTableGrid>();
        foreach (var group in ConnectedGroups(rulings))
        {
            var grid = BuildGrid(group);
            if (grid is not null) grids.Add(grid);
        }
        return grids.OrderByDescending(g => g.Bounds.Top).ToList();
    }

    private static PdfTableGrid? BuildGrid(List<Ruling> rules)
    {
        var horizontals = rules.Where(r => r.Horizontal).ToList();
        var verticals = rules.Where(r => !r.Horizontal).ToList();
        var ys = DistinctPositions(horizontals.Select(r => r.Position)).OrderByDescending(y => y).ToList();
        var xs = DistinctPositions(verticals.Select(r => r.Position)).OrderBy(x => x).ToList();
        AddOpenEdges(ys, verticals);
        if (ys.Count < 2 || xs.Count < 2) return null;
        int rows = ys.Count - 1, columns = xs.Count - 1;

        // Union-find over grid positions: neighbours with no rule between them are one cell.
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Join(int a, int b) => parent[Find(a)] = Find(b);
        for (int r = 0; r < rows; r++)
        {
            double midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < columns; c++)
            {
                double midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !verticals.Any(v => Math.Abs(v.Position - xs[c + 1]) <= SameLine && v.From <= midY && v.To >= midY))
                    Join(r * columns + c, r * columns + c + 1);
                if (r + 1 < rows && !horizontals.Any(h => Math.Abs(h.Position - ys[r + 1]) <= SameLine && h.From <= midX && h.To >= midX))
                    Join(r * columns + c, (r + 1) * columns + c);
            }
        }

        var cells = Enumerable.Range(0, rows * columns)
            .GroupBy(Find)
            .Select(g =>
            {
                int top = g.Min(i => i / columns), bottom = g.Max(i => i / columns);
                int left = g.Min(i => i % columns), right = g.Max(i => i % columns);
                return new PdfGridCell(top, left, bottom - top + 1, right - left + 1,
                    new PdfRectangle(xs[left], ys[bottom + 1], xs[right + 1], ys[top]));
            })
            .OrderBy(c => c.Row).ThenBy(c => c.Column)
            .ToList();
        return new PdfTableGrid(rows, columns, new PdfRectangle(xs[0], ys[^1], xs[^1], ys[0]), cells);
    }

    /// <summary>
    /// A row cut by the page end has side rules but no closing rule (the row goes on overleaf); the side rules'
    /// ends close it, so the continued row becomes a row of its own instead of loose text.
    /// </summary>
    private static void AddOpenEdges(List<double> ysTopDown, List<Ruling> verticals)
    {
        if (ysTopDown.Count == 0 || verticals.Count == 0) return;
        double top = verticals.Max(v => v.To), bottom = verticals.Min(v => v.From);
        if (top > ysTopDown[0] + MinCellSize) ysTopDown.Insert(0, top);
        if (bottom < ysTopDown[^1] - MinCellSize) ysTopDown.Add(bottom);
    }

    private static List<double> DistinctPositions(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.OrderBy(p => p))
        {
            if (result.Count > 0 && p - result[^1] < Math.Max(SameLine, MinCellSize)) continue;
            result.Add(p);
        }
        return result;
    }

    /// <summary>Rules linked by crossings: each group is one table (a page may hold several, or a lone underline).</summary>
    private static IEnumerable<List<Ruling>> ConnectedGroups(IReadOnlyList<Ruling> rulings)
    {
        var seen = new bool[rulings.Count];
        for (int i = 0; i < rulings.Count; i++)
        {
            if (seen[i]) continue;
            var group = new List<Ruling>();
            var stack = new Stack<int>([i]);
            seen[i] = true;
            while (stack.Count > 0)
            {
                var current = rulings[stack.Pop()];
                group.Add(current);
                for (int j = 0; j < rulings.Count; j++)
                {
                    if (seen[j] || rulings[j].Horizontal == current.Horizontal) continue;
                    var (h, v) = current.Horizontal ? (current, rulings[j]) : (rulings[j], current);
                    if (!PdfRulings.Crosses(h, v)) continue;
                    seen[j] = true;
                    stack.Push(j);
                }
            }
            if (group.Count(r => r.Horizontal) >= 2 && group.Count(r => !r.Horizontal) >= 2) yield return group;
        }
    }
}
