namespace DocIngest.Ocr.Layout;

/// <summary>A stretch along a rule that really carries ink, in page pixels [Start, End).</summary>
public readonly record struct RuleSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// One straight ruled line found on the page, reduced to its centre line.
/// For a horizontal rule <see cref="Position"/> is its y and Start/End run along x; for a vertical rule the reverse.
/// </summary>
/// <param name="Position">Centre of the line across its thickness.</param>
/// <param name="Start">First pixel along the line.</param>
/// <param name="End">One past the last pixel along the line.</param>
/// <param name="Thickness">Mean thickness in pixels (ink area / inked length).</param>
/// <param name="Inked">The stretches that carry ink; gaps between them are breaks in a faint or broken rule.</param>
public sealed record RuleSegment(int Position, int Start, int End, double Thickness, IReadOnlyList<RuleSpan> Inked)
{
    public int Length => End - Start;

    /// <summary>Share of [Start, End) that carries ink.</summary>
    public double Fill => Length == 0 ? 0 : Inked.Sum(s => s.Length) / (double)Length;
}
