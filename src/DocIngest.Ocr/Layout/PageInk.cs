using DocIngest.Core.Content;
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

    /// <summary>The components of <paramref name="binary"/> (black ink on white, as the preprocessor makes it).</summary>
    public static PageInk Of(GrayImage binary)
    {
        ArgumentNullException.ThrowIfNull(binary);
        InkComponents.Label(binary, threshold: 128, out var components);
        return new PageInk(components, binary.Dpi);
    }

    /// <summary>How many components have their centre inside <paramref name="box"/>.</summary>
    public int CountCentredIn(BoundingBox box) =>
        Components.Count(c => box.Contains(c.X + c.Width / 2, c.Y + c.Height / 2));
}
