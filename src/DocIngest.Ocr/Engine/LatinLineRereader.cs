using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Engine;

/// <summary>
/// The second half of the Thai-first page read: the page's running text is read with the Thai model alone (the English
/// model, tried on nearly every Thai word, makes a <c>tha+eng</c> page read cost about 1.3 times a <c>tha</c> one), and
/// only the lines that show signs of Latin are read again, each as one line, by the engine that has both models. The
/// Thai model writes Latin as junk ("(Integrity … : ITA)" as "(! ก 1๑ ร ทั ญ / … 1 : [1"): Latin letters it happens to
/// have, signs Thai text does not use, Arabic digits glued to Thai or read with little confidence, runs of glyphs it is unsure of. The re-read replaces
/// the line only when it holds Latin letters; a row of marks the layout split off a line and the Thai model read as
/// such junk is dropped.
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
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer withEnglish)
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
            int pad = Math.Max(2, line.Box.Height / 5);
            var region = TableMask.Clip(line.Box.Inflate(pad), image);
            if (region.Width < 4 || region.Height < 4) continue;
            // No Latin in the re-read: the signs were Thai ink after all, which the Thai model reads better.
            if (withEnglish.Recognize(image, region, SegmentationMode.SingleLine) is [var reread] && reread.Text.Any(char.IsAsciiLetter))
                result[i] = reread;
        }
        if (dropped is not null) result!.RemoveAll(dropped.Contains);
        return result ?? lines;
    }

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
