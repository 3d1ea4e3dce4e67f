using DocIngest.Core.Thai;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace DocIngest.Core.Classification;

/// <summary>A predicted label with its probability and the probabilities of all labels.</summary>
public sealed record CategoryPrediction(string Label, double Probability, IReadOnlyDictionary<string, double> All);

/// <summary>
/// A multiclass text classifier on character n-grams (ML.NET FeaturizeText + SDCA maximum entropy).
/// Character n-grams suit Thai, which is written without spaces between words, and tolerate OCR damage to single
/// characters. Thread-safe: the prediction engine is not, so calls are serialised.
/// </summary>
public sealed class TextCategoryModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly PredictionEngine<TextInput, TextOutput> _engine;
    private readonly string[] _labels;
    private readonly Lock _gate = new();

    private TextCategoryModel(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _engine = ml.Model.CreatePredictionEngine<TextInput, TextOutput>(model, inputSchema);
        _labels = ReadLabels(_engine.OutputSchema);
    }

    /// <summary>The labels the model knows, in score order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>Trains on the rows. The seed makes training repeatable.</summary>
    public static TextCategoryModel Train(IReadOnlyList<LabelledText> rows, int seed = 1)
    {
        if (rows.Count == 0) throw new ArgumentException("no training rows", nameof(rows));
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => new TextInput { Label = r.Label, Text = Prepare(r.Text) }));
        var featurizer = new TextFeaturizingEstimator.Options
        {
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            KeepDiacritics = true,
            KeepNumbers = true,
            KeepPunctuations = false,
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(TextInput.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 60))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        return new TextCategoryModel(ml, model, data.Schema);
    }

    /// <summary>Reads a model written by <see cref="Save"/> (an ML.NET model zip) from <paramref name="stream"/>.</summary>
    public static TextCategoryModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var ml = new MLContext(1);
        var model = ml.Model.Load(stream, out var schema);
        return new TextCategoryModel(ml, model, schema);
    }

    /// <summary>Writes the model (an ML.NET model zip) to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<TextInput>()).Schema;
        _ml.Model.Save(_model, schema, stream);
    }

    public CategoryPrediction Predict(string text)
    {
        TextOutput output;
        lock (_gate) output = _engine.Predict(new TextInput { Text = Prepare(text) });
        var all = new Dictionary<string, double>();
        for (int i = 0; i < _labels.Length && i < output.Score.Length; i++) all[_labels[i]] = output.Score[i];
        return new CategoryPrediction(output.PredictedLabel, all.GetValueOrDefault(output.PredictedLabel), all);
    }

    /// <summary>Share of rows whose predicted label is their own.</summary>
    public double Accuracy(IReadOnlyList<LabelledText> rows) =>
        rows.Count == 0 ? 0 : rows.Count(r => Predict(r.Text).Label == r.Label) / (double)rows.Count;

    // Digits folded so that Thai and Arabic numbering look alike to the model.
    private static string Prepare(string text) => ThaiDigits.ToArabic(ThaiText.Normalize(text));

    private static string[] ReadLabels(DataViewSchema schema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Score"].Annotations.GetValue("SlotNames", ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    private sealed class TextInput
    {
        public string Label { get; set; } = "";
        public string Text { get; set; } = "";
    }

    private sealed class TextOutput
    {
        public string PredictedLabel { get; set; } = "";
        public float[] Score { get; set; } = [];
    }
}
