using System.Text.RegularExpressions;
using DocIngest.Core.Numerics;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Puts back the item number that opens a line of a numbered list when OCR read it as something else: "a). ให้ความช่วยเหลือ"
/// for "๗) ให้ความช่วยเหลือ", "(2) ไม่ใช้เวลา" for "(๔) ไม่ใช้เวลา", "oi, อำนวย" for "๗. อำนวย", "๑ เปิดเผย" for "๙) เปิดเผย",
/// ".ฒให้มีการ" for "๗.ให้มีการ" (the tuning scans and phone photos, docs/ablation.md sessions 19 and 22). Thai paperwork numbers its items "๑)", "(๑)" or "๑."
/// at the start of a line, and the items around a damaged one say which number it is: the clean item number of the same
/// form above it plus one, or the one below it less one (a list that starts again at ๑ below says nothing). The marker's ink
/// is then read by the digit model (<see cref="DigitRunSegmenter"/>, brackets and points set aside by their shape), and the
/// line is rewritten only when the model reads exactly that number: the sequence alone never writes a digit. Runs after the
/// digit corrector, so that the items it put right are the clean neighbours here.
/// </summary>
/// <param name="digits">The digit model.</param>
public sealed partial class ItemNumberRereader(ThaiDigitRecognizer digits)
{
    /// <summary>Model probability each digit of the marker needs: the sequence already names the digit, the model only has to agree.</summary>
    private const float MinConfidence = 0.5f;

    /// <summary>How many lines away the neighbouring item may be (an item's text wraps over a few lines).</summary>
    private const int MaxLinesApart = 10;

    /// <summary>How far (in line heights) a damaged marker's left edge may stand from its neighbour's: items of one list share their indent.</summary>
    private const double MaxIndentShift = 1.0;

    /// <summary>A glyph narrower than this share of its height is a bracket (or a stroke), no Thai digit.</summary>
    private const double MinDigitWidthRatio = 0.5;

    /// <summary>Signs and Latin letters the engine writes for a lone Thai digit (as the digit corrector's look-alikes).</summary>
    private static readonly string LookAlikes = ThaiDigitCorrectorOptions.DefaultLookAlikes + ThaiDigitCorrectorOptions.DefaultStrayLookAlikes;

    /// <summary>A line's item marker as read: its bracket, the number's characters, the punctuation after it.</summary>
    private readonly record struct Marker(bool Open, string Core, string Close, int End)
    {
        /// <summary>A clean item number ("๑)", "(๑)", "๑."): one or two Thai digits in one of the three forms.</summary>
        public bool IsClean => Core.All(ThaiDigits.IsThaiDigit) && (Close == ")" || (!Open && Close == "."));

        /// <summary>The form's closing mark when the marker shows it (')' also for ")." and "),"), else null.</summary>
        public char? Form => Close.Contains(')') ? ')' : Close == "." && !Open ? '.' : null;

        /// <summary>The number of a clean marker (<see cref="IsClean"/>).</summary>
        public int Number() => int.Parse(ThaiDigits.ToArabic(Core), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The lines with each damaged item number put back; the list itself when none is.</summary>
    /// <param name="lines">The page's cleaned lines in reading order, with their symbols.</param>
    /// <param name="image">The image the lines were read from.</param>
    public IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        List<RecognizedLine>? result = null;
        var markers = lines.Select(l => MarkerOf(l.Text)).ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            if (markers[i] is not { } marker || !IsCandidate(marker)) continue;
            if (Expected(lines, markers, i, marker) is not { } expected) continue;
            // Digits already right: the sequence alone adds no bracket or point.
            if (marker.Core.All(ThaiDigits.IsThaiDigit) && marker.Number() == expected.Value) continue;
            // A clean number out of step is judged only between two items that agree (a list may skip or restart).
            if (marker.IsClean && !(Neighbour(lines, markers, i, -1, marker) is not null && Neighbour(lines, markers, i, +1, marker) is not null)) continue;
            if (Reread(lines[i], image, marker, expected.Value) is not { } digitsRead) continue;
            string opening = expected.Open ? "(" : "";
            string text = (opening + digitsRead + expected.Form + " " + lines[i].Text[marker.End..].TrimStart()).TrimEnd();
            result ??= lines.ToList();
            result[i] = lines[i] with { Text = text };
            markers[i] = MarkerOf(text);
        }
        return result ?? lines;
    }

    /// <summary>The marker a line opens with, or null when it opens with none (a word, a dash, a sub-number "๒.๓").</summary>
    private static Marker? MarkerOf(string text)
    {
        var m = Head().Match(text);
        if (!m.Success) return null;
        // A point read before the number (".ฒให้มีการ…" for "๗.ให้มีการ…") is the item's own point, set ahead of its digit.
        var close = m.Groups["lead"].Success && m.Groups["close"].Length == 0 ? "." : m.Groups["close"].Value;
        return new Marker(m.Groups["open"].Success, m.Groups["core"].Value, close, m.Length);
    }

