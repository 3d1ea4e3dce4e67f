using Microsoft.ML;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>Accuracy of a trained model on labelled samples: overall, per group (font or family), and the confusions.</summary>
public sealed record DigitModelEvaluation(int Total, int Correct, IReadOnlyDictionary<string, (int Total, int Correct)> PerGroup, IReadOnlyDictionary<(string Truth, string Predicted), int> Confusions, int DigitRows)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>Digit rows read as another digit (the corrector would write a wrong digit).</summary>
    public int DigitAsOtherDigit => Errors((truth, predicted) => IsDigit(truth) && IsDigit(predicted));

    /// <summary>Digit rows rejected (the corrector would leave the run as Tesseract read it).</summary>
    public int DigitAsReject => Errors((truth, predicted) => IsDigit(truth) && !IsDigit(predicted));

    /// <summary>Reject rows (letters, Arabic digits) read as a Thai digit.</summary>
    public int RejectAsDigit => Errors((truth, predicted) => !IsDigit(truth) && IsDigit(predicted));

    private int Errors(Func<string, string, bool> kind) => Confusions.Where(c => kind(c.Key.Truth, c.Key.Predicted)).Sum(c => c.Value);

    private static bool IsDigit(string label) => DigitClasses.DigitOf(label) >= 0;

    /// <summary>Runs <paramref name="model"/> over <paramref name="samples"/>, grouping the figures by <paramref name="groupOf"/>.</summary>
    public static DigitModelEvaluation Evaluate(MLContext ml, ITransformer model, IReadOnlyList<GlyphSample> samples, Func<GlyphSample, string> groupOf)
    {
        var predictions = ml.Data.CreateEnumerable<GlyphPrediction>(model.Transform(ml.Data.LoadFromEnumerable(samples)), reuseRowObject: false).ToList();
        var perGroup = new Dictionary<string, (int Total, int Correct)>();
        var confusions = new Dictionary<(string, string), int>();
        int correct = 0;
        for (int i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            // All reject classes mean "not a digit": a letter taken for another letter is no error.
            string truth = ClassOf(sample.Label), predicted = ClassOf(predictions[i].PredictedLabel);
            bool right = truth == predicted;
            if (right) correct++;
            else confusions[(truth, predicted)] = confusions.GetValueOrDefault((truth, predicted)) + 1;
            var group = groupOf(sample);
            var (total, ok) = perGroup.GetValueOrDefault(group);
            perGroup[group] = (total + 1, ok + (right ? 1 : 0));
        }
        return new DigitModelEvaluation(samples.Count, correct, perGroup, confusions, samples.Count(s => IsDigit(s.Label)));
    }

    private static string ClassOf(string label) => DigitClasses.DigitOf(label) >= 0 ? label : DigitClasses.Reject;
}
