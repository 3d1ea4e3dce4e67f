using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>Whitens table areas so that the running-text OCR pass does not read across table cells.</summary>
public static class TableMask
{
    /// <summary>A copy of the page with every table's area (rules included) set to white.</summary>
    public static GrayImage WhiteOut(GrayImage page, IEnumerable<DetectedTable> tables)
    {
        var copy = new GrayImage(page.Width, page.Height, (byte[])page.Pixels.Clone(), page.Dpi);
        foreach (var table in tables)
        {
            int margin = (int)Math.Ceiling(table.RowLines.Concat(table.ColumnLines).Max(l => l.Thickness) / 2) + Math.Max(2, page.Dpi / 100);
            var area = Clip(new BoundingBox(table.Box.X - margin, table.Box.Y - margin, table.Box.Width + 2 * margin, table.Box.Height + 2 * margin), page);
            for (int y = area.Y; y < area.Bottom; y++) copy.RowSpan(y).Slice(area.X, area.Width).Fill(255);
        }
        return copy;
    }

    internal static BoundingBox Clip(BoundingBox box, GrayImage image)
    {
        int x0 = Math.Clamp(box.X, 0, image.Width), y0 = Math.Clamp(box.Y, 0, image.Height);
        int x1 = Math.Clamp(box.Right, x0, image.Width), y1 = Math.Clamp(box.Bottom, y0, image.Height);
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }
}
