using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocIngest.Pipeline.Loading.Pdf;

/// <summary>A horizontal or vertical rule in PDF points: a stroked line, a rectangle edge, or a thin filled bar.</summary>
public readonly record struct Ruling(bool Horizontal, double Position, double From, double To)
{
    public double Length => To - From;
}

/// <summary>Finds the straight horizontal and vertical rules a page draws (table grids are made of them).</summary>
public static class PdfRulings
{
    /// <summary>Filled rectangles thinner than this (points) are drawn rules, not shaded areas.</summary>
    private const double MaxRuleThickness = 2.5;

    /// <summary>Shorter segments are glyph strokes, underlines of one letter, or noise.</summary>
    private const double MinRuleLength = 8;

    /// <summary>How far from exactly horizontal or vertical a segment may be.</summary>
    private const double AxisTolerance = 0.8;

    public static IReadOnlyList<Ruling> Find(Page page)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                var bounds = subpath.GetBoundingRectangle();
                if (path.IsFilled && bounds is { } b && (b.Width <= MaxRuleThickness || b.Height <= MaxRuleThickness))
                {
                    AddBar(rulings, b);
                    continue;
                }
                // A path neither stroked nor filled draws nothing (it only sets up clipping): no rule.
                if (path.IsStroked) AddSegments(rulings, subpath);
            }
        }
        return rulings.Where(r => r.Length >= MinRuleLength).ToList();
    }

    /// <summary>Whether a horizontal and a vertical rule meet (within a little slack for line caps).</summary>
    public static bool Crosses(Ruling horizontal, Ruling vertical, double slack = 2) =>
        vertical.Position >= horizontal.From - slack && vertical.Position <= horizontal.To + slack &&
        horizontal.Position >= vertical.From - slack && horizontal.Position <= vertical.To + slack;

    private static void AddBar(List<Ruling> rulings, PdfRectangle b)
    {
        if (b.Width >= b.Height) rulings.Add(new Ruling(true, (b.Bottom + b.Top) / 2, b.Left, b.Right));
        else rulings.Add(new Ruling(false, (b.Left + b.Right) / 2, b.Bottom, b.Top));
    }

    private static void AddSegments(List<Ruling> rulings, PdfSubpath subpath)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(rulings, line.From, line.To);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddSegment(rulings, c, s);
                    current = s;
                    break;
                default:
                    // Curves are never table rules.
                    break;
            }
        }
    }

    private static void AddSegment(List<Ruling> rulings, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.Y - b.Y) <= AxisTolerance && Math.Abs(a.X - b.X) > AxisTolerance)
            rulings.Add(new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (Math.Abs(a.X - b.X) <= AxisTolerance && Math.Abs(a.Y - b.Y) > AxisTolerance)
            rulings.Add(new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }
}
