namespace DocIngest.Core.Text;

/// <summary>Where a pattern occurs approximately in a text, and at what <see cref="ThaiEditCosts"/> cost.</summary>
public readonly record struct ApproximateMatch(int Index, int Length, double Cost);
