using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// A short row of digit-sized ink components that no line covers, read glyph by glyph by the digit model: the page
/// numbers <see cref="PageNumberReader"/> finds in the margins and the lone numbers <see cref="LoneNumberReader"/> finds
/// beside leader dots.
/// </summary>
internal static class DigitGlyphRow
{
    /// <summary>
    /// Components (sorted left to right) grouped into rows: one joins the row whose last component overlaps it by more
    /// than half its height and ends less than <paramref name="maxGap"/> pixels before it.
    /// </summary>
    public static List<List<BoundingBox>> Group(IEnumerable<BoundingBox> components, int maxGap)
    {
        var rows = new List<List<BoundingBox>>();
        foreach (var c in components)
        {
            var row = rows.FirstOrDefault(r => r[^1].VerticalOverlap(c) > c.Height / 2 && c.X - r[^1].Right < maxGap);
            if (row is null) rows.Add([c]);
            else row.Add(c);
        }
        return rows;
    }

    /// <summary>
    /// The row's Thai digits and the least confidence among them, each glyph cropped from the gray page with an eighth of
    /// the digits' height round it; null unless every glyph is a Thai digit at <paramref name="minConfidence"/> or more.
    /// </summary>
    public static (string Text, double Confidence)? Read(ThaiDigitRecognizer digits, GrayImage image, IEnumerable<BoundingBox> row, int digitHeight, double minConfidence)
    {
        var text = new System.Text.StringBuilder();
        double confidence = 1;
        foreach (var component in row)
        {
            var crop = image.Crop(TableMask.Clip(component.Inflate(Math.Max(2, digitHeight / 8)), image));
            var guess = digits.Classify(crop);
            if (guess.ThaiDigit is not { } digit || guess.Confidence < (float)minConfidence) return null;
            text.Append(digit);
            confidence = Math.Min(confidence, guess.Confidence);
        }
        return (text.ToString(), confidence);
    }
}
