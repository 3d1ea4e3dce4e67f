using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Which cells of a table are filled: plans print a Gantt chart's months as shaded cells, which OCR reads as nothing and
/// the background step turns white (a fill is paper to it). The fill is judged on the page as scanned, against the
/// table's own paper, so grey or shadowed paper is no fill. The parser reads such cells as the months a project runs
/// (<see cref="TableCell.Marked"/>).
/// </summary>
/// <param name="unnormalized">The page before its paper was evened out and before it was turned straight.</param>
/// <param name="rotation">The degrees the straightened page was turned by (counter-clockwise), whose cell boxes are asked about.</param>
public sealed class CellMarks(GrayImage unnormalized, double rotation)
{
    /// <summary>A filled cell's middle is at most this share of the table's paper level (a cell of text is mostly paper).</summary>
    public const double FillShare = 0.8;

    /// <summary>The share of a table's cells whose middle brightness stands for its paper: most cells of a table are not filled.</summary>
    private const double PaperPercentile = 0.75;

    /// <summary>A run of filled pixel columns narrower than this share of the cell is a rule or a speck, not a fill.</summary>
    public const double MinFillRun = 0.1;

    /// <summary>Per cell (boxes on the straightened page): true when its middle is much darker than the table's paper.</summary>
    public IReadOnlyList<bool> Filled(IReadOnlyList<BoundingBox> boxes) => Fills(boxes).Select(f => f is not null).ToList();

    /// <summary>
    /// Per cell (boxes on the straightened page): null when its middle is not much darker than the table's paper, else
    /// the part of its width the fill covers. A cell the grid merged over two Gantt columns (a rule too faint to find)
    /// may be filled over one of them only: its middle, averaged, still reads as filled.
    /// </summary>
    public IReadOnlyList<WidthShare?> Fills(IReadOnlyList<BoundingBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var levels = boxes.Select(MiddleLevel).ToList();
        var known = levels.OfType<double>().OrderBy(v => v).ToList();
        if (known.Count < 2) return boxes.Select(_ => (WidthShare?)null).ToList();
        double paper = known[(int)Math.Floor(PaperPercentile * (known.Count - 1))];
        return boxes.Select((box, i) => levels[i] is { } v && v <= FillShare * paper ? Across(box, FillShare * paper) : (WidthShare?)null).ToList();
    }

    /// <summary>
    /// The stretch of a filled cell's width from its first to its last run of pixel columns (over the middle half of its
    /// height) at most <paramref name="threshold"/> gray, runs narrower than <see cref="MinFillRun"/> of the cell aside;
    /// the whole width when no run is that wide.
    /// </summary>
    private WidthShare Across(BoundingBox box, double threshold)
    {
        int insetY = Math.Max(2, box.Height / 4), y0 = box.Y + insetY, y1 = box.Bottom - insetY;
        int stepY = Math.Max(1, (y1 - y0) / 16), minRun = Math.Max(2, (int)Math.Ceiling(MinFillRun * box.Width));
        int first = -1, last = -1, runStart = -1;
        for (int x = box.X; x <= box.Right; x++)
        {
            bool dark = x < box.Right && SampledLevel(x, x + 1, 1, y0, y1, stepY) is { } level && level <= threshold;
            if (dark && runStart < 0) runStart = x;
            if (dark || runStart < 0) continue;
            if (x - runStart >= minRun)
            {
                if (first < 0) first = runStart;
                last = x;
            }
            runStart = -1;
        }
        return first < 0 ? new WidthShare(0, 1) : new WidthShare((double)(first - box.X) / box.Width, (double)(last - box.X) / box.Width);
    }

    /// <summary>
    /// The mean gray of the cell's middle (a quarter in from each rule, away from the rules and the text's edges), read
    /// where the straightened page took it from; null for a cell too small to have a middle.
    /// </summary>
    private double? MiddleLevel(BoundingBox box)
    {
        int insetX = Math.Max(2, box.Width / 4), insetY = Math.Max(2, box.Height / 4);
        int x0 = box.X + insetX, x1 = box.Right - insetX, y0 = box.Y + insetY, y1 = box.Bottom - insetY;
        if (x1 <= x0 || y1 <= y0) return null;
        int step = Math.Max(1, Math.Min(x1 - x0, y1 - y0) / 16);
        return SampledLevel(x0, x1, step, y0, y1, step);
    }

    /// <summary>The mean gray of the straightened page's [x0, x1) × [y0, y1) sampled every step, read where the page as scanned had it; null when outside.</summary>
    private double? SampledLevel(int x0, int x1, int stepX, int y0, int y1, int stepY)
    {
        // The straightened page's pixel q came from p = R(q - c) + c on the page as scanned (see ImageRotator).
        double radians = rotation * Math.PI / 180, cos = Math.Cos(radians), sin = Math.Sin(radians);
        double cx = (unnormalized.Width - 1) / 2.0, cy = (unnormalized.Height - 1) / 2.0;
        long sum = 0, count = 0;
        for (int y = y0; y < y1; y += stepY)
            for (int x = x0; x < x1; x += stepX)
            {
                int sx = (int)Math.Round((x - cx) * cos - (y - cy) * sin + cx), sy = (int)Math.Round((x - cx) * sin + (y - cy) * cos + cy);
                if (sx < 0 || sy < 0 || sx >= unnormalized.Width || sy >= unnormalized.Height) continue;
                sum += unnormalized[sx, sy];
                count++;
            }
        return count == 0 ? null : (double)sum / count;
    }
}
