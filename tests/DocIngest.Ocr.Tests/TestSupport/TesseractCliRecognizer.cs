using System.Globalization;
using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Training.Tesseract;

namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>
/// Test-only <see cref="ITextRecognizer"/> that runs the real Tesseract through its command line
/// (<c>tesseract img out -l tha --psm N txt tsv</c> through the one <see cref="TesseractCli"/> wrapper), so layout code can be tested on real
/// OCR before the native binding is available. The region is cropped and padded with white like the product does.
/// Line text comes from the txt output (Tesseract's own spacing); boxes and confidences from the TSV words of the line.
/// </summary>
public sealed class TesseractCliRecognizer(string language = "tha") : ITextRecognizer
{
    private const int Padding = 10;
    private readonly string _workDir = Directory.CreateTempSubdirectory("layout-ocr-").FullName;
    private readonly TesseractCli _tesseract = new(language: language);

    /// <summary>How many times Tesseract was run (tests use it to check that empty cells are skipped).</summary>
    public int Calls { get; private set; }

    public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
    {
        var box = region ?? new BoundingBox(0, 0, image.Width, image.Height);
        var crop = Pad(image.Crop(box));
        string input = Path.Combine(_workDir, "in.pgm"), output = Path.Combine(_workDir, "out");
        File.WriteAllBytes(input, PgmImage.Write(crop));
        Run(input, output, mode, image.Dpi);
        Calls++;
        var lines = ParseTsv(File.ReadAllLines(output + ".tsv"), box.X - Padding, box.Y - Padding);
        var texts = File.ReadAllLines(output + ".txt").Where(l => l.Trim().Length > 0).ToList();
        if (texts.Count != lines.Count) return lines;
        return lines.Select((l, i) => l with { Text = texts[i].Trim() }).ToList();
    }

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    private static GrayImage Pad(GrayImage crop)
    {
        var padded = new GrayImage(crop.Width + 2 * Padding, crop.Height + 2 * Padding, dpi: crop.Dpi);
        for (int y = 0; y < crop.Height; y++) crop.RowSpan(y).CopyTo(padded.RowSpan(y + Padding).Slice(Padding));
        return padded;
    }

    private void Run(string input, string output, SegmentationMode mode, int dpi) =>
        _tesseract.Execute([input, output, "-l", language, "--psm", ((int)mode).ToString(CultureInfo.InvariantCulture), "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "txt", "tsv"]);

    /// <summary>Level-4 rows are lines; their level-5 words (single glyphs for Thai) give text, symbols and confidence.</summary>
    private static List<RecognizedLine> ParseTsv(string[] rows, int offsetX, int offsetY)
    {
        var lines = new List<RecognizedLine>();
        BoundingBox? lineBox = null;
        var symbols = new List<RecognizedSymbol>();
        void Flush()
        {
            if (lineBox is { } b && symbols.Count > 0)
                lines.Add(new RecognizedLine(JoinWords(symbols, b.Height), b, symbols.Average(s => s.Confidence), symbols.ToList()));
            symbols.Clear();
        }
        foreach (var row in rows.Skip(1))
        {
            var f = row.Split('\t');
            if (f.Length < 12) continue;
            int level = int.Parse(f[0], CultureInfo.InvariantCulture);
            var box = new BoundingBox(int.Parse(f[6], CultureInfo.InvariantCulture) + offsetX, int.Parse(f[7], CultureInfo.InvariantCulture) + offsetY,
                int.Parse(f[8], CultureInfo.InvariantCulture), int.Parse(f[9], CultureInfo.InvariantCulture));
            if (level == 4) { Flush(); lineBox = box; }
            else if (level == 5 && f[11].Trim().Length > 0)
                symbols.Add(new RecognizedSymbol(f[11].Trim(), box, Math.Clamp(double.Parse(f[10], CultureInfo.InvariantCulture) / 100, 0, 1)));
        }
        Flush();
        return lines;
    }

    /// <summary>Used only when the txt output does not line up with the TSV lines: a space where the gap is wide.</summary>
    private static string JoinWords(List<RecognizedSymbol> words, int lineHeight)
    {
        var text = new System.Text.StringBuilder(words[0].Text);
        for (int i = 1; i < words.Count; i++)
        {
            if (words[i].Box.X - words[i - 1].Box.Right > lineHeight * 0.4) text.Append(' ');
            text.Append(words[i].Text);
        }
        return text.ToString();
    }
}
