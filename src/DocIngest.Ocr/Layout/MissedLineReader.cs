using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Reads the lines Tesseract's page layout dropped. With automatic segmentation a short bold line between two
/// paragraphs (a heading such as "๒. ข้อเท็จจริง") can vanish: no line box covers its ink, and its text is lost
/// although the letters are clean. So the page's ink is labelled, the letter-sized components no recognised line
/// covers are grouped into rows, and each row is read on its own as one line; a reading is kept only when it is
/// confident and holds letters (stamps, signatures and emblems give neither).
/// </summary>
public static class MissedLineReader
{
    /// <summary>Letter bodies are at least this tall at 200 dpi; specks and dots are smaller.</summary>
    private const int MinLetterHeightAt200Dpi = 10;

    /// <summary>A row needs this many letter-sized components to be a line of text.</summary>
    private const int MinComponents = 3;

    /// <summary>Readings below this confidence are taken for noise.</summary>
    private const double MinConfidence = 0.7;

    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, GrayImage binary, ITextRecognizer recognizer)
    {
        if (lines.Count == 0) return lines;
        int medianHeight = lines.Select(l => l.Box.Height).Order().ElementAt(lines.Count / 2);
        int minLetter = Math.Max(6, (int)Math.Round(MinLetterHeightAt200Dpi * image.Dpi / 200.0));
        InkComponents.Label(binary, threshold: 128, out var components);

        var uncovered = components
            .Where(c => c.Height >= minLetter && c.Height <= 2 * medianHeight && c.Width <= 4 * medianHeight)
            .Where(c => !lines.Any(l => Contains(l.Box, c.X + c.Width / 2, c.Y + c.Height / 2)))
            .OrderBy(c => c.Y + c.Height / 2).ToList();
        if (uncovered.Count < MinComponents) return lines;

        var found = new List<RecognizedLine>();
        foreach (var row in Rows(uncovered, medianHeight))
        {
            if (row.Count < MinComponents) continue;
            var box = row.Aggregate((a, b) => a.Union(b));
            if (box.Height > 2 * medianHeight) continue;
            // Room for the marks above and the vowels below that are too small to be counted as letters.
            int pad = medianHeight / 4;
            var region = TableMask.Clip(new BoundingBox(box.X - pad, box.Y - pad, box.Width + 2 * pad, box.Height + 2 * pad), image);
            if (region.Width < 4 || region.Height < 4) continue;
            foreach (var read in recognizer.Recognize(image, region, SegmentationMode.SingleLine))
                if (read.Confidence >= MinConfidence && read.Text.Count(char.IsLetter) >= 2)
                    found.Add(read);
        }
        return found.Count == 0 ? lines : lines.Concat(found).OrderBy(l => l.Box.Y).ThenBy(l => l.Box.X).ToList();
    }

    /// <summary>Components grouped into rows: a component joins the row whose vertical centre is within half a line of its own.</summary>
    private static List<List<BoundingBox>> Rows(List<BoundingBox> components, int lineHeight)
    {
        var rows = new List<List<BoundingBox>>();
        foreach (var c in components)
        {
            int centre = c.Y + c.Height / 2;
            var row = rows.FirstOrDefault(r => Math.Abs(r.Average(b => b.Y + b.Height / 2.0) - centre) <= lineHeight / 2.0);
            if (row is null) rows.Add([c]);
            else row.Add(c);
        }
        return rows;
    }

    private static bool Contains(BoundingBox box, int x, int y) => x >= box.X && x < box.Right && y >= box.Y && y < box.Bottom;
}
