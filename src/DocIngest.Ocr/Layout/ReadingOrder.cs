using DocIngest.Core.Content;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// The order blocks are read in: top to bottom, and blocks side by side (no horizontal overlap) whose tops stand within
/// a row tolerance of each other form one row read left to right. A field label and its value printed side by side start at about the same height,
/// but the value's first line often sits a few pixels higher than the label; sorting by top alone read the value first.
/// </summary>
public static class ReadingOrder
{
    /// <param name="items">The blocks (text blocks, tables, or anything placed by a box).</param>
    /// <param name="boxOf">An item's box; items without one keep their order after all placed items.</param>
    /// <param name="rowTolerance">Largest difference of tops, in pixels, at which two items still share a row (half a line height is typical).</param>
    public static List<T> Sort<T>(IEnumerable<T> items, Func<T, BoundingBox?> boxOf, double rowTolerance)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(boxOf);
        var all = items.Select(item => (Item: item, Box: boxOf(item))).ToList();
        var placed = all.Where(x => x.Box is not null).Select(x => (x.Item, Box: x.Box!.Value))
            .OrderBy(x => x.Box.Y).ThenBy(x => x.Box.X).ToList();
        var ordered = new List<T>(all.Count);
        for (int start = 0; start < placed.Count;)
        {
            int top = placed[start].Box.Y, end = start + 1;
            while (end < placed.Count && placed[end].Box.Y - top <= rowTolerance
                   && Enumerable.Range(start, end - start).All(k => !placed[k].Box.OverlapsHorizontally(placed[end].Box)))
                end++;
            ordered.AddRange(placed.GetRange(start, end - start).OrderBy(x => x.Box.X).Select(x => x.Item));
            start = end;
        }
        ordered.AddRange(all.Where(x => x.Box is null).Select(x => x.Item));
        return ordered;
    }
}
