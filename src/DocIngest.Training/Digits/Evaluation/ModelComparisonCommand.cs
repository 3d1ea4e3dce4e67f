using DocIngest.Ocr.Digits;
using DocIngest.Pipeline;
using DocIngest.Training.Digits.Harvest;

namespace DocIngest.Training.Digits.Evaluation;

/// <summary>
/// <c>train-digits compare --model PATH[,PATH...] FILE...</c>: reads each file once with the product (the committed model in
/// the pipeline) and lists, per model, every glyph the corrector was shown that the model reads otherwise than the committed
/// one (<see cref="GlyphReadComparison"/>), then the changes counted by what the corrector would take. Meant for tuning material only.
/// </summary>
public static class ModelComparisonCommand
{
    public static int Run(string[] args, TextWriter output, string usage)
    {
        var modelPaths = new List<string>();
        var files = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--model")
            {
                if (i + 1 >= args.Length) { output.WriteLine("--model needs a value"); output.WriteLine(usage); return 2; }
                modelPaths.AddRange(args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal)) { output.WriteLine($"unknown argument '{args[i]}'"); output.WriteLine(usage); return 2; }
            else files.Add(args[i]);
        }
        if (modelPaths.Count == 0 || files.Count == 0) { output.WriteLine("compare needs --model PATH and at least one file"); output.WriteLine(usage); return 2; }

        var candidates = modelPaths.Select(ThaiDigitRecognizer.Load).ToList();
        try
        {
            using var capture = new DigitRunCapture(new ExtractionOptions { Workers = 1 });
            var transitions = modelPaths.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToList();
            var changed = new int[modelPaths.Count];
            int glyphs = 0;
            foreach (var file in files)
            {
                var runs = capture.Read(file);
                int count = runs.Sum(r => r.Run.Glyphs.Count);
                glyphs += count;
                output.WriteLine($"{Path.GetFileName(file)}: {runs.Count} runs, {count} glyphs");
                for (int m = 0; m < candidates.Count; m++)
                {
                    var changes = GlyphReadComparison.Changes(runs, ThaiDigitRecognizer.Shared, candidates[m], capture.Corrector.Options);
                    changed[m] += changes.Count;
                    foreach (var change in changes)
                    {
                        output.WriteLine($"  {Path.GetFileName(modelPaths[m])}: {change.Describe()}");
                        transitions[m][change.Transition] = transitions[m].GetValueOrDefault(change.Transition) + 1;
                    }
                }
            }
            for (int m = 0; m < candidates.Count; m++)
            {
                output.WriteLine($"{changed[m]} of {glyphs} glyphs read otherwise (committed -> {Path.GetFileName(modelPaths[m])}, as the corrector takes them):");
                foreach (var (key, n) in transitions[m].OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal))
                    output.WriteLine($"  {key}: {n}");
            }
        }
        finally
        {
            foreach (var candidate in candidates) candidate.Dispose();
        }
        return 0;
    }
}
