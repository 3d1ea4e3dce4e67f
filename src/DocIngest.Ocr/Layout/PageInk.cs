using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// The ink of a cleaned binary page as connected components, labelled once per page and shared by the stages that ask
/// what ink lies where (lines the layout dropped, lines read from no ink at all).
/// </summary>
public sealed class PageInk
{
    private PageInk(IReadOnlyList<BoundingBox> components, int dpi)
    {
        Components = components;
        Dpi = dpi;
    }

    /// <summary>The box of every 8-connected component of pixels darker than mid-grey.</summary>
    public IReadOnlyList<BoundingBox> Components { get; }

    /// <summary>The page's resolution, for sizes given at a reference resolution.</summary>
    public int Dpi { get; }

    /// <summary>Letter bodies are at least 10 px tall at 200 dpi (6 px at the least); dots and specks are smaller.</summary>
    public int MinLetterHeight => Math.Max(6, (int)Math.Round(MinLetterHeightAt200Dpi * Dpi / 200.0));

    private const int MinLetterHeightAt200Dpi = 10;

    /// <summary>The components of <paramref name="binary"/> (black ink on white, as the preprocessor makes it).</summary>
    public static PageInk Of(GrayImage binary) => Of(binary, out _);

    /// <summary>Ink given as its pieces already (a chosen part of a page's components, e.g. its letter-sized ones).</summary>
    /// <param name="components">The pieces' boxes.</param>
    /// <param name="dpi">The page's resolution.</param>
    public static PageInk Of(IReadOnlyList<BoundingBox> components, int dpi) => new(components, dpi);

    /// <summary>As <see cref="Of(GrayImage)"/>, with the label of every pixel (0 = paper, component c = c + 1) for a stage that needs pixels, not boxes.</summary>
    public static PageInk Of(GrayImage binary, out int[] labels)
    {
        ArgumentNullException.ThrowIfNull(binary);
        labels = InkComponents.Label(binary, InkMask.InkThreshold, out var components);
        return new PageInk(components, binary.Dpi);
    }

    /// <summary>The ink under a line's box: the components centred in it, and the share of its width their columns cover.</summary>
    public LineInk Under(BoundingBox box)
    {
        var inside = Components.Where(box.ContainsCentreOf).ToList();
        int covered = Intervals.Union(inside.Select(c => (c.X, c.Right)))
            .Sum(i => Math.Max(0, Math.Min(i.End, box.Right) - Math.Max(i.Start, box.X)));
        return new LineInk(inside.Count, box.Width == 0 ? 0 : (double)covered / box.Width);
    }
}

/// <summary>The ink under a line's box (<see cref="PageInk.Under"/>).</summary>
/// <param name="Components">Components centred in the box.</param>
/// <param name="CoveredShare">Share (0–1) of the box's width that their columns cover.</param>
public readonly record struct LineInk(int Components, double CoveredShare);
