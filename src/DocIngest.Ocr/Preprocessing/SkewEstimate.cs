namespace DocIngest.Ocr.Preprocessing;

/// <summary>
/// The measured skew of a page. Positive degrees: text lines fall to the right (the content is turned clockwise as
/// displayed); rotating the page by -Degrees straightens it. <paramref name="Reliable"/> is false when the page has
/// too little ink or no clear line structure, in which case Degrees is 0.
/// </summary>
public readonly record struct SkewEstimate(double Degrees, bool Reliable);
