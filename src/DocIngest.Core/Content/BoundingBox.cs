namespace DocIngest.Core.Content;

/// <summary>An axis-aligned rectangle in page pixels (origin top-left, after deskew).</summary>
public readonly record struct BoundingBox(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;
    public int Bottom => Y + Height;

    /// <summary>The smallest box holding both.</summary>
    public BoundingBox Union(BoundingBox other)
    {
        int x = Math.Min(X, other.X), y = Math.Min(Y, other.Y);
        return new BoundingBox(x, y, Math.Max(Right, other.Right) - x, Math.Max(Bottom, other.Bottom) - y);
    }
}
