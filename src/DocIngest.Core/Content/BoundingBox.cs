namespace DocIngest.Core.Content;

/// <summary>An axis-aligned rectangle in page pixels (origin top-left, after deskew).</summary>
public readonly record struct BoundingBox(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;
    public int Bottom => Y + Height;

    /// <summary>True when the pixel (<paramref name="x"/>, <paramref name="y"/>) lies inside (right and bottom edges excluded).</summary>
    public bool Contains(int x, int y) => x >= X && x < Right && y >= Y && y < Bottom;

    /// <summary>True when <paramref name="other"/>'s centre pixel lies inside this box: where a piece of ink belongs.</summary>
    public bool ContainsCentreOf(BoundingBox other) => Contains(other.X + other.Width / 2, other.Y + other.Height / 2);

    /// <summary>The box grown by <paramref name="margin"/> pixels on every side (not clipped to any image).</summary>
    public BoundingBox Inflate(int margin) => new(X - margin, Y - margin, Width + 2 * margin, Height + 2 * margin);

    /// <summary>True when the two boxes share some columns of pixels (boxes that only touch do not).</summary>
    public bool OverlapsHorizontally(BoundingBox other) => Math.Min(Right, other.Right) > Math.Max(X, other.X);

    /// <summary>How many columns of pixels the two boxes share; negative, the gap between them.</summary>
    public int HorizontalOverlap(BoundingBox other) => Math.Min(Right, other.Right) - Math.Max(X, other.X);

    /// <summary>How many rows of pixels the two boxes share; negative, the gap between them.</summary>
    public int VerticalOverlap(BoundingBox other) => Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);

    /// <summary>
    /// True when each box's vertical centre lies within the other's rows: two boxes of one line of text. (Lines above and
    /// below overlap a line's box a little, but never at their centres.)
    /// </summary>
    public bool SharesCentreRowWith(BoundingBox other) =>
        Y + Height / 2 is var centre && centre >= other.Y && centre < other.Bottom
        && other.Y + other.Height / 2 is var otherCentre && otherCentre >= Y && otherCentre < Bottom;

    /// <summary>The smallest box holding both.</summary>
    public BoundingBox Union(BoundingBox other)
    {
        int x = Math.Min(X, other.X), y = Math.Min(Y, other.Y);
        return new BoundingBox(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }
}
