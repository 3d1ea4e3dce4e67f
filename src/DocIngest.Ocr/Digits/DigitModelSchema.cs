using DocIngest.Ocr.Digits.Features;
using Microsoft.ML.Data;

namespace DocIngest.Ocr.Digits;

/// <summary>Column names and row types shared by the trainer and <see cref="ThaiDigitRecognizer"/>.</summary>
public static class DigitModelSchema
{
    public const string LabelKey = "LabelKey";
    public const string PredictedLabel = "PredictedLabel";
}

/// <summary>Input row of the digit model.</summary>
public sealed class GlyphFeatureRow
{
    [VectorType(GlyphFeatures.Length)]
    public float[] Features { get; set; } = [];

    /// <summary>Unused at prediction time; present because the saved pipeline starts by mapping it to a key.</summary>
    public string Label { get; set; } = "";
}

/// <summary>Output row of the digit model: predicted label and the softmax score of every class (in key order).</summary>
public sealed class GlyphPrediction
{
    [ColumnName(DigitModelSchema.PredictedLabel)]
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
