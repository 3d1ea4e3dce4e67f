using DocIngest.Core.Content;

namespace DocIngest.Ocr.Digits;

/// <summary>
/// Decides which columns of an ink component belong to a run of digits, given the symbol boxes of the line's other
/// characters (foreign boxes). A component lying mostly inside a foreign box is that character's. A component whose
/// one end lies in a foreign box and whose other end reaches well beyond it is a digit touching its neighbour (the ๒ of
/// "/๒๕๖๔" joined to the slash on a close-set scan): it is cut at the thinnest column near the box's edge, and the part
/// outside the box is the digit's. A foreign box much wider than the component spans several glyphs (LSTM boxes do, by a
/// digit's width or more) and says nothing about this one.
/// </summary>
internal sealed class ForeignInkTrimmer
{
    /// <summary>A foreign box wider than this many times the component's larger side covers more than one glyph.</summary>
    private const double MaxForeignWidthRatio = 1.6;
    /// <summary>A foreign box must cover at least this share of the component's height in width before it is cut off: less is box jitter.</summary>
    private const double MinCutOverlapRatio = 1.0 / 3;
    /// <summary>
    /// ... and lie over the component with at least this share of its own width: a touching neighbour's ink is all in the
    /// component, while a box that merely reaches into a digit (LSTM boxes are approximate) mostly lies beside it.
    /// </summary>
    private const double MinCoveredShare = 2.0 / 3;
    /// <summary>What is left after the cut must be at least this share of the component's height wide: a digit, not a sliver.</summary>
    private const double MinOwnWidthRatio = 0.5;
    /// <summary>How far from the foreign box's edge, as a share of the component's height, the thinnest column is looked for.</summary>
    private const double CutSearchRatio = 1.0 / 6;

    private readonly int[] _labels;
    private readonly int _width;

    /// <param name="labels">Component label per pixel of the crop (<see cref="InkComponents.Label"/>).</param>
    /// <param name="width">The crop's width.</param>
    public ForeignInkTrimmer(int[] labels, int width)
    {
        _labels = labels;
        _width = width;
    }

    /// <summary>
    /// The tight box of the component's own ink (crop pixels), or null when it is a foreign character's.
    /// </summary>
    /// <param name="label">The component's label.</param>
    /// <param name="box">The component's box.</param>
    /// <param name="foreign">The line's other symbol boxes, in crop pixels.</param>
    public BoundingBox? OwnColumns(int label, BoundingBox box, IReadOnlyList<BoundingBox> foreign)
    {
        int x0 = box.X, x1 = box.Right;
        int size = Math.Max(box.Width, box.Height);
        foreach (var f in foreign)
        {
            int overlap = Math.Max(0, box.HorizontalOverlap(f));
            if (overlap == 0 || f.Width > MaxForeignWidthRatio * size) continue;
            bool substantial = overlap >= MinCutOverlapRatio * box.Height && overlap >= MinCoveredShare * f.Width;
            // The box holds the component's left end (its ink may start a little before the box: the boxes are approximate).
            bool holdsLeftEnd = f.X - box.X <= (f.Right - box.X) / 3 && f.Right < box.Right;
            bool holdsRightEnd = box.Right - f.Right <= (box.Right - f.X) / 3 && f.X > box.X;
            if (substantial && holdsLeftEnd && box.Right - f.Right >= MinOwnWidthRatio * box.Height)
                x0 = Math.Max(x0, ThinnestColumn(label, box, f.X + f.Width / 2, f.Right) + 1);
            else if (substantial && holdsRightEnd && f.X - box.X >= MinOwnWidthRatio * box.Height)
                x1 = Math.Min(x1, ThinnestColumn(label, box, f.X, f.X + f.Width / 2));
            else if (overlap * 2 > box.Width)
                return null;
        }
        if (x0 == box.X && x1 == box.Right) return box;
        return x1 - x0 < 1 ? null : InkBox(label, box with { X = x0, Width = x1 - x0 });
    }

    /// <summary>
    /// The column of the component with the least of its ink near the foreign box's <paramref name="edge"/>, looked for
    /// from the box's <paramref name="middle"/> to a little beyond the edge (the neighbour and the digit meet where the
    /// box says, or inside the box when it is drawn too wide); of equal ones, the nearest to the edge.
    /// </summary>
    private int ThinnestColumn(int label, BoundingBox box, int middle, int edge)
    {
        int reach = Math.Max(2, (int)(CutSearchRatio * box.Height));
        int expected = edge;
        int from = Math.Max(box.X, Math.Min(middle, edge - reach)), to = Math.Min(box.Right - 1, Math.Max(middle, edge + reach));
        int best = Math.Clamp(expected, from, to), bestInk = int.MaxValue;
        for (int x = from; x <= to; x++)
        {
            int ink = 0;
            for (int y = box.Y; y < box.Bottom; y++)
                if (_labels[y * _width + x] == label) ink++;
            if (ink < bestInk || (ink == bestInk && Math.Abs(x - expected) < Math.Abs(best - expected)))
            {
                best = x;
                bestInk = ink;
            }
        }
        return best;
    }

    /// <summary>The tight box of the component's pixels within <paramref name="area"/>, or null when it has none there.</summary>
    private BoundingBox? InkBox(int label, BoundingBox area)
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
        for (int y = area.Y; y < area.Bottom; y++)
            for (int x = area.X; x < area.Right; x++)
            {
                if (_labels[y * _width + x] != label) continue;
                x0 = Math.Min(x0, x); x1 = Math.Max(x1, x); y0 = Math.Min(y0, y); y1 = Math.Max(y1, y);
            }
        return x1 < 0 ? null : new BoundingBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}
