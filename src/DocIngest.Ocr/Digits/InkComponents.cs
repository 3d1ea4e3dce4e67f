using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits;

/// <summary>8-connected components of the pixels darker than a threshold.</summary>
public static class InkComponents
{
    /// <summary>Label per pixel (0 = paper, component c has label c + 1) and each component's box.</summary>
    public static int[] Label(GrayImage image, int threshold, out List<BoundingBox> components)
    {
        int width = image.Width, height = image.Height;
        var labels = new int[width * height];
        components = new List<BoundingBox>();
        var stack = new Stack<int>();
        for (int start = 0; start < labels.Length; start++)
        {
            if (labels[start] != 0 || image.Pixels[start] >= threshold) continue;
            int label = components.Count + 1;
            int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
            labels[start] = label;
            stack.Push(start);
            while (stack.Count > 0)
            {
                int p = stack.Pop(), px = p % width, py = p / width;
                x0 = Math.Min(x0, px); x1 = Math.Max(x1, px); y0 = Math.Min(y0, py); y1 = Math.Max(y1, py);
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++)
                    {
                        int nx = px + dx, ny = py + dy;
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
                        int q = ny * width + nx;
                        if (labels[q] != 0 || image.Pixels[q] >= threshold) continue;
                        labels[q] = label;
                        stack.Push(q);
                    }
            }
            components.Add(new BoundingBox(x0, y0, x1 - x0 + 1, y1 - y0 + 1));
        }
        return labels;
    }
}
