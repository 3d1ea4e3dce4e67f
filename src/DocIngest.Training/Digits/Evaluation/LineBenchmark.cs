using System.Globalization;
using DocIngest.Training.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Digits;
using DocIngest.Training.Tesseract;

namespace DocIngest.Training.Digits.Evaluation;

/// <summary>One benchmark line: the image file and the text it shows.</summary>
public sealed record BenchmarkLine(string ImagePath, string Truth, string Font, double PointSize);

/// <summary>Digit figures of plain Tesseract and of Tesseract followed by the corrector, with per-digit confusions.</summary>
public sealed record LineBenchmarkResult(DigitAccuracy.Count Plain, DigitAccuracy.Count Corrected,
    IReadOnlyDictionary<(char Truth, string Read), int> PlainConfusions, IReadOnlyDictionary<(char Truth, string Read), int> CorrectedConfusions,
    IReadOnlyDictionary<string, (DigitAccuracy.Count Plain, DigitAccuracy.Count Corrected)> PerFont);

/// <summary>
/// The end-to-end digit figure: lines rendered in several fonts and sizes (some with scan-like blur and noise)
/// are read by the <c>tesseract</c> CLI (hOCR with character boxes), then by <see cref="ThaiDigitCorrector"/>.
/// </summary>
public sealed class LineBenchmark
{
    private readonly ImageMagickRenderer _renderer;
    private readonly TesseractCli _tesseract;

    public LineBenchmark(ImageMagickRenderer renderer, TesseractCli tesseract)
    {
        _renderer = renderer;
        _tesseract = tesseract;
    }

    /// <summary>Renders <paramref name="count"/> lines into <paramref name="directory"/> as PNG, cycling through the fonts and sizes.</summary>
    public IReadOnlyList<BenchmarkLine> RenderLines(IReadOnlyList<ThaiFont> fonts, IReadOnlyList<double> sizes, int count, int seed, string directory)
    {
        Directory.CreateDirectory(directory);
        var generator = new DigitLineGenerator(seed);
        var random = new Random(seed);
        var lines = new List<BenchmarkLine>(count);
        for (int i = 0; i < count; i++)
        {
            var font = fonts[i % fonts.Count];
            double size = sizes[random.Next(sizes.Count)];
            string truth = generator.Next();
            string path = Path.Combine(directory, $"line-{i:D3}.png");
            bool scanned = i % 2 == 1;
            _renderer.RenderToFile(font.Path, size, truth, path, scanned ? random.Next(1, 1000) : null);
            lines.Add(new BenchmarkLine(path, truth, font.Name, size));
        }
        return lines;
    }

    public LineBenchmarkResult Run(IReadOnlyList<BenchmarkLine> lines, IRecognizedLineCorrector corrector)
    {
        DigitAccuracy.Count plain = default, corrected = default;
        var plainConfusions = new Dictionary<(char, string), int>();
        var correctedConfusions = new Dictionary<(char, string), int>();
        var perFont = new Dictionary<string, (DigitAccuracy.Count, DigitAccuracy.Count)>();
        foreach (var line in lines)
        {
            var image = _renderer.LoadGray(line.ImagePath);
            var recognised = HocrLineReader.Parse(_tesseract.ReadLineHocr(line.ImagePath));
            string plainText = string.Join(' ', recognised.Select(l => l.Text));
            string correctedText = string.Join(' ', recognised.Select(l => corrector.Correct(image, l).Text));
            var p = DigitAccuracy.Compare(line.Truth, plainText);
            var c = DigitAccuracy.Compare(line.Truth, correctedText);
            plain += p;
            corrected += c;
            var (fp, fc) = perFont.GetValueOrDefault(line.Font);
            perFont[line.Font] = (fp + p, fc + c);
            Tally(plainConfusions, line.Truth, plainText);
            Tally(correctedConfusions, line.Truth, correctedText);
        }
        return new LineBenchmarkResult(plain, corrected, plainConfusions, correctedConfusions, perFont);
    }

    private static void Tally(Dictionary<(char, string), int> confusions, string truth, string read)
    {
        foreach (var (t, r) in DigitAccuracy.AlignDigits(truth, read))
        {
            var key = (t, r is { } c ? c.ToString() : "∅");
            confusions[key] = confusions.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Writes the figures as Markdown.</summary>
    public static void Report(LineBenchmarkResult result, int lineCount, TextWriter output)
    {
        output.WriteLine($"lines: {lineCount}, Thai digits: {result.Plain.Digits}");
        output.WriteLine($"| reader | digit accuracy |");
        output.WriteLine($"| --- | ---: |");
        output.WriteLine($"| tesseract -l tha --psm 7 | {result.Plain.Accuracy:P2} ({result.Plain.Correct}/{result.Plain.Digits}) |");
        output.WriteLine($"| tesseract + ThaiDigitCorrector | {result.Corrected.Accuracy:P2} ({result.Corrected.Correct}/{result.Corrected.Digits}) |");
        output.WriteLine("| font | plain | corrected |");
        output.WriteLine("| --- | ---: | ---: |");
        foreach (var (font, (p, c)) in result.PerFont.OrderBy(f => f.Key, StringComparer.Ordinal))
            output.WriteLine($"| {font} | {p.Accuracy:P1} | {c.Accuracy:P1} |");
        WriteConfusion("plain tesseract", result.PlainConfusions, output);
        WriteConfusion("with corrector", result.CorrectedConfusions, output);
    }

    private static void WriteConfusion(string title, IReadOnlyDictionary<(char Truth, string Read), int> confusions, TextWriter output)
    {
        output.WriteLine($"confusions, {title} (truth: read as xN, ∅ = dropped):");
        output.WriteLine("| digit | n | read as |");
        output.WriteLine("| --- | ---: | --- |");
        foreach (var digit in DigitClasses.ThaiDigits)
        {
            var row = confusions.Where(c => c.Key.Truth == digit).OrderByDescending(c => c.Value).ToList();
            int total = row.Sum(c => c.Value);
            output.WriteLine($"| {digit} | {total} | {string.Join(", ", row.Select(c => $"{c.Key.Read} {c.Value * 100.0 / Math.Max(1, total):F0}%"))} |");
        }
    }
}
