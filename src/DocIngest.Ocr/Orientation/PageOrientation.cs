namespace DocIngest.Ocr.Orientation;

/// <summary>How a page's text is turned, as the engine's orientation detection finds it.</summary>
/// <param name="ClockwiseTurn">Degrees (0, 90, 180 or 270) the page must be turned clockwise for its text to stand upright.</param>
/// <param name="Confidence">
/// The detector's margin of this orientation over the next best (Tesseract's own threshold for acting on it,
/// <c>min_orientation_margin</c>, is 7).
/// </param>
public readonly record struct PageOrientation(int ClockwiseTurn, double Confidence)
{
    /// <summary>True when the page is upright as it is.</summary>
    public bool IsUpright => ClockwiseTurn == 0;
}
