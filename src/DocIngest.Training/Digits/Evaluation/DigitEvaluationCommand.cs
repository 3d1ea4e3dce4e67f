using System.Globalization;
using DocIngest.Training.Digits;
using DocIngest.Ocr.Digits;
using DocIngest.Training.Tesseract;

namespace DocIngest.Training.Digits.Evaluation;

/// <summary><c>train-digits evaluate</c>: the end-to-end digit figure of plain Tesseract against Tesseract + corrector.</summary>
public static class DigitEvaluationCommand
{
    public static int Run(string[] args, TextWriter output, string usage)
    {
        string? modelPath = null, fixtures = null;
        string work = Path.Combine(Path.GetTempPath(), "docingest-digit-lines");
        int lines = 60, seed = 4242;
        for (int i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length) { output.WriteLine($"{args[i]} needs a value"); output.WriteLine(usage); return 2; }
            switch (args[i])
            {
                case "--model": modelPath = args[++i]; break;
                case "--lines": lines = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--work": work = args[++i]; break;
                case "--write-fixtures": fixtures = args[++i]; break;
                default: output.WriteLine($"unknown argument '{args[i]}'"); output.WriteLine(usage); return 2;
            }
        }
        var fonts = RegularFontPerFamily(ThaiFontCatalog.Installed());
        output.WriteLine($"fonts: {string.Join(", ", fonts.Select(f => f.Name))}");
        var renderer = new ImageMagickRenderer();
        var benchmark = new LineBenchmark(renderer, new TesseractCli());
        var rendered = benchmark.RenderLines(fonts, [12, 14, 16, 18], lines, seed, fixtures ?? work);
        if (fixtures is not null)
            File.WriteAllLines(Path.Combine(fixtures, "lines.tsv"), rendered.Select(l =>
                $"{Path.GetFileName(l.ImagePath)}\t{l.Truth}\t{l.Font}\t{l.PointSize.ToString(CultureInfo.InvariantCulture)}"));
        using var recognizer = modelPath is null ? ThaiDigitRecognizer.LoadEmbedded() : ThaiDigitRecognizer.Load(modelPath);
        var result = benchmark.Run(rendered, new ThaiDigitCorrector(recognizer));
        LineBenchmark.Report(result, rendered.Count, output);
        return 0;
    }

    /// <summary>The upright regular face of each family (no Bold/Italic/Oblique/Light file), so every family counts once.</summary>
    public static IReadOnlyList<ThaiFont> RegularFontPerFamily(IReadOnlyList<ThaiFont> fonts) => fonts
        .Where(f => !f.Name.Contains('-') || f.Name.EndsWith("-Regular", StringComparison.Ordinal))
        .DistinctBy(f => f.Family)
        .ToList();
}
