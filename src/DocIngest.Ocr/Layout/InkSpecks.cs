using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Whitens ink specks (the dots of shading, halftone and photocopy grain) in the image the engine reads, which reads
/// them as ":", "ก" or "7". Judged on the binary twin, whitened in both.
/// </summary>
public static class InkSpecks
{
    /// <summary>In a table cell, specks no wider and no taller than this are whitened: a 12-point decimal point is about 0.013 in across and stays.</summary>
    public const double DefaultSideInches = 0.01;

    /// <summary>
    /// On the page, smaller: dotted leaders and the small marks near a bold label hold its lines together for the
    /// engine's layout (at 0.01 in a photocopied memo's agency line split in two; docs/ablation.md).
    /// </summary>
    public const double PageSideInches = 0.007;

    /// <summary>Whitens, in <paramref name="image"/> and <paramref name="binary"/> (same size, 0 = ink), every ink component whose box is at most <paramref name="side"/> pixels each way; how many there were.</summary>
    public static int Whiten(GrayImage image, GrayImage binary, int side) => Whiten(image, binary, side, loneSide: 0, clearance: 0);

    /// <summary>
    /// As <see cref="Whiten(GrayImage, GrayImage, int)"/>, and also whitens the pieces at most <paramref name="loneSide"/>
    /// pixels each way that have no other ink (the specks aside) within <paramref name="clearance"/> pixels: a photocopy's
    /// speck a little larger than a speck, alone on the paper, which the engine reads as "3" or "." after the last word,
    /// while a decimal point, a full stop and the small marks stand close to their letters and stay. The ink is labelled
    /// once for both. How many pieces were whitened.
    /// </summary>
    public static int Whiten(GrayImage image, GrayImage binary, int side, int loneSide, int clearance)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(binary);
        if (image.Width != binary.Width || image.Height != binary.Height) throw new ArgumentException("image and binary differ in size", nameof(binary));
        if (side < 1 && loneSide < 1) return 0;
        var labels = InkComponents.Label(binary, InkMask.InkThreshold, out var components);
        var whiten = Specks(components, side);
        if (loneSide >= 1)
        {
            var specks = (bool[])whiten.Clone();
            for (int i = 0; i < components.Count; i++)
            {
                var c = components[i];
                if (whiten[i] || c.Width > loneSide || c.Height > loneSide) continue;
                var around = c.Inflate(clearance);
                whiten[i] = !components.Where((other, j) => j != i && !specks[j] && other.HorizontalOverlap(around) > 0 && other.VerticalOverlap(around) > 0).Any();
            }
        }
        return WhitenLabelled(labels, whiten, components, image, binary);
    }

    /// <summary>
    /// A copy of <paramref name="image"/> with the specks of its already labelled ink whitened (<paramref name="labels"/>
    /// and <paramref name="components"/> as <see cref="InkComponents.Label"/> gives them for its binary twin, which stays
    /// as it is): the page's ink is labelled once for this and for <see cref="PageInk"/>.
    /// </summary>
    public static GrayImage Whitened(GrayImage image, int[] labels, IReadOnlyList<BoundingBox> components, int side)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(components);
        if (labels.Length != image.Pixels.Length) throw new ArgumentException("labels are not the image's", nameof(labels));
        var copy = new GrayImage(image.Width, image.Height, (byte[])image.Pixels.Clone(), image.Dpi);
        if (side >= 1) WhitenLabelled(labels, Specks(components, side), components, copy);
        return copy;
    }

    private static bool[] Specks(IReadOnlyList<BoundingBox> components, int side) =>
        components.Select(c => c.Width <= side && c.Height <= side).ToArray();

    /// <summary>Whitens in <paramref name="images"/> the pixels of the components <paramref name="whiten"/> marks; how many components.</summary>
    private static int WhitenLabelled(int[] labels, bool[] whiten, IReadOnlyList<BoundingBox> components, params GrayImage[] images)
    {
        // A component's pixels all lie in its box, so only the boxes of the components to whiten are visited, not the
        // whole page's labels (a page of specks is a few pixels of boxes against 9 million labels).
        int width = images[0].Width, count = 0;
        for (int k = 0; k < whiten.Length; k++)
        {
            if (!whiten[k]) continue;
            count++;
            var box = components[k];
            for (int y = box.Y; y < box.Bottom; y++)
                for (int i = y * width + box.X, end = i + box.Width; i < end; i++)
                {
                    if (labels[i] != k + 1) continue;
                    foreach (var image in images) image.Pixels[i] = 255;
                }
        }
        return count;
    }
}
