using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Puts back the upper marks a cell's block reading split off as a line of their own. In a bold header cell set large
/// (ตัวชี้วัด, หน่วยงานขับเคลื่อน) the row of vowels and tone marks stands far enough above the letters that the engine's
/// block layout takes it for a line: it reads the marks as a line of junk ("ง a a", "๑7 =") and the letters without
/// them (ตวชวด). Such a line touches or overlaps the next one and lies within its width. The two are read again
/// together as one line, and the new reading is kept only when it is the letters' line with upper marks added and
/// nothing else (<see cref="AddsOnlyUpperMarks"/>), so that a real line above another is never lost.
/// </summary>
public static class CellMarkLines
{
    /// <summary>A marks line is at most this many times as tall as the line below it (its box spans the marks' junk reading).</summary>
    private const double MaxHeightRatio = 1.5;

    /// <summary>The gap between a marks line and the line below is at most this share of the lower line's height.</summary>
    private const double MaxGapRatio = 0.25;

    /// <summary>The cell's lines with each marks line read again together with the line below it.</summary>
    /// <param name="lines">The block reading of the cell, in the coordinates of <paramref name="image"/>.</param>
    /// <param name="image">The padded cell crop that was read.</param>
    /// <param name="recognizer">The engine.</param>
    public static IReadOnlyList<RecognizedLine> Join(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(recognizer);
        if (lines.Count < 2) return lines;
        var ordered = lines.OrderBy(l => l.Box.Y).ToList();
        var result = new List<RecognizedLine>(ordered.Count);
        bool changed = false;
        for (int i = 0; i < ordered.Count; i++)
        {
            if (i + 1 < ordered.Count && IsMarksLine(ordered[i], ordered[i + 1])
                && ReadTogether(ordered[i], ordered[i + 1], image, recognizer) is { } joined)
            {
                result.Add(joined);
                changed = true;
                i++;
                continue;
            }
            result.Add(ordered[i]);
        }
        return changed ? result : lines;
    }

    /// <summary>True when <paramref name="above"/> starts higher than <paramref name="below"/>, touches or overlaps it and lies within its width.</summary>
    public static bool IsMarksLine(RecognizedLine above, RecognizedLine below)
    {
        ArgumentNullException.ThrowIfNull(above);
        ArgumentNullException.ThrowIfNull(below);
        var a = above.Box;
        var b = below.Box;
        if (b.Height <= 0 || a.Y >= b.Y || a.Height > MaxHeightRatio * b.Height) return false;
        int gap = b.Y - a.Bottom;
        if (gap > MaxGapRatio * b.Height) return false;
        int slack = b.Height / 2;
        return a.X >= b.X - slack && a.Right <= b.Right + slack;
    }

    private static RecognizedLine? ReadTogether(RecognizedLine above, RecognizedLine below, GrayImage image, ITextRecognizer recognizer)
    {
        int h = below.Box.Height;
        int left = Math.Max(0, Math.Min(above.Box.X, below.Box.X) - h / 2);
        int right = Math.Min(image.Width, Math.Max(above.Box.Right, below.Box.Right) + h / 2);
        int top = Math.Max(0, above.Box.Y - h / 4);
        int bottom = Math.Min(image.Height, below.Box.Bottom + h / 4);
        if (right <= left || bottom <= top) return null;
        var band = image.Crop(new BoundingBox(left, top, right - left, bottom - top));
        int pad = Math.Max(1, h / 2);
        var padded = new GrayImage(band.Width + 2 * pad, band.Height + 2 * pad, dpi: image.Dpi);
        for (int y = 0; y < band.Height; y++) band.RowSpan(y).CopyTo(padded.RowSpan(y + pad).Slice(pad));
        var read = recognizer.Recognize(padded, null, SegmentationMode.SingleLine);
        if (read.Count != 1) return null;
        var line = read[0];
        if (!AddsOnlyUpperMarks(below.Text, line.Text)) return null;
        int dx = left - pad, dy = top - pad;
        return line with
        {
            Box = Shift(line.Box, dx, dy),
            Symbols = line.Symbols.Select(s => s with { Box = Shift(s.Box, dx, dy) }).ToList(),
        };
    }

    /// <summary>
    /// True when <paramref name="reread"/> is <paramref name="first"/> (spaces aside) with one or more upper vowels or
    /// tone marks added and no other change.
    /// </summary>
    public static bool AddsOnlyUpperMarks(string first, string reread)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(reread);
        string a = string.Concat(first.Where(c => !char.IsWhiteSpace(c))), b = string.Concat(reread.Where(c => !char.IsWhiteSpace(c)));
        if (b.Length <= a.Length) return false;
        int i = 0;
        foreach (char c in b)
        {
            if (i < a.Length && a[i] == c) i++;
            else if (!IsUpperMark(c)) return false;
        }
        return i == a.Length;
    }

    /// <summary>Thai marks written above the letter: ั ิ ี ึ ื ็ and the tone marks, thanthakhat and nikhahit.</summary>
    private static bool IsUpperMark(char c) => c is '\u0E31' or (>= '\u0E34' and <= '\u0E37') or (>= '\u0E47' and <= '\u0E4E');

    private static BoundingBox Shift(BoundingBox box, int dx, int dy) => new(box.X + dx, box.Y + dy, box.Width, box.Height);
}
