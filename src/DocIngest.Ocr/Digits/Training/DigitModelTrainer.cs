using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace DocIngest.Ocr.Digits.Training;

/// <summary>
/// Trains the digit model with ML.NET: labels to keys, mean-variance normalised features, L-BFGS maximum
/// entropy (multinomial logistic regression), whose softmax scores serve as the confidence.
/// A linear model keeps the committed file tiny and inference cheap; the features carry the non-linearity.
/// </summary>
public sealed class DigitModelTrainer
{
    private readonly MLContext _ml;

    public DigitModelTrainer(int seed) => _ml = new MLContext(seed);

    public MLContext Context => _ml;

    public ITransformer Train(IEnumerable<GlyphSample> samples)
    {
        var data = _ml.Data.LoadFromEnumerable(samples);
        var pipeline = _ml.Transforms.Conversion.MapValueToKey(DigitModelSchema.LabelKey, nameof(GlyphSample.Label))
            .Append(_ml.Transforms.NormalizeMeanVariance(nameof(GlyphSample.Features)))
            .Append(_ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = DigitModelSchema.LabelKey,
                FeatureColumnName = nameof(GlyphSample.Features),
                L2Regularization = 0.1f,
                L1Regularization = 0f,
                MaximumNumberOfIterations = 400,
                NumberOfThreads = 2,
            }))
            .Append(_ml.Transforms.Conversion.MapKeyToValue(DigitModelSchema.PredictedLabel, DigitModelSchema.PredictedLabel));
        return pipeline.Fit(data);
    }

    public void Save(ITransformer model, string path)
    {
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<GlyphSample>()).Schema;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _ml.Model.Save(model, schema, path);
    }
}
