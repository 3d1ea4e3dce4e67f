using DocIngest.Core.Content;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits;

/// <summary>One glyph cut out of a line: its box in page pixels and the isolated crop the recogniser reads.</summary>
public sealed record SegmentedGlyph(BoundingBox Box, GrayImage Crop);

/// <summary>
/// Cuts the glyphs of a run of digits out of a line image by their ink, independently of Tesseract's symbols.
/// Tesseract's Thai model drops or merges the digits it has no glyphs for (๗ ๙ often vanish, ๒๕๖๔ can come out
/// as three symbols), and its LSTM symbol boxes are approximate (x from the network's time steps, y sometimes the
/// whole line). So the run's x range across the line's height is labelled into ink components; components that
/// lie mostly inside a neighbouring non-digit symbol, and specks and dots, are dropped; components stacked over
/// one another merge into one glyph. Each glyph is cut tight with a small margin, other ink painted white,
/// like the training crops.
/// </summary>
public sealed class DigitRunSegmenter
{
    private const int Margin = 2;
    /// <summary>Components lower than this share of the line height are dots, marks or noise, not digits.</summary>
    private const double MinGlyphHeightRatio = 0.18;

    private readonly int _padding;

    /// <param name="padding">Pixels added above and below the line box.</param>
    public DigitRunSegmenter(int padding = 3) => _padding = padding;

    /// <summary>
    /// The glyphs between <paramref name="left"/> and <paramref name="right"/> (page x) within <paramref name="line"/>, left to right.
    /// <paramref name="foreignBoxes"/> are the boxes of the line's other symbols: ink lying mostly inside one of them is not part of the run.
    /// </summary>
    public IReadOnlyList<SegmentedGlyph> Segment(GrayImage image, int left, int right, BoundingBox line, IReadOnlyList<BoundingBox> foreignBoxes)
    {
        var area = Clip(new BoundingBox(left, line.Y - _padding, right - left, line.Height + 2 * _padding), image);
        if (area is not { } region) return [];
        var crop = image.Crop(region);
        int threshold = GlyphInk.OtsuThreshold(crop);
        var labels = InkComponents.Label(crop, threshold, out var components);

        int minHeight = (int)Math.Ceiling(MinGlyphHeightRatio * line.Height);
        var kept = new List<(int Label, BoundingBox Box)>();
        for (int c = 0; c < components.Count; c++)
        {
            var box = components[c];
            var pageBox = box with { X = box.X + region.X, Y = box.Y + region.Y };
            if (box.Height < minHeight && box.Width < minHeight) continue;
            // Components cut by the region's left or right edge belong to a neighbour reaching in; cut by its top or
            // bottom edge, to the line above or below (descenders, ascenders and marks reaching into the digits' band).
            if ((box.X == 0 && region.X > 0) || (box.Right == crop.Width && region.Right < image.Width)) continue;
            if ((box.Y == 0 && region.Y > 0) || (box.Bottom == crop.Height && region.Bottom < image.Height)) continue;
            if (foreignBoxes.Any(f => Overlap(pageBox, f) * 2 > box.Width)) continue;
            kept.Add((c + 1, box));
        }

        var groups = GroupStacked(kept);
        var glyphs = new List<SegmentedGlyph>(groups.Count);
        foreach (var group in groups)
        {
            var box = group.Select(g => g.Box).Aggregate((a, b) => a.Union(b));
            var members = group.Select(g => g.Label).ToHashSet();
            var glyph = new GrayImage(box.Width + 2 * Margin, box.Height + 2 * Margin, dpi: image.Dpi);
            for (int y = box.Y; y < box.Bottom; y++)
                for (int x = box.X; x < box.Right; x++)
                {
                    int label = labels[y * crop.Width + x];
                    glyph[x - box.X + Margin, y - box.Y + Margin] = label == 0 || members.Contains(label) ? crop[x, y] : (byte)255;
                }
            glyphs.Add(new SegmentedGlyph(box with { X = box.X + region.X, Y = box.Y + region.Y }, glyph));
        }
        return glyphs;
    }

    /// <summary>Left-to-right groups; a component joins the previous group when most of its width lies under or over it (broken strokes).</summary>
    private static List<List<(int Label, BoundingBox Box)>> GroupStacked(List<(int Label, BoundingBox Box)> components)
    {
        var groups = new List<List<(int Label, BoundingBox Box)>>();
        BoundingBox current = default;
        foreach (var component in components.OrderBy(c => c.Box.X))
        {
            if (groups.Count > 0 && Overlap(component.Box, current) * 2 >= Math.Min(component.Box.Width, current.Width))
            {
                groups[^1].Add(component);
                current = current.Union(component.Box);
                continue;
            }
            groups.Add([component]);
            current = component.Box;
        }
        return groups;
    }

    private static int Overlap(BoundingBox a, BoundingBox b) => Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X));

    private static BoundingBox? Clip(BoundingBox box, GrayImage image)
    {
        int x0 = Math.Max(0, box.X), y0 = Math.Max(0, box.Y), x1 = Math.Min(image.Width, box.Right), y1 = Math.Min(image.Height, box.Bottom);
        return x1 - x0 < 2 || y1 - y0 < 2 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }
}
