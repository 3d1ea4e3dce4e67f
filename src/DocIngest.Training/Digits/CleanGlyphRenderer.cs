using System.Globalization;
using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits;

/// <summary>
/// Renders every Thai digit and every reject glyph in each font and size. One ImageMagick call per font renders
/// all characters, spaced apart, once per size; rows and then columns of ink cut it into one crop per character.
/// </summary>
public sealed class CleanGlyphRenderer
{
    /// <summary>
    /// Latin letters rendered as reject glyphs too (after the Arabic digits of each font; trained on only with
    /// <c>train-digits --latin-rejects</c>, measured and not kept, docs/digits.md): all but i and j, whose dots stand apart,
    /// and o and O, which are ๐'s own shape (with them the trees took 301 held-apart reject rows for ๐).
    /// </summary>
    public const string LatinRejectGlyphs = "abcdefghklmnpqrstuvwxyzABCDEFGHIJKLMNPQRSTUVWXYZ";

    private const string Spacer = "    ";
    private const int Border = 24;
    private readonly ImageMagickRenderer _renderer;
    private readonly TextWriter _log;

    public CleanGlyphRenderer(ImageMagickRenderer renderer, TextWriter log)
    {
        _renderer = renderer;
        _log = log;
    }

    public IReadOnlyList<CleanGlyph> RenderAll(IReadOnlyList<ThaiFont> fonts, IReadOnlyList<double> pointSizes)
    {
        var thaiLabels = Enumerable.Range(0, 10).Select(DigitClasses.LabelOf)
            .Concat(DigitClasses.ThaiRejectGlyphs.Select(DigitClasses.RejectLabelOf)).ToList();
        var arabicLabels = DigitClasses.ArabicDigits.Select(DigitClasses.RejectLabelOf).ToList();
        var latinLabels = LatinRejectGlyphs.Select(DigitClasses.RejectLabelOf).ToList();
        var glyphs = new List<CleanGlyph>();
        int skipped = 0;
        foreach (var font in fonts)
        {
            skipped += RenderSet(font, pointSizes, DigitClasses.ThaiDigits + DigitClasses.ThaiRejectGlyphs, thaiLabels, glyphs);
            // Fonts without Latin glyphs (Noto Sans Thai) render no Arabic digits or letters; those sets are then skipped for them.
            skipped += RenderSet(font, pointSizes, DigitClasses.ArabicDigits, arabicLabels, glyphs);
            skipped += RenderSet(font, pointSizes, LatinRejectGlyphs, latinLabels, glyphs);
        }
        _log.WriteLine($"rendered {glyphs.Count} clean glyphs from {fonts.Count} fonts x {pointSizes.Count} sizes; {skipped} font-size renderings skipped");
        return glyphs;
    }

    /// <returns>How many sizes were skipped because the rendering did not cut into one crop per character.</returns>
    private int RenderSet(ThaiFont font, IReadOnlyList<double> pointSizes, string characters, IReadOnlyList<string> labels, List<CleanGlyph> into)
    {
        var stack = _renderer.RenderStack(font.Path, pointSizes, string.Join(Spacer, characters.ToCharArray()), Border);
        var rows = GlyphSegmenter.SplitRows(stack, minGap: Border);
        if (rows.Count != pointSizes.Count)
        {
            _log.WriteLine($"  skip {font.Name} '{characters[..3]}…': {rows.Count} rendered rows for {pointSizes.Count} sizes");
            return pointSizes.Count;
        }
        int skipped = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            double size = pointSizes[r];
            // A space at 300 dpi is about a quarter of the point size in pixels; half of the four-space gap separates glyphs safely.
            int minGap = Math.Max(4, (int)(size * 300 / 72 * 0.25 * 2));
            var crops = GlyphSegmenter.Split(rows[r], minGap);
            if (crops.Count != characters.Length)
            {
                _log.WriteLine($"  skip {font.Name} {size.ToString(CultureInfo.InvariantCulture)}pt '{characters[..3]}…': {crops.Count} crops for {characters.Length} characters");
                skipped++;
                continue;
            }
            for (int i = 0; i < crops.Count; i++) into.Add(new CleanGlyph(crops[i], labels[i], font, size));
        }
        return skipped;
    }
}
