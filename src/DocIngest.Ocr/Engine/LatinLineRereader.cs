using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// The second half of the Thai-first page read: the page's running text is read with the Thai model alone (the English
/// model, tried on nearly every Thai word, makes a <c>tha+eng</c> page read cost about 1.3 times a <c>tha</c> one), and
/// only the words of lines that show signs of Latin are read again (as one line; the whole line when they are most of
/// it) by the engine that has both models. The Thai model writes Latin as junk ("(Integrity … : ITA)" as
/// "(! ก 1๑ ร ทั ญ / … 1 : [1"): Latin letters it happens to have, signs Thai text does not use, Arabic digits glued to
/// Thai or read with little confidence, runs of glyphs it is unsure of. The re-read replaces those words only when it
/// holds Latin letters; a row of marks the layout split off a line and the Thai model read as such junk is dropped.
/// </summary>
public static partial class LatinLineRereader
{
    /// <summary>A symbol below this confidence is one the Thai model was unsure of.</summary>
    public const double UnsureSymbol = 0.5;

    /// <summary>This many unsure symbols in a row are read as Latin evidence (Thai shapes matched to Latin ink).</summary>
    public const int UnsureRun = 3;

    /// <summary>The lines with those showing Latin read again with English (see the class remarks); the list itself when none changes.</summary>
    /// <param name="lines">The page's lines as the Thai-only read gave them.</param>
    /// <param name="image">The page the lines were read from.</param>
    /// <param name="withEnglish">The engine with the Thai and English models.</param>
    /// <param name="latinWords">
    /// When given, Thai words the re-read turned into Latin ones are put back from the Thai reading the line already has
    /// (<see cref="LatinWordSplicer.Splice"/>, with these thresholds), which the Latin-words pass would otherwise get by
    /// reading the line again; null leaves the re-read as it is.
    /// </param>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer withEnglish, LatinWordOptions? latinWords = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(withEnglish);
        List<RecognizedLine>? result = null, dropped = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!ShowsLatin(line)) continue;
            result ??= lines.ToList();
            // A row of marks split off its line and read as junk: its re-read would take in the line's letters and read
            // a garbled copy of it, and the Thai model's junk there passes the noise filter.
            if (IsMarkRow(line, lines)) { (dropped ??= []).Add(line); continue; }
            if (Reread(line, image, withEnglish) is not { } reread) continue;
            result[i] = latinWords is null ? reread : LatinWordSplicer.Splice(reread, line, latinWords) ?? reread;
        }
        if (dropped is not null) result!.RemoveAll(dropped.Contains);
        return result ?? lines;
    }

    /// <summary>
    /// The line with the stretch that shows Latin read again with English: only the whitespace-separated words holding the
    /// evidence, when the symbols spell the text and the stretch is under <see cref="MaxStretchShare"/> of the line (a
    /// line's Thai words cost the English model as much as the page read did), else the whole line. Null when the re-read
    /// holds no Latin letter: the signs were Thai ink after all, which the Thai model reads better.
    /// </summary>
    private static RecognizedLine? Reread(RecognizedLine line, GrayImage image, ITextRecognizer withEnglish)
    {
        int pad = Math.Max(2, line.Box.Height / 5);
        if (Stretch(line) is var (first, last, start, end))
        {
            var box = line.Symbols.Skip(first).Take(last - first + 1).Select(s => s.Box).Aggregate((a, b) => a.Union(b));
            int left = box.X - pad, right = box.Right + pad;
            var region = TableMask.Clip(new BoundingBox(left, line.Box.Y - pad, right - left, line.Box.Height + 2 * pad), image);
            if (region.Width < 4 || region.Height < 4) return null;
            if (withEnglish.Recognize(image, region, SegmentationMode.SingleLine) is not [var part] || !part.Text.Any(char.IsAsciiLetter)) return null;
            string text = (line.Text[..start].TrimEnd() + " " + part.Text + " " + line.Text[end..].TrimStart()).Trim();
            return new RecognizedLine(text, line.Box.Union(part.Box), line.Confidence,
                [.. line.Symbols.Take(first), .. part.Symbols, .. line.Symbols.Skip(last + 1)]);
        }
        var whole = TableMask.Clip(line.Box.Inflate(pad), image);
        if (whole.Width < 4 || whole.Height < 4) return null;
        return withEnglish.Recognize(image, whole, SegmentationMode.SingleLine) is [var reread] && reread.Text.Any(char.IsAsciiLetter) ? reread : null;
    }

    /// <summary>A stretch re-read alone may cover at most this share of the line's symbols; a longer one, the whole line is re-read.</summary>
    public const double MaxStretchShare = 0.6;

    /// <summary>
    /// The symbols (first, last) and text positions (start, end) of the words that hold the Latin evidence; null when the
    /// symbols do not spell the text or the words are most of the line.
    /// </summary>
    private static (int First, int Last, int Start, int End)? Stretch(RecognizedLine line)
    {
        if (line.Symbols.Count == 0 || SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return null;
        var evidence = Evidence(line, spans);
        int firstEvidence = Array.IndexOf(evidence, true), lastEvidence = Array.LastIndexOf(evidence, true);
        if (firstEvidence < 0) return null;
        string text = line.Text;
        // Out to the words' ends: the spaces the Thai model left between the Latin words.
        int start = spans[firstEvidence].Start, end = spans[lastEvidence].Start + spans[lastEvidence].Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        int first = 0, last = spans.Length - 1;
        while (first < spans.Length && spans[first].Start < start) first++;
        while (last >= 0 && spans[last].Start >= end) last--;
        if (last < first || last - first + 1 > MaxStretchShare * spans.Length) return null;
        return (first, last, start, end);
    }

    /// <summary>Which symbols show Latin (<see cref="ShowsLatin"/>'s signs), by their place in the text.</summary>
    private static bool[] Evidence(RecognizedLine line, (int Start, int Length)[] spans)
    {
        string text = line.Text;
        var evidence = new bool[spans.Length];
        int run = 0;
        for (int i = 0; i < spans.Length; i++)
        {
            var symbol = line.Symbols[i];
            var (start, length) = spans[i];
            string glyph = text.Substring(start, length);
            bool unsure = symbol.Confidence < UnsureSymbol;
            char before = start > 0 ? text[start - 1] : ' ', after = start + length < text.Length ? text[start + length] : ' ';
            bool digit = glyph.Length == 1 && char.IsAsciiDigit(glyph[0]);
            evidence[i] = glyph.Any(char.IsAsciiLetter) || glyph.IndexOfAny(NonThaiSigns) >= 0
                || (digit && (IsThai(before) || IsThai(after)))
                || (glyph == "%" && !char.IsAsciiDigit(before) && !IsThaiDigit(before) && !char.IsWhiteSpace(before))
                || (glyph == "%" && start == 0)
                || (unsure && glyph.Any(char.IsAscii));
            run = unsure ? run + 1 : 0;
            if (run >= UnsureRun) for (int k = i - run + 1; k <= i; k++) evidence[k] = true;
        }
        return evidence;
    }

    private static bool IsThai(char c) => c is >= '\u0E01' and <= '\u0E5B';

    private static bool IsThaiDigit(char c) => c is >= '๐' and <= '๙';

    /// <summary>
    /// True when <paramref name="line"/> shares more than half its height with another line: a row of marks the layout split
    /// off the line below or above it, whose re-read would take in that line's letters and read a garbled copy of it.
    /// </summary>
    private static bool IsMarkRow(RecognizedLine line, IReadOnlyList<RecognizedLine> lines)
    {
        foreach (var other in lines)
        {
            if (ReferenceEquals(other, line)) continue;
            int shared = Math.Min(line.Box.Bottom, other.Box.Bottom) - Math.Max(line.Box.Y, other.Box.Y);
            if (2 * shared > line.Box.Height && line.Box.HorizontalOverlap(other.Box) > 0) return true;
        }
        return false;
    }

    /// <summary>True when the Thai-only reading of <paramref name="line"/> shows Latin ink.</summary>
    public static bool ShowsLatin(RecognizedLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        string text = line.Text;
        if (text.Any(char.IsAsciiLetter) || text.IndexOfAny(NonThaiSigns) >= 0) return true;
        if (DigitGluedToThai().IsMatch(text)) return true;
        int run = 0;
        foreach (var symbol in line.Symbols)
        {
            bool unsure = symbol.Confidence < UnsureSymbol;
            // An Arabic digit or a sign the model is unsure of stands where it found no Thai shape: "ITA" read as "1".
            if (unsure && symbol.Text.Any(char.IsAscii)) return true;
            run = unsure ? run + 1 : 0;
            if (run >= UnsureRun) return true;
        }
        return false;
    }

    // Signs Thai running text does not use but the Thai model writes for Latin letters (! for I, | for l, [ for I).
    private static readonly char[] NonThaiSigns = ['!', '|', '[', ']', '{', '}', '\\', '@', '#', '$', '&', '*', '_', '~', '^', '<', '>', '`', '?', '='];

    // An Arabic digit written against a Thai letter or Thai digit ("1๑", "๕6"): Latin ink read as digits; a per cent sign
    // after no digit.
    [GeneratedRegex(@"[0-9][\u0E01-\u0E5B]|[\u0E01-\u0E5B][0-9]|(?<![0-9๐-๙\s])%|^%")]
    private static partial Regex DigitGluedToThai();
}
