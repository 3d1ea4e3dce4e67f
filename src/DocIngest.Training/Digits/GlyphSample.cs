using DocIngest.Ocr.Digits.Features;
using Microsoft.ML.Data;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>One training or test row: the glyph's features, its class label, and where it came from.</summary>
public sealed class GlyphSample
{
    [VectorType(GlyphFeatures.Length)]
    public float[] Features { get; set; } = [];

    public string Label { get; set; } = "";

    /// <summary>Font file name (not a feature; for per-font figures).</summary>
    [NoColumn]
    public string Font { get; set; } = "";

    /// <summary>Font family (not a feature; for leave-one-family-out figures).</summary>
    [NoColumn]
    public string Family { get; set; } = "";
}