    /// <summary>
    /// A marker worth judging: a clean item number (it may be the wrong one), or one to two characters the engine writes for
    /// Thai digits (Latin letters, Arabic digits, signs, look-alike letters) with a bracket or point after them, or a bare
    /// Thai digit (the bracket lost).
    /// </summary>
    private static bool IsCandidate(Marker marker)
    {
        if (marker.IsClean) return true;
        if (marker.Core.All(ThaiDigits.IsThaiDigit)) return true;
        bool lookAlike = marker.Core.All(c => char.IsAsciiLetterOrDigit(c) || LookAlikes.Contains(c) || ThaiDigits.IsThaiDigit(c));
        return lookAlike && marker.Close.Length > 0;
    }

    /// <summary>The number and form the neighbouring items give line <paramref name="i"/>, or null when they give none or disagree.</summary>
    private static (int Value, bool Open, char Form)? Expected(IReadOnlyList<RecognizedLine> lines, List<Marker?> markers, int i, Marker marker)
    {
        var before = Neighbour(lines, markers, i, -1, marker);
        var after = Neighbour(lines, markers, i, +1, marker);
        // A list that starts again at ๑ below is another list: it says nothing of this one.
        if (after is { } a && markers[a]!.Value.Number() == 1) after = null;
        if (before is { } b && after is { } n && markers[n]!.Value.Number() != markers[b]!.Value.Number() + 2) return null;
        if (before is { } prev && markers[prev] is { } p) return (p.Number() + 1, p.Open, p.Form!.Value);
        if (after is { } next && markers[next] is { } q && q.Number() > 1) return (q.Number() - 1, q.Open, q.Form!.Value);
        return null;
    }

    /// <summary>
    /// The nearest line in <paramref name="direction"/> within <see cref="MaxLinesApart"/> that opens with a clean item number
    /// of the marker's form (any form when the marker shows none) at the same indent; null when there is none.
    /// </summary>
    private static int? Neighbour(IReadOnlyList<RecognizedLine> lines, List<Marker?> markers, int i, int direction, Marker marker)
    {
        for (int j = i + direction, steps = 0; j >= 0 && j < lines.Count && steps < MaxLinesApart; j += direction, steps++)
        {
            if (markers[j] is not { IsClean: true } other) continue;
            if (marker.Form is { } form && (other.Form != form || other.Open != marker.Open)) continue;
            int height = Math.Max(lines[i].Box.Height, lines[j].Box.Height);
            if (Math.Abs(lines[i].Box.X - lines[j].Box.X) > MaxIndentShift * height) continue;
            return j;
        }
        return null;
    }

    /// <summary>The marker's digits as the model reads its ink when they spell <paramref name="expected"/>; null otherwise.</summary>
    private string? Reread(RecognizedLine line, GrayImage image, Marker marker, int expected)
    {
        if (line.Symbols.Count == 0 || SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return null;
        int first = Array.FindIndex(spans, s => s.Length > 0);
        int last = Array.FindLastIndex(spans, s => s.Length > 0 && s.Start < marker.End);
        if (first < 0 || last < first) return null;
        int left = line.Symbols[first].Box.X, right = line.Symbols.Skip(first).Take(last - first + 1).Max(s => s.Box.Right);
        var glyphs = new DigitRunSegmenter().SegmentToken(image, line, spans, first, last, left, right, reachRatio: 0.2, lineBoxPadding: 3, claimed: []);
        if (glyphs.Count == 0) return null;
        int tallest = glyphs.Max(g => g.Box.Height);
        string want = ThaiDigits.ToThai(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var read = new List<char>();
        foreach (var glyph in glyphs)
        {
            // A point or comma is a speck beside the digits; a bracket is narrow and tall.
            if (2 * glyph.Box.Height < tallest || glyph.Box.Width < MinDigitWidthRatio * glyph.Box.Height) continue;
            var guess = digits.Classify(glyph.Crop);
            if (guess.ThaiDigit is not { } digit || guess.Confidence < MinConfidence) return null;
            read.Add(digit);
        }
        string value = new(read.ToArray());
        return value == want ? value : null;
    }

    // A line's opening marker: an optional bracket, one or two characters, the punctuation after them, then a space, the
    // line's end or a Thai letter (the bracket lost, the item's text glued on). A point may stand before an unbracketed
    // number, where OCR set the item's point.
    [GeneratedRegex(@"^(?:(?<lead>\.)(?=[^\s().,])|(?<open>\())?(?<core>[^\s().,]{1,2}?)(?<close>[).,]{0,2})(?=\s|$|[\u0E01-\u0E2E\u0E40-\u0E44])")]
    private static partial Regex Head();
}
