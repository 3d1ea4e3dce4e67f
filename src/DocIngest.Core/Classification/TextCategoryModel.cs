using DocIngest.Core.Thai;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace DocIngest.Core.Classification;

/// <summary>A predicted label with its probability and the probabilities of all labels.</summary>
public sealed record CategoryPrediction(string Label, double Probability, IReadOnlyDictionary<string, double> All);

/// <summary>What a <see cref="TextCategoryModel"/> reads of a text.</summary>
public enum TextFeatures
{
    /// <summary>Character n-grams (1-4) and space-separated words: the text's surface, whatever its wording.</summary>
    Characters,

    /// <summary>
    /// Character n-grams plus word unigrams and bigrams after Thai word breaking (<see cref="ThaiWordSegmenter"/>), the
    /// first word paired with a start marker: cue words (จึง, ตาม, พิจารณาแล้ว) and the opening words count as words
    /// wherever the wording around them differs.
    /// </summary>
    CharactersAndWords,
}

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
        // A model says what it reads by the columns it makes: one trained on words has a word-feature column.
        Features = model.GetOutputSchema(inputSchema).GetColumnOrNull(WordFeatures) is null ? TextFeatures.Characters : TextFeatures.CharactersAndWords;
    }

    /// <summary>The labels the model knows, in score order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>What the model reads of a text (known again after <see cref="Load"/>).</summary>
    public TextFeatures Features { get; }

    private const string WordFeatures = "WordFeatures";
    private const string CharacterFeatures = "CharacterFeatures";

    /// <summary>Trains on the rows. The seed makes training repeatable.</summary>
    public static TextCategoryModel Train(IReadOnlyList<LabelledText> rows, int seed = 1, TextFeatures features = TextFeatures.Characters)
    {
        if (rows.Count == 0) throw new ArgumentException("no training rows", nameof(rows));
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => Input(r.Text, features, r.Label)));
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
        var label = ml.Transforms.Conversion.MapValueToKey("Label");
        IEstimator<ITransformer> featurized = features == TextFeatures.Characters
            ? label.Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(TextInput.Text)))
            : label.Append(ml.Transforms.Text.FeaturizeText(CharacterFeatures, featurizer, nameof(TextInput.Text)))
                .Append(ml.Transforms.Text.FeaturizeText(WordFeatures, new TextFeaturizingEstimator.Options
                {
                    // The words are already broken and spaced; bigrams pair a cue with its neighbour (จึง เห็นควร).
                    WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                    CharFeatureExtractor = null,
                    KeepDiacritics = true,
                    KeepNumbers = false,
                    KeepPunctuations = false,
                    CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                    Norm = TextFeaturizingEstimator.NormFunction.L2,
                }, nameof(TextInput.Words)))
                .Append(ml.Transforms.Concatenate("Features", CharacterFeatures, WordFeatures));
        var pipeline = featurized
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
        var input = Input(text, Features);
        lock (_gate) output = _engine.Predict(input);
        var all = new Dictionary<string, double>();
        for (int i = 0; i < _labels.Length && i < output.Score.Length; i++) all[_labels[i]] = output.Score[i];
        return new CategoryPrediction(output.PredictedLabel, all.GetValueOrDefault(output.PredictedLabel), all);
    }

    /// <summary>Share of rows whose predicted label is their own.</summary>
    public double Accuracy(IReadOnlyList<LabelledText> rows) =>
        rows.Count == 0 ? 0 : rows.Count(r => Predict(r.Text).Label == r.Label) / (double)rows.Count;

    // Digits folded so that Thai and Arabic numbering look alike to the model.
    private static string Prepare(string text) => ThaiDigits.ToArabic(ThaiText.Normalize(text));

    private static TextInput Input(string text, TextFeatures features, string label = "")
    {
        var prepared = Prepare(text);
        return new TextInput { Label = label, Text = prepared, Words = features == TextFeatures.Characters ? "" : Words(prepared) };
    }

    /// <summary>The text's words, space-separated, after a start marker: numbering and specks before the first word are dropped
    /// so that the marker pairs with the opening word.</summary>
    private static string Words(string text)
    {
        var words = ThaiWordSegmenter.Default.Segment(text).SkipWhile(w => !char.IsLetter(w[0])).Where(w => w.Any(char.IsLetter));
        return StartMarker + " " + string.Join(' ', words);
    }

    // A Latin word, so the normaliser keeps it, that no Thai memo text has.
    private const string StartMarker = "qqstart";

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
        public string Words { get; set; } = "";
    }

    private sealed class TextOutput
    {
        public string PredictedLabel { get; set; } = "";
        public float[] Score { get; set; } = [];
    }
}
