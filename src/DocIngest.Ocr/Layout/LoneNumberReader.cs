using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Reads a short number that stands alone where no line was read: the page number at the far end of a contents line
/// (after its leader dots, or across a wide gap), a figure's one- or two-digit label. The engine's layout drops such a
/// number with the empty space around it, and <see cref="MissedLineReader"/> does not take it: one to three glyphs are
/// too few components for a line. So every row of one to <see cref="LoneNumberOptions.MaxDigits"/> digit-sized components
/// that no read line covers, with nothing within <see cref="LoneNumberOptions.ClearLineHeights"/> line heights of it but
/// dots and dashes, is cut into glyphs and each is read by the digit model; only when every glyph is a confident Thai
/// digit does the page gain the number. A component next to letters is part of a word (left to the engine), and ink of
/// seals, signatures and pictures has neighbours or is no confident digit. The thresholds are <see cref="LoneNumberOptions"/>.
/// </summary>
/// <param name="digits">The digit model.</param>
/// <param name="options">The pass's thresholds; the defaults when null.</param>
public sealed class LoneNumberReader(ThaiDigitRecognizer digits, LoneNumberOptions? options = null)
{
    private readonly LoneNumberOptions _options = options ?? new LoneNumberOptions();

    /// <summary>The lines with every lone number found added (top to bottom), or the lines as they were.</summary>
    /// <param name="lines">The page's lines.</param>
    /// <param name="image">The gray page the engine reads (tables whitened out).</param>
    /// <param name="ink">Components of the page's cleaned binary image.</param>
    public IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, PageInk ink)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(ink);
        // Without lines there is no text size to measure a digit by.
        if (lines.Count == 0) return lines;
        int lineHeight = OrderStatistics.UpperMedian(lines.Select(l => l.Box.Height));
        int minHeight = (int)Math.Max(ink.MinLetterHeight, _options.MinDigitShare * lineHeight);
        var glyphs = ink.Components
            .Where(c => c.Height >= minHeight && c.Height <= _options.MaxDigitShare * lineHeight && c.Width <= _options.MaxDigitShare * lineHeight)
            .Where(c => !lines.Any(l => l.Box.ContainsCentreOf(c)))
            .OrderBy(c => c.X).ToList();
        if (glyphs.Count == 0) return lines;

        int clear = (int)Math.Round(_options.ClearLineHeights * lineHeight);
        var found = new List<RecognizedLine>();
        // Digits of one number stand less than half a line apart.
        foreach (var row in DigitGlyphRow.Group(glyphs, lineHeight / 2))
        {
            if (row.Count > _options.MaxDigits) continue;
            var box = row.Aggregate((a, b) => a.Union(b));
            // Digits of one number are of one height (a ๑ beside a ๙'s tail no less than two thirds of it).
            if (row.Any(c => c.Height < 2 * box.Height / 3)) continue;
            var band = TableMask.Clip(new BoundingBox(box.X - clear, box.Y - box.Height / 2, box.Width + 2 * clear, 2 * box.Height), image);
            // Leader dots, dashes and specks may stand beside the number; anything larger (a letter, a stroke, a picture's
            // edge, a line's box) makes it part of something else.
            if (ink.Components.Any(c => !row.Contains(c) && Overlaps(c, band) && !IsDotOrDash(c, box.Height))) continue;
            if (lines.Any(l => Overlaps(l.Box, band))) continue;
            if (DigitGlyphRow.Read(digits, image, row, box.Height, _options.MinDigitConfidence) is { } number)
                found.Add(new RecognizedLine(number.Text, box, number.Confidence, []));
        }
        return found.Count == 0 ? lines : lines.Concat(found).OrderBy(l => l.Box.Y).ThenBy(l => l.Box.X).ToList();
    }

    private static bool Overlaps(BoundingBox a, BoundingBox band) => a.OverlapsHorizontally(band) && a.VerticalOverlap(band) > 0;

    /// <summary>A leader dot, a dash or a speck: no taller than a third of the digits (a dash may be wide, a dot is not tall).</summary>
    private static bool IsDotOrDash(BoundingBox component, int digitHeight) =>
        component.Height <= Math.Max(2, digitHeight / 3) && (component.Width <= digitHeight / 3 || component.Width >= 2 * component.Height);
}
