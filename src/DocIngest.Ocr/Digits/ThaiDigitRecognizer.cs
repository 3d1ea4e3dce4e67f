using System.Reflection;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Imaging;
using Microsoft.ML;

namespace DocIngest.Ocr.Digits;

/// <summary>
/// Classifies one glyph crop as a Thai digit or as something else, with the model trained by <c>docingest train-digits</c>.
/// Load it once and share it: <see cref="Classify"/> is thread-safe (each thread gets its own ML.NET prediction engine).
/// </summary>
public sealed class ThaiDigitRecognizer : IDisposable
{
    /// <summary>Manifest name of the model committed as Digits/Model/thai-digits.zip.</summary>
    public const string EmbeddedModelName = "DocIngest.Ocr.Digits.Model.thai-digits.zip";

    private static readonly Lazy<ThaiDigitRecognizer> SharedInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ThreadLocal<PredictionEngine<GlyphFeatureRow, GlyphPrediction>> _engines;

    /// <summary>Loads a model zip written by <c>docingest train-digits</c> (DocIngest.Training).</summary>
    public ThaiDigitRecognizer(Stream modelZip)
    {
        var ml = new MLContext(seed: 0);
        // The model's trees are loaded by classes in these assemblies, which nothing else here would load before Model.Load.
        ml.ComponentCatalog.RegisterAssembly(typeof(Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer).Assembly);
        ml.ComponentCatalog.RegisterAssembly(typeof(Microsoft.ML.Trainers.FastTree.FastTreeBinaryModelParameters).Assembly);
        var model = ml.Model.Load(modelZip, out _);
        _engines = new ThreadLocal<PredictionEngine<GlyphFeatureRow, GlyphPrediction>>(
            () => ml.Model.CreatePredictionEngine<GlyphFeatureRow, GlyphPrediction>(model), trackAllValues: true);
    }

    /// <summary>The recogniser over the committed model, loaded on first use and shared process-wide (never dispose it).</summary>
    public static ThaiDigitRecognizer Shared => SharedInstance.Value;

    /// <summary>A new recogniser over the model embedded in this assembly.</summary>
    public static ThaiDigitRecognizer LoadEmbedded()
    {
        using var stream = typeof(ThaiDigitRecognizer).Assembly.GetManifestResourceStream(EmbeddedModelName)
            ?? throw new InvalidOperationException($"the digit model resource '{EmbeddedModelName}' is missing from {typeof(ThaiDigitRecognizer).Assembly.GetName().Name}: run scripts/train-digits.sh");
        return new ThaiDigitRecognizer(stream);
    }

    /// <summary>A new recogniser over a model zip on disk.</summary>
    public static ThaiDigitRecognizer Load(string path)
    {
        using var stream = File.OpenRead(path);
        return new ThaiDigitRecognizer(stream);
    }

    /// <summary>
    /// Classifies a crop around one glyph (a symbol box with a little padding; dark ink on light paper).
    /// A crop without ink is rejected with full confidence.
    /// </summary>
    public DigitGuess Classify(GrayImage glyph)
    {
        if (GlyphInk.InkBox(glyph, GlyphInk.OtsuThreshold(glyph)) is null) return DigitGuess.Rejected(1f);
        var prediction = _engines.Value!.Predict(new GlyphFeatureRow { Features = GlyphFeatures.Extract(glyph) });
        float confidence = prediction.Score.Length == 0 ? 0f : prediction.Score.Max();
        int digit = DigitClasses.DigitOf(prediction.PredictedLabel);
        return digit >= 0 ? new DigitGuess(digit, confidence) : DigitGuess.Rejected(confidence);
    }

    public void Dispose()
    {
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Dispose();
    }
}
