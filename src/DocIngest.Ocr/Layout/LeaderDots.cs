using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Whitens dotted leaders in a line crop: the rows of dots a form prints between a label and the value typed over them
/// ("วันที่ ............ ๑๔ ธันวาคม ๒๕๖๖"). Read as a single line, the engine turns such a row into digits and letters
/// ("ว70...,. 9E", "/7717") and they spoil the words beside them. A leader is four or more small components side by side
/// on the lower half of the line, with nothing else between them; Thai's own small marks stand above the letters (tone
/// marks, ํ) or alone (the point of พ.ศ., the circles of ะ stacked one over the other), never four in a row.
/// </summary>
public static class LeaderDots
{
    /// <summary>How many dots in a row make a leader.</summary>
    public const int MinimumRun = 4;

    /// <summary>The crop with its leaders whitened (in place); how many dots were whitened.</summary>
    /// <param name="crop">A line crop, dark ink on a light ground.</param>
    /// <param name="ownBox">The line's box within the crop.</param>
    public static int Whiten(GrayImage crop, BoundingBox ownBox)
    {
        ArgumentNullException.ThrowIfNull(crop);
        InkComponents.Label(crop, threshold: 128, out var components);
        int maxDot = Math.Max(2, ownBox.Height / 6);
        int band = Math.Max(2, ownBox.Height / 10);
        int lowerHalf = ownBox.Y + ownBox.Height * 2 / 5;
        var dots = new List<int>();
        for (int k = 0; k < components.Count; k++)
        {
            var c = components[k];
            if (c.Width <= maxDot && c.Height <= maxDot && c.Y + c.Height / 2 >= lowerHalf) dots.Add(k);
        }
        dots.Sort((a, b) => components[a].X.CompareTo(components[b].X));

        var whiten = new bool[components.Count + 1];
        int whitened = 0;
        var run = new List<int>();
        void Close()
        {
            if (run.Count >= MinimumRun)
                foreach (var k in run) { whiten[k + 1] = true; whitened++; }
            run.Clear();
        }
        foreach (var k in dots)
        {
            if (run.Count > 0)
            {
                var previous = components[run[^1]];
                var c = components[k];
                bool sameRow = Math.Abs(c.Y + c.Height / 2 - (previous.Y + previous.Height / 2)) <= band;
                bool close = c.X - previous.Right <= 4 * maxDot;
                if (!sameRow || !close || InkBetween(components, previous, c, maxDot)) Close();
            }
            run.Add(k);
        }
        Close();
        if (whitened == 0) return 0;
        // The dot's box and a margin: on a gray crop the dot's soft edge lies outside its dark core and would read again.
        int margin = Math.Max(1, maxDot / 3);
        for (int k = 0; k < components.Count; k++)
        {
            if (!whiten[k + 1]) continue;
            var box = components[k];
            for (int y = Math.Max(0, box.Y - margin); y < Math.Min(crop.Height, box.Bottom + margin); y++)
                for (int x = Math.Max(0, box.X - margin); x < Math.Min(crop.Width, box.Right + margin); x++)
                    crop.Pixels[y * crop.Width + x] = 255;
        }
        return whitened;
    }

    /// <summary>True when a component other than a dot stands in the gap between two dots (a letter or digit).</summary>
    private static bool InkBetween(List<BoundingBox> components, BoundingBox left, BoundingBox right, int maxDot)
    {
        foreach (var c in components)
        {
            if (c.Width <= maxDot && c.Height <= maxDot) continue;
            if (c.X < right.X && c.Right > left.Right) return true;
        }
        return false;
    }
}
