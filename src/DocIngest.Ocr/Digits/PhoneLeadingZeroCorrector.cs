using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Digits;

/// <summary>
/// Puts back the leading ๐ of a phone number after โทร. / โทรศัพท์ / โทรสาร that the page's reading lost. A Thai phone number
/// opens with ๐ and has nine digits (a line) or ten (a mobile); right after the label's point the engine boxes the point
/// over the ๐, and the digit corrector, taking that ink for the point's, writes the number without it ("โทร.๓๘๒๑๙๒๓๒"
/// for ๐๓๘๒๑๙๒๓๒). So a number after the label that does not open with ๐ and is one digit short (eight or nine digits,
/// a range end "-๓" after eight allowed) has the ink between the label and its first digit cut (the label's letters and the
/// first digit foreign, small punctuation not) and read by the digit model: exactly one glyph of a digit's height that
/// reads ๐ at the corrector's bar is written before the number. Ink that is no ๐, or none, leaves the line as read.
/// </summary>
/// <param name="recognizer">The digit model.</param>
/// <param name="minConfidence">Model probability the ๐ needs (the digit corrector's bar for its runs).</param>
public sealed partial class PhoneLeadingZeroCorrector(ThaiDigitRecognizer recognizer, float minConfidence = 0.8f) : IRecognizedLineCorrector
{
    /// <summary>A glyph lower than this share of the number's digits is a point or a speck, not a lost ๐.</summary>
    private const double MinHeightRatio = 0.6;

    private readonly DigitRunSegmenter _segmenter = new();

    /// <inheritdoc />
    public string StageName => PageStages.PhoneZero;

    /// <inheritdoc />
    public RecognizedLine Correct(GrayImage image, RecognizedLine line)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(line);
        if (line.Symbols.Count == 0 || !line.Text.Contains("โทร", StringComparison.Ordinal)) return line;
        if (FindShortNumber(line.Text) is not { } start) return line;
        if (SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return line;
        int first = Array.FindIndex(spans, s => s.Length > 0 && s.Start == start);
        int label = Array.FindLastIndex(spans, s => s.Length > 0 && s.Start < start && !char.IsWhiteSpace(line.Text[s.Start]) && !IsSmallPunctuation(line.Text[s.Start]));
        if (first <= 0 || label < 0) return line;
        if (ReadZero(image, line, spans, first, label) is not { } zero) return line;
        var symbols = line.Symbols.ToList();
        symbols.Insert(first, new RecognizedSymbol("๐", zero.Box, zero.Confidence));
        return line with { Text = line.Text.Insert(start, "๐"), Symbols = symbols };
    }

    /// <summary>
    /// Where the number after a phone label starts in <paramref name="text"/> when it lacks its leading ๐: Thai digits in
    /// groups (spaces or dashes between) that do not open with ๐ and count eight or nine, or eight before a range end of one
    /// or two digits ("๓๘-๒๑๙๒๓๒-๓"). Null otherwise.
    /// </summary>
    public static int? FindShortNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in PhoneAfterLabel().Matches(text))
        {
            var number = m.Groups["number"];
            if (number.Value[0] == '๐') continue;
            var groups = GroupSeparator().Split(number.Value);
            int digits = groups.Sum(g => g.Length);
            bool shortNumber = digits is 8 or 9 || (groups.Length > 1 && groups[^1].Length <= 2 && digits - groups[^1].Length == 8);
            if (shortNumber) return number.Index;
        }
        return null;
    }

    /// <summary>The one glyph between the label's last letter and the number's first digit, when it is a confident ๐.</summary>
    private (BoundingBox Box, float Confidence)? ReadZero(GrayImage image, RecognizedLine line, (int Start, int Length)[] spans, int first, int label)
    {
        var digitBox = line.Symbols[first].Box;
        int left = line.Symbols[label].Box.Right, right = digitBox.X;
        // No room for a digit between the label and the number: nothing was lost there.
        if (right - left < digitBox.Height / 2) return null;
        var foreign = line.Symbols.Where((s, i) => spans[i].Length > 0 && !string.IsNullOrWhiteSpace(s.Text) && !(s.Text.Length == 1 && IsSmallPunctuation(s.Text[0])))
            .Select(s => s.Box).ToList();
        var digitBoxes = Enumerable.Range(first, line.Symbols.Count - first).Where(i => spans[i].Length == 1 && ThaiDigits.IsThaiDigit(line.Text[spans[i].Start])).Select(i => line.Symbols[i].Box).ToList();
        var band = DigitRunSegmenter.DigitBand(line.Box, digitBoxes);
        var glyphs = _segmenter.Segment(image, left, right, band, foreign);
        int height = OrderStatistics.UpperMedian(digitBoxes.Select(b => b.Height));
        var tall = glyphs.Where(g => g.Box.Height >= MinHeightRatio * height).ToList();
        if (tall.Count != 1) return null;
        var guess = recognizer.Classify(tall[0].Crop);
        return guess.ThaiDigit == '๐' && guess.Confidence >= minConfidence ? (tall[0].Box, guess.Confidence) : null;
    }

    private static bool IsSmallPunctuation(char c) => DigitRunSegmenter.SmallPunctuation.Contains(c);

    // A phone label and the number after it: Thai digits in groups joined by spaces or dashes.
    [GeneratedRegex(@"โทร(?:ศัพท์|สาร)?\.?\s*(?<number>[๐-๙]+(?:\s?[-–]?\s?[๐-๙]+)*)")]
    private static partial Regex PhoneAfterLabel();

    [GeneratedRegex(@"[\s\-–]+")]
    private static partial Regex GroupSeparator();
}
