using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// Whitens tiny isolated ink specks (scanner dust, toner spray) in a binary image: 8-connected components of at most
/// <paramref name="maxAreaAt300Dpi"/> pixels (scaled by resolution squared). The default stays well under the smallest
/// real mark: a full stop or Thai tone mark in 10-point type is ~15+ pixels at 300 dpi. O(pixels).
/// </summary>
public sealed class SpeckleRemover(int maxAreaAt300Dpi = 6)
{
    /// <summary>Cleans <paramref name="binary"/> (0 = ink, 255 = paper) in place and returns how many specks were removed.</summary>
    public int Clean(GrayImage binary)
    {
        ArgumentNullException.ThrowIfNull(binary);
        double scale = binary.Dpi / 300.0;
        int maxArea = Math.Max(1, (int)Math.Round(maxAreaAt300Dpi * scale * scale));
        int width = binary.Width, height = binary.Height;
        var pixels = binary.Pixels;
        var visited = new bool[pixels.Length];
        var stack = new Stack<int>();
        var component = new List<int>(maxArea + 1);
        int removed = 0;

        for (int start = 0; start < pixels.Length; start++)
        {
            if (pixels[start] != 0 || visited[start]) continue;
            component.Clear();
            bool small = true;
            visited[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int i = stack.Pop();
                // Past the size limit the component is kept, but still walked so it is not revisited.
                if (small && component.Count < maxArea) component.Add(i); else small = false;
                int x = i % width, y = i / width;
                for (int dy = -1; dy <= 1; dy++)
                {
                    int ny = y + dy;
                    if (ny < 0 || ny >= height) continue;
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx;
                        if (nx < 0 || nx >= width) continue;
                        int n = ny * width + nx;
                        if (pixels[n] == 0 && !visited[n]) { visited[n] = true; stack.Push(n); }
                    }
                }
            }
            if (!small) continue;
            foreach (int i in component) pixels[i] = 255;
            removed++;
        }
        return removed;
    }
}
