using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Reads the page number ("- ๒ -") that the engine's page layout left out. Alone in the margin above a table it is
/// dropped as noise, and <see cref="MissedLineReader"/> does not take it either: one or two digits are too few
/// components for a line and its dashes too low for letters. Read as a line it comes out garbled ("-ไ๒-"): the Thai model
/// lacks half the digit glyphs. So a lone row of one to three digit-sized components in the top or bottom margin, with
/// nothing beside it but dashes, is cut into glyphs and each is read by the digit model (<see cref="ThaiDigitRecognizer"/>);
/// only when every glyph is a confident Thai digit does the page gain the line. A margin line the engine did read as a
/// garbled page number ("-¢-") is read the same way and replaced by the number. A row the model rejects (Arabic
/// digits) is read by the engine and kept only when it reads as a page number. A number printed light on a dark badge
/// in the margin is read inverted, glyph by glyph. The thresholds are <see cref="PageNumberOptions"/>.
/// </summary>
/// <param name="digits">The digit model.</param>
/// <param name="options">The pass's thresholds; the defaults when null.</param>
public sealed partial class PageNumberReader(ThaiDigitRecognizer digits, PageNumberOptions? options = null)
{
    private readonly PageNumberOptions _options = options ?? new PageNumberOptions();

    /// <summary>Line height assumed on a page without lines (a sixth of an inch: 12-point print).</summary>
    private const double DefaultLineInches = 1 / 6.0;

    /// <summary>The lines with a page number the layout dropped added in its place (top to bottom), or the lines as they were.</summary>
    /// <param name="lines">The page's lines.</param>
    /// <param name="image">The gray page the engine reads (tables whitened out).</param>
    /// <param name="ink">Components of the page's cleaned binary image.</param>
    /// <param name="recognizer">Reads a row the digit model rejects.</param>
    public IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, PageInk ink, ITextRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(ink);
        ArgumentNullException.ThrowIfNull(recognizer);
        int lineHeight = lines.Count > 0 ? OrderStatistics.UpperMedian(lines.Select(l => l.Box.Height)) : (int)(DefaultLineInches * image.Dpi);
        // Already read (a line spans its rows), or the page's own text: never a second copy. A page number read weakly
        // ("- ๕" at 0.43) is not taken as read: the noise filter drops a line without words below 0.6, and with it the number.
        if (lines.Any(l => InMargin(l.Box, image.Height) && PrintedPageNumber().IsMatch(l.Text.Trim()) && l.Confidence >= _options.MinEngineConfidence)) return lines;
        // A margin line of one to three signs between two dashes is a page number the engine garbled ("-¢-" for - ๕ -,
        // "-lo-" for - ๒ -, "-๑ณี่-" for - ๑๙ -), and so is one read as a page number without confidence: its glyphs are
        // read as if the line had been dropped, and a reading replaces it.
        var garbled = lines.Where(l => InMargin(l.Box, image.Height) && (DashedSigns().IsMatch(l.Text.Trim()) || PrintedPageNumber().IsMatch(l.Text.Trim()))).ToList();
        var kept = garbled.Count == 0 ? lines : lines.Where(l => !garbled.Contains(l)).ToList();

