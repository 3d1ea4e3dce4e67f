using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>Writes training figures as Markdown tables, ready to paste into docs/digits.md.</summary>
public static class DigitTrainingReport
{
    public static void WriteHeldApart(TextWriter output, DigitModelEvaluation evaluation)
    {
        output.WriteLine($"held-apart accuracy: {evaluation.Accuracy:P2} ({evaluation.Correct}/{evaluation.Total})");
        WriteBreakdown(output, evaluation);
        output.WriteLine("| font | rows | accuracy |");
        output.WriteLine("| --- | ---: | ---: |");
        foreach (var (font, (total, correct)) in evaluation.PerGroup.OrderBy(p => p.Key, StringComparer.Ordinal))
            output.WriteLine($"| {font} | {total} | {(double)correct / total:P2} |");
        WriteConfusions(output, evaluation);
    }

    public static void WriteLeftOut(TextWriter output, string family, DigitModelEvaluation evaluation)
    {
        output.WriteLine($"leave-one-family-out {family}: {evaluation.Accuracy:P2} ({evaluation.Correct}/{evaluation.Total})");
        WriteBreakdown(output, evaluation);
        WriteConfusions(output, evaluation);
    }

    private static void WriteBreakdown(TextWriter output, DigitModelEvaluation evaluation)
    {
        int digits = evaluation.DigitRows, rejects = evaluation.Total - digits;
        int digitsRight = digits - evaluation.DigitAsOtherDigit - evaluation.DigitAsReject;
        output.WriteLine($"  digit rows: {Share(digitsRight, digits)} right ({digitsRight}/{digits}; as another digit {evaluation.DigitAsOtherDigit}, rejected {evaluation.DigitAsReject}); " +
            $"reject rows: {Share(rejects - evaluation.RejectAsDigit, rejects)} right ({rejects - evaluation.RejectAsDigit}/{rejects}; taken for a digit {evaluation.RejectAsDigit})");
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{(double)part / whole:P2}";

    private static void WriteConfusions(TextWriter output, DigitModelEvaluation evaluation)
    {
        var top = evaluation.Confusions.OrderByDescending(c => c.Value).Take(12).Select(c => $"{Name(c.Key.Truth)}->{Name(c.Key.Predicted)} x{c.Value}");
        output.WriteLine("  most frequent errors: " + string.Join(", ", top));
    }

    private static string Name(string label) => DigitClasses.DigitOf(label) is var d and >= 0 ? DigitClasses.ThaiDigits[d].ToString() : label;
}
