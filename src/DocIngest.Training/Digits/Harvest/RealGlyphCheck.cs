using DocIngest.Ocr.Digits;

namespace DocIngest.Training.Digits.Harvest;

/// <summary>
/// How a recogniser reads real digit glyphs held back from training, as the corrector would use it: a glyph counts as
/// read when the model's digit is right at the corrector's confidence, as misread when the model gives another digit at
/// that confidence (the corrector would write it), and otherwise as left (the run stays as the engine read it).
/// </summary>
/// <param name="Threshold">The confidence the corrector needs (<see cref="ThaiDigitCorrectorOptions.MinConfidence"/> or the stray one).</param>
/// <param name="PerDigit">Per digit 0–9: glyphs, read, misread.</param>
public sealed record RealGlyphCheck(float Threshold, IReadOnlyList<(int Total, int Read, int Misread)> PerDigit)
{
    public int Total => PerDigit.Sum(d => d.Total);
    public int Read => PerDigit.Sum(d => d.Read);
    public int Misread => PerDigit.Sum(d => d.Misread);

    /// <summary>Classifies every digit glyph of <paramref name="glyphs"/> once, as cut from its page (no degradation).</summary>
    public static RealGlyphCheck Run(ThaiDigitRecognizer recognizer, IEnumerable<CleanGlyph> glyphs, float threshold)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var counts = new (int Total, int Read, int Misread)[10];
        foreach (var glyph in glyphs)
        {
            int digit = DigitClasses.DigitOf(glyph.Label);
            if (digit < 0) continue;
            var guess = recognizer.Classify(glyph.Image);
            bool sure = guess.Confidence >= threshold && guess.ThaiDigit is not null;
            counts[digit] = (counts[digit].Total + 1,
                counts[digit].Read + (sure && guess.ThaiDigit == DigitClasses.ThaiDigits[digit] ? 1 : 0),
                counts[digit].Misread + (sure && guess.ThaiDigit != DigitClasses.ThaiDigits[digit] ? 1 : 0));
        }
        return new RealGlyphCheck(threshold, counts);
    }

    /// <summary>One line: read, misread and left overall, then read per digit.</summary>
    public string Describe() =>
        $"at {Threshold:0.00}: read {Read}/{Total} ({(Total == 0 ? 0 : (double)Read / Total):P1}), misread {Misread}, left {Total - Read - Misread}; per digit read " +
        string.Join(" ", PerDigit.Select((d, i) => $"{DigitClasses.ThaiDigits[i]} {d.Read}/{d.Total}"));
}