        var found = new List<RecognizedLine>();
        var glyphs = ink.Components
            .Where(c => InMargin(c, image.Height) && c.Height >= Math.Max(ink.MinLetterHeight, _options.MinDigitShare * lineHeight)
                && c.Height <= 1.5 * lineHeight && c.Width <= 1.5 * lineHeight)
            .Where(c => !kept.Any(l => l.Box.VerticalOverlap(c) > c.Height / 2))
            .OrderBy(c => c.X).ToList();
        foreach (var row in DigitGlyphRow.Group(glyphs, lineHeight))
        {
            if (row.Count > _options.MaxDigits) continue;
            var box = row.Aggregate((a, b) => a.Union(b));
            // Room for the dashes on each side, and half a digit above and below: a mark over a line's letters is no number.
            var band = TableMask.Clip(new BoundingBox(box.X - 2 * lineHeight, box.Y - box.Height / 2, box.Width + 4 * lineHeight, 2 * box.Height), image);
            // Photocopy specks around the number (a dot an eighth of its height or less) are neither dashes nor words, and
            // a frame drawn round the whole page (one component enclosing the number) is not beside it.
            var beside = ink.Components.Where(c => Overlaps(c, band) && !row.Contains(c) && !IsSpeck(c, box.Height) && !Encloses(c, box)).ToList();
            // Anything but dashes next to it makes the row part of something else (a signature, a stamp, a word).
            if (!beside.All(c => IsDash(c, box.Height))) continue;
            if (DigitGlyphRow.Read(digits, image, row, box.Height, _options.MinDigitConfidence) is { } number)
            {
                bool dashBefore = beside.Any(c => c.Right <= box.X), dashAfter = beside.Any(c => c.X >= box.Right);
                string text = (dashBefore ? "- " : "") + number.Text + (dashAfter ? " -" : "");
                var lineBox = beside.Aggregate(box, (a, c) => a.Union(c));
                found.Add(new RecognizedLine(text, lineBox, number.Confidence, []));
                continue;
            }
            found.AddRange(recognizer.Recognize(image, band, SegmentationMode.SingleLine)
                .Where(r => r.Confidence >= _options.MinEngineConfidence && PrintedPageNumber().IsMatch(r.Text.Trim())));
        }
        // A page number printed light on a dark badge: the layout reads nothing there, and the page's ink holds the
        // badge as one component whose holes are the digits.
        foreach (var badge in ink.Components.Where(c => InMargin(c, image.Height) && IsBadgeSized(c, lineHeight)
                     && !kept.Any(l => l.Box.VerticalOverlap(c) > c.Height / 2)))
        {
            // Once: a number already found there (its digits read as a row, or the disc of a badge inside a ring).
            if (found.Any(f => f.Box.VerticalOverlap(badge) > 0 && f.Box.OverlapsHorizontally(badge))) continue;
            if (ReadBadge(image, badge, ink.MinLetterHeight) is { } number) found.Add(number);
        }
        if (found.Count == 0) return lines;
        // A garbled line gives way to the number read in its place; one with no reading there stays as it was.
        var replaced = garbled.Where(g => found.Any(f => f.Box.VerticalOverlap(g.Box) > 0 && f.Box.OverlapsHorizontally(g.Box))).ToHashSet();
        return lines.Where(l => !replaced.Contains(l)).Concat(found).OrderBy(l => l.Box.Y).ThenBy(l => l.Box.X).ToList();
    }

    /// <summary>Least share of a badge's box that is dark: a disc is 0.79 of its box, less the digits cut out of it.</summary>
    private const double MinBadgeDarkShare = 0.6;

    /// <summary>A badge: between 0.8 and 4 line heights high, no narrower than half its height and no wider than three times it.</summary>
    private static bool IsBadgeSized(BoundingBox c, int lineHeight) =>
        c.Height >= 0.8 * lineHeight && c.Height <= 4 * lineHeight && c.Width >= c.Height / 2 && c.Width <= 3 * c.Height;

    /// <summary>
    /// The number printed light inside a dark badge (a disc or box round a page number), or null: the badge must be mostly
    /// dark, hold one to <see cref="PageNumberOptions.MaxDigits"/> light glyphs in a row clear of its edges, and every
    /// glyph, read dark on light, must be a confident Thai digit. A seal or logo in the margin is too light, or its holes
    /// are no digits.
    /// </summary>
    private RecognizedLine? ReadBadge(GrayImage image, BoundingBox badge, int minLetterHeight)
    {
        var crop = image.Crop(badge);
        int threshold = GlyphInk.OtsuThreshold(crop);
        if (crop.Pixels.Count(p => p < threshold) < MinBadgeDarkShare * crop.Pixels.Length) return null;
        var inverted = new GrayImage(crop.Width, crop.Height, crop.Pixels.Select(p => (byte)(255 - p)).ToArray(), crop.Dpi);
        // Light pixels of the badge are the inverted image's ink; the paper round a disc touches the crop's edges.
        InkComponents.Label(inverted, 256 - threshold, out var light);
        var glyphs = light.Where(c => c.X > 0 && c.Y > 0 && c.Right < crop.Width && c.Bottom < crop.Height
                && c.Height >= Math.Max(minLetterHeight, crop.Height / 12) && c.Height <= 0.8 * crop.Height).OrderBy(c => c.X).ToList();
        if (glyphs.Count == 0 || glyphs.Count > _options.MaxDigits || glyphs.Any(g => g.VerticalOverlap(glyphs[0]) <= Math.Min(g.Height, glyphs[0].Height) / 2)) return null;
        var text = new System.Text.StringBuilder();
        double confidence = 1;
        foreach (var glyph in glyphs)
        {
            var guess = digits.Classify(inverted.Crop(glyph.Inflate(Math.Max(2, glyph.Height / 8))));
            if (guess.ThaiDigit is not { } digit || guess.Confidence < (float)_options.MinDigitConfidence) return null;
            text.Append(digit);
            confidence = Math.Min(confidence, guess.Confidence);
        }
        return new RecognizedLine(text.ToString(), badge, confidence, []);
    }

    private bool InMargin(BoundingBox box, int pageHeight) =>
        box.Bottom <= _options.MarginShare * pageHeight || box.Y >= (1 - _options.MarginShare) * pageHeight;

    private static bool Overlaps(BoundingBox component, BoundingBox band) =>
        component.OverlapsHorizontally(band) && component.VerticalOverlap(band) > 0;

    /// <summary>A component whose box holds the whole of <paramref name="box"/> (a page frame, a box drawn round the number).</summary>
    private static bool Encloses(BoundingBox component, BoundingBox box) =>
        component.X <= box.X && component.Y <= box.Y && component.Right >= box.Right && component.Bottom >= box.Bottom;

    /// <summary>A speck: no wider and no taller than an eighth of the digits' height (3 px at least).</summary>
    private static bool IsSpeck(BoundingBox component, int digitHeight) =>
        Math.Max(component.Width, component.Height) <= Math.Max(3, digitHeight / 8);

    /// <summary>A dash: flat (at least twice as wide as tall) and low beside the digits.</summary>
    private static bool IsDash(BoundingBox component, int digitHeight) =>
        component.Width >= 2 * component.Height && component.Height <= Math.Max(2, digitHeight / 4);

    /// <summary>
    /// One to three signs that are not a number between two dashes: a page number read wrong. Marks ride on a sign and
    /// do not count (a ๙ read as ณี่).
    /// </summary>
    [GeneratedRegex(@"^[-–—]\s*(?:\S\p{Mn}*){1,3}\s*[-–—]$")]
    private static partial Regex DashedSigns();

    /// <summary>A page number as printed: digits (Thai or Arabic), with or without a dash on each side.</summary>
    [GeneratedRegex(@"^[-–—]?\s*[0-9๐-๙]{1,3}\s*[-–—]?$")]
    private static partial Regex PrintedPageNumber();
}
