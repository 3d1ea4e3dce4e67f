using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>
/// Cuts a rendered line of well-spaced characters into one crop per character by the blank columns between them.
/// Training renders its glyphs separated by several spaces, so a character never shares ink columns with another.
/// </summary>
public static class GlyphSegmenter
{
    /// <summary>
    /// Crops of each ink run of columns, with <paramref name="margin"/> white pixels kept around the ink
    /// (room for rotation and blur). Column runs closer than <paramref name="minGap"/> are one glyph.
    /// </summary>
    public static IReadOnlyList<GrayImage> Split(GrayImage line, int minGap, int margin = 8, byte inkBelow = 160)
    {
        var columnHasInk = new bool[line.Width];
        for (int y = 0; y < line.Height; y++)
        {
            var row = line.RowSpan(y);
            for (int x = 0; x < row.Length; x++) if (row[x] < inkBelow) columnHasInk[x] = true;
        }
        var runs = new List<(int Start, int End)>();
        for (int x = 0; x < line.Width; x++)
        {
            if (!columnHasInk[x]) continue;
            int start = x;
            while (x < line.Width && columnHasInk[x]) x++;
            if (runs.Count > 0 && start - runs[^1].End < minGap) runs[^1] = (runs[^1].Start, x);
            else runs.Add((start, x));
        }
        var glyphs = new List<GrayImage>(runs.Count);
        foreach (var (start, end) in runs)
        {
            int top = line.Height, bottom = -1;
            for (int y = 0; y < line.Height; y++)
                for (int x = start; x < end; x++)
                    if (line[x, y] < inkBelow) { top = Math.Min(top, y); bottom = y; break; }
            var box = new BoundingBox(start - margin, top - margin, end - start + 2 * margin, bottom - top + 1 + 2 * margin);
            glyphs.Add(PadCrop(line, box));
        }
        return glyphs;
    }

    /// <summary>Bands of rows holding ink, split where at least <paramref name="minGap"/> blank rows separate them.</summary>
    public static IReadOnlyList<GrayImage> SplitRows(GrayImage image, int minGap, byte inkBelow = 160)
    {
        var runs = new List<(int Start, int End)>();
        for (int y = 0; y < image.Height; y++)
        {
            bool ink = false;
            foreach (var p in image.RowSpan(y)) if (p < inkBelow) { ink = true; break; }
            if (!ink) continue;
            if (runs.Count > 0 && y - runs[^1].End < minGap) runs[^1] = (runs[^1].Start, y + 1);
            else runs.Add((y, y + 1));
        }
        int margin = minGap / 2;
        return runs.Select(r => PadCrop(image, new BoundingBox(0, r.Start - margin, image.Width, r.End - r.Start + 2 * margin))).ToList();
    }

    /// <summary>Like <see cref="GrayImage.Crop"/>, but parts outside the image are white instead of clipped.</summary>
    public static GrayImage PadCrop(GrayImage image, BoundingBox box)
    {
        var crop = new GrayImage(box.Width, box.Height, dpi: image.Dpi);
        for (int y = 0; y < box.Height; y++)
        {
            int sy = box.Y + y;
            if (sy < 0 || sy >= image.Height) continue;
            for (int x = 0; x < box.Width; x++)
            {
                int sx = box.X + x;
                if (sx >= 0 && sx < image.Width) crop[x, y] = image[sx, sy];
            }
        }
        return crop;
    }
}
