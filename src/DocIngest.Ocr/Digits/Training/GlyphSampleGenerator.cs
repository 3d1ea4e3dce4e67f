using DocIngest.Ocr.Digits.Features;

namespace DocIngest.Ocr.Digits.Training;

/// <summary>
/// Expands clean glyphs into degraded feature rows. Digits get more copies than reject glyphs because there
/// are four times as many reject characters; the seed fixes every random choice, so a run is reproducible,
/// and the held-apart test set simply uses another seed (other degradations of the same fonts).
/// </summary>
public static class GlyphSampleGenerator
{
    public static List<GlyphSample> Generate(IReadOnlyList<CleanGlyph> glyphs, int copiesPerDigit, int copiesPerReject, int seed)
    {
        var samples = new GlyphSample[glyphs.Count][];
        // Two workers at most: the machine is shared, and each glyph's randomness depends only on its index.
        Parallel.For(0, glyphs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var glyph = glyphs[i];
            var degrader = new ScanDegrader(HashCode.Combine(seed, i));
            int copies = DigitClasses.DigitOf(glyph.Label) < 0 ? copiesPerReject : copiesPerDigit;
            samples[i] = new GlyphSample[copies];
            for (int c = 0; c < copies; c++)
                samples[i][c] = new GlyphSample
                {
                    Features = GlyphFeatures.Extract(degrader.Degrade(glyph.Image)),
                    Label = glyph.Label,
                    Font = glyph.Font.Name,
                    Family = glyph.Font.Family,
                };
        });
        return samples.SelectMany(s => s).ToList();
    }
}
