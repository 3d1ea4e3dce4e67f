using System.Diagnostics;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Imaging;
using DocIngest.Pipeline.Loading.Pdf;
using UglyToad.PdfPig;

namespace DocIngest.Training.Digits;

/// <summary>
/// Cuts Thai digit glyphs, and the letters that look like them, out of real born-digital PDFs: each page is rendered at
/// 300 dpi with pdftoppm and every text-layer glyph that is a digit or a reject letter is cropped at its own box. The
/// glyphs are as the agencies' fonts print them (TH SarabunIT๙, Angsana, Cordia, the faces Debian does not ship), so
/// the digit model can learn them beside the rendered fonts. A layer's glyph map can lie (a private-use slot, a digit
/// drawn by an IT๙ font under an Arabic code point): values are taken as the product reads a layer
/// (<see cref="PdfGlyph.From"/>), and a crop whose ink does not fill its box like a glyph is dropped.
/// </summary>
public sealed class RealDigitGlyphs(TextWriter log)
{
    private const int Dpi = 300;

    /// <summary>White pixels around each glyph's ink, as the rendered fonts' glyphs have (<see cref="GlyphSegmenter"/>).</summary>
    private const int Margin = 8;

    /// <param name="pdf">The PDF.</param>
    /// <param name="family">What the glyphs are grouped as (leave-one-family-out reports): the document's name.</param>
    /// <param name="maxPages">Pages read at most, spread evenly over the document.</param>
    /// <param name="maxPerDigit">Digit glyphs kept at most per digit and document, so that a long table of ๐ does not swamp the rest.</param>
    /// <param name="maxPerLetter">Look-alike letters kept at most per letter and document: prose holds thousands, and the
    /// rendered fonts already give every letter in every face.</param>
    public IReadOnlyList<CleanGlyph> Harvest(string pdf, string family, int maxPages, int maxPerDigit, int maxPerLetter)
    {
        var font = new ThaiFont(pdf, family);
        var counts = new Dictionary<string, int>();
        int Limit(string label) => DigitClasses.DigitOf(label) >= 0 ? maxPerDigit : maxPerLetter;
        var glyphs = new List<CleanGlyph>();
        int dropped = 0;
        using var document = PdfDocument.Open(pdf);
        int pageCount = document.NumberOfPages;
        var pages = Enumerable.Range(0, Math.Min(maxPages, pageCount)).Select(i => 1 + (int)((long)i * pageCount / Math.Min(maxPages, pageCount))).Distinct();
        foreach (int number in pages)
        {
            var page = document.GetPage(number);
            var wanted = page.Letters.Where(PdfGlyph.IsLegible).Select(PdfGlyph.From)
                .Where(g => g.Value.Length == 1 && LabelOf(g.Value[0]) is { } label && counts.GetValueOrDefault(label) < Limit(label))
                .ToList();
            if (wanted.Count == 0) continue;
            var image = Render(pdf, number);
            double scale = image.Width / page.Width;
            foreach (var glyph in wanted)
            {
                string label = LabelOf(glyph.Value[0])!;
                if (counts.GetValueOrDefault(label) >= Limit(label)) continue;
                if (Cut(image, glyph, scale, page.Height) is not { } cut)
                {
                    dropped++;
                    continue;
                }
                counts[label] = counts.GetValueOrDefault(label) + 1;
                glyphs.Add(new CleanGlyph(cut, label, font, glyph.FontSize));
            }
        }
        log.WriteLine($"  {family}: {glyphs.Count(g => DigitClasses.DigitOf(g.Label) >= 0)} digits, {glyphs.Count(g => DigitClasses.DigitOf(g.Label) < 0)} look-alike letters ({dropped} boxes dropped: ink across their edges or too little)");
        return glyphs;
    }

    /// <summary>The training label of a printed character: a Thai digit's class, a reject letter's own class, else null.</summary>
    public static string? LabelOf(char c)
    {
        if (ThaiDigits.IsThaiDigit(c)) return DigitClasses.LabelOf(c - '๐');
        return DigitClasses.ThaiRejectGlyphs.Contains(c) ? DigitClasses.RejectLabelOf(c) : null;
    }

    /// <summary>Pixels a box may grow on a side whose edge still has ink: font boxes are a little tight for anti-aliased or bold outlines.</summary>
    private const int MaxGrowth = 4;

    /// <summary>
    /// The glyph's box in pixels (PDF points, origin bottom-left, to image pixels), grown a few pixels on a side while ink
    /// runs across that side, then its ink alone on white with a margin. Null when the box holds too little ink, or ink
    /// still runs across an edge after growing (a neighbour touching it, a rule, a stamp).
    /// </summary>
    public static GrayImage? Cut(GrayImage page, PdfGlyph glyph, double scale, double pageHeight)
    {
        int left = (int)Math.Floor(glyph.Bounds.Left * scale), right = (int)Math.Ceiling(glyph.Bounds.Right * scale);
        int top = (int)Math.Floor((pageHeight - glyph.Bounds.Top) * scale), bottom = (int)Math.Ceiling((pageHeight - glyph.Bounds.Bottom) * scale);
        if (left < MaxGrowth || top < MaxGrowth || right + MaxGrowth >= page.Width || bottom + MaxGrowth >= page.Height || right - left < 4 || bottom - top < 6) return null;
        var outer = page.Crop(new BoundingBox(left - MaxGrowth, top - MaxGrowth, right - left + 2 * MaxGrowth, bottom - top + 2 * MaxGrowth));
        int threshold = GlyphInk.OtsuThreshold(outer);
        bool Ink(int x, int y) => page[x, y] < threshold;
        bool ColumnHasInk(int x) { for (int y = top; y <= bottom; y++) if (Ink(x, y)) return true; return false; }
        bool RowHasInk(int y) { for (int x = left; x <= right; x++) if (Ink(x, y)) return true; return false; }
        for (int grown = 0; grown < MaxGrowth && ColumnHasInk(left); grown++) left--;
        for (int grown = 0; grown < MaxGrowth && ColumnHasInk(right); grown++) right++;
        for (int grown = 0; grown < MaxGrowth && RowHasInk(top); grown++) top--;
        for (int grown = 0; grown < MaxGrowth && RowHasInk(bottom); grown++) bottom++;
        if (ColumnHasInk(left) || ColumnHasInk(right) || RowHasInk(top) || RowHasInk(bottom)) return null;

        var crop = page.Crop(new BoundingBox(left, top, right - left + 1, bottom - top + 1));
        if (GlyphInk.InkBox(crop, threshold) is not { } ink || ink.Height < 8) return null;
        return GlyphSegmenter.PadCrop(crop, new BoundingBox(ink.X - Margin, ink.Y - Margin, ink.Width + 2 * Margin, ink.Height + 2 * Margin));
    }

    private static GrayImage Render(string pdf, int page)
    {
        string prefix = Path.Combine(Path.GetTempPath(), $"docingest-glyphs-{Environment.ProcessId}-{page}");
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true };
        foreach (var arg in new[] { "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", pdf, prefix })
            start.ArgumentList.Add(arg);
        using (var process = Process.Start(start) ?? throw new InvalidOperationException("could not start pdftoppm"))
        {
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"pdftoppm failed on {pdf} page {page}: {error}");
        }
        string file = prefix + ".pgm";
        try
        {
            return PgmCodec.Read(File.ReadAllBytes(file), Dpi);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
