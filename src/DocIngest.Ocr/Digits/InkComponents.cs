using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits;

/// <summary>8-connected components of the pixels darker than a threshold.</summary>
public static class InkComponents
{
    /// <summary>
    /// Label per pixel (0 = paper, component c has label c + 1) and each component's box. Components are numbered in the
    /// order of their first pixel, row by row, left to right.
    /// </summary>
    /// <remarks>
    /// Works on runs, not pixels: each row's stretches of ink are found with vectorised span searches, a run is joined
    /// to the runs of the row above that touch it (8-connected: overlapping or meeting at a corner), and the labels are
    /// written a run at a time. A page is mostly paper, so this costs a fraction of a pixel-by-pixel flood fill, which
    /// visited each ink pixel's eight neighbours, and gives the same labels and boxes.
    /// </remarks>
    public static int[] Label(GrayImage image, int threshold, out List<BoundingBox> components)
    {
        ArgumentNullException.ThrowIfNull(image);
        int width = image.Width, height = image.Height;
        var labels = new int[width * height];
        components = new List<BoundingBox>();
        if (threshold <= 0 || width == 0) return labels;
        var runs = FindRuns(image, Math.Min(threshold, 256));

        // Each run's component: the root of its set (joined runs point towards the earliest one).
        var sets = new DisjointSets(runs.Count);
        int above = 0; // first run of the previous row that may still touch the current one
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            while (above < i && (runs[above].Y < run.Y - 1 || (runs[above].Y == run.Y - 1 && runs[above].End < run.Start - 1))) above++;
            for (int j = above; j < i && runs[j].Y == run.Y - 1 && runs[j].Start <= run.End + 1; j++) sets.Union(i, j);
        }

        // Runs come in reading order, so a component's first run is met before any other of its runs: numbering roots
        // as they are first met numbers components by their first pixel, as the flood fill from each unlabelled pixel did.
        var labelOfRoot = new int[runs.Count];
        var boxes = new List<(int X0, int Y0, int X1, int Y1)>();
        for (int i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            int root = sets.Find(i);
            if (labelOfRoot[root] == 0)
            {
                boxes.Add((run.Start, run.Y, run.End, run.Y));
                labelOfRoot[root] = boxes.Count;
            }
            int label = labelOfRoot[root];
            var (x0, y0, x1, _) = boxes[label - 1];
            boxes[label - 1] = (Math.Min(x0, run.Start), y0, Math.Max(x1, run.End), run.Y);
            labels.AsSpan(run.Y * width + run.Start, run.End - run.Start + 1).Fill(label);
        }
        foreach (var (x0, y0, x1, y1) in boxes) components.Add(new BoundingBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
        return labels;
    }

    /// <summary>Every row's stretches of pixels below <paramref name="threshold"/> (1–256), top to bottom, left to right.</summary>
    private static List<InkRun> FindRuns(GrayImage image, int threshold)
    {
        var runs = new List<InkRun>();
        byte darkest = 0, lightestInk = (byte)(threshold - 1);
        for (int y = 0; y < image.Height; y++)
        {
            var row = image.RowSpan(y);
            int x = 0;
            while (x < row.Length)
            {
                int start = row[x..].IndexOfAnyInRange(darkest, lightestInk);
                if (start < 0) break;
                start += x;
                int length = row[start..].IndexOfAnyExceptInRange(darkest, lightestInk);
                int end = length < 0 ? row.Length - 1 : start + length - 1;
                runs.Add(new InkRun(y, start, end));
                x = end + 2; // the pixel after a run is paper
            }
        }
        return runs;
    }

    private readonly record struct InkRun(int Y, int Start, int End);
}
