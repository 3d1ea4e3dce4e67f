using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Re-reads a Thai line in which whole-page OCR wrote a few Latin letters for Thai ones ("ท UN ๗๔๓๐๒/๒๑๘" for
/// "ที่ ขก ๗๔๓๐๒/๒๑๘", "Ne" for ที่, "W.A." for พ.ศ.): the engine reads Thai and English, and a short bold or crowded
/// Thai word is sometimes matched to Latin shapes. Read again as a single line with Latin letters excluded (measured
/// on that line: "ที ขก ๓๕๓๐๒/๒๑๕" excluded, "ที UN …" not), the ink comes out Thai. The new reading replaces the old only when it has
/// fewer Latin letters, keeps the Thai text (letters and Thai digits: no shorter by more than a tenth) and is about as confident.
/// Real Latin in Thai text (ITA, EIT, www, e-mail addresses, Dos &amp; Don'ts) comes in words of three letters or more, and
/// ITA grades (A–F, AA) are known: neither triggers a re-read, and a line holding such a word keeps its first reading
/// (a re-read without Latin letters would turn the word into Thai digits).
/// </summary>
public static partial class LatinMisreadRereader
{
    /// <summary>A re-read may be this much less confident than the first reading and still replace it.</summary>
    private const double ConfidenceTolerance = 0.05;

    /// <summary>The letters a re-read excludes (tessedit_char_blacklist): Latin, which the English model matches Thai shapes to.</summary>
    internal const string LatinLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>Lines whose letters are at least this share Thai count as Thai lines.</summary>
    private const double ThaiShare = 0.6;

    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer recognizer) =>
        ReplaceEach(lines, line => HasStrayLatin(line.Text) ? Reread(line, image, recognizer, IsBetter) : null);

    /// <summary>
    /// The lines with each one <paramref name="replace"/> gives a new reading for replaced by it (null: kept as read); the
    /// list itself when no line is replaced. The passes that re-read lines without Latin letters all apply so.
    /// </summary>
    internal static IReadOnlyList<RecognizedLine> ReplaceEach(IReadOnlyList<RecognizedLine> lines, Func<RecognizedLine, RecognizedLine?> replace)
    {
        List<RecognizedLine>? result = null;
        for (int i = 0; i < lines.Count; i++)
        {
            if (replace(lines[i]) is not { } replacement) continue;
            result ??= lines.ToList();
            result[i] = replacement;
        }
        return result ?? lines;
    }

    /// <summary>
    /// The line read again as a single line with Latin letters excluded (first without its neighbours' ink, then as it
    /// is), if that reading passes <paramref name="accept"/>; else null. With <paramref name="withoutLeaders"/>, dotted
    /// leaders are whitened in the crop first (<see cref="LeaderDots"/>): a memo's ที่ line whose code is typed over them.
    /// With <paramref name="asIsOnlyWhenInkCut"/>, the second read (the region as it is) is made only when the first
    /// crop lost ink: otherwise it holds the same pixels, only framed in white.
    /// </summary>
    internal static RecognizedLine? Reread(RecognizedLine line, GrayImage image, ITextRecognizer recognizer, Func<RecognizedLine, RecognizedLine, bool> accept, bool withoutLeaders = false,
        bool asIsOnlyWhenInkCut = false)
    {
        int pad = Math.Max(2, line.Box.Height / 5);
        var region = TableMask.Clip(line.Box.Inflate(pad), image);
        if (region.Width < 4 || region.Height < 4) return null;
        // First without the neighbours' ink, then (when that reading is no better) the region as it is: cutting a
        // neighbour's component away can take a glyph of the line that touches it.
        var ownBox = line.Box with { X = line.Box.X - region.X, Y = line.Box.Y - region.Y };
        var crop = WithoutNeighbourInk(image.Crop(region), ownBox, out int whitened);
        if (withoutLeaders) whitened += LeaderDots.Whiten(crop, ownBox);
        var reread = recognizer.RecognizeExcluding(crop, null, SegmentationMode.SingleLine, LatinLetters)
            .Select(l => l.Offset(region.X, region.Y)).ToList();
        if (reread.Count == 1 && accept(line, reread[0])) return reread[0];
        if (asIsOnlyWhenInkCut && whitened == 0) return null;
        reread = recognizer.RecognizeExcluding(image, region, SegmentationMode.SingleLine, LatinLetters).ToList();
        return reread.Count == 1 && accept(line, reread[0]) ? reread[0] : null;
    }

    /// <summary>
    /// The crop with the ink of the lines above and below whitened: Thai line boxes overlap (marks above, vowels below),
    /// and the tops of the next line's letters in the crop turn a single-line re-read into garbage (kalasin's
    /// "ที่ กส ๕๑๐๐๑/๑๓๓๓" over its วันที่ line). A neighbour's ink is a component cut by the crop's top or bottom edge
    /// whose middle lies outside the line's own box; the line's own marks lie within the margin and stay.
    /// </summary>
    /// <param name="crop">The line's region, changed in place.</param>
    /// <param name="ownBox">The line's box in the crop.</param>
    /// <param name="whitened">How many pixels were whitened.</param>
    private static GrayImage WithoutNeighbourInk(GrayImage crop, BoundingBox ownBox, out int whitened)
    {
        var labels = InkComponents.Label(crop, threshold: 128, out var components);
        var foreign = new bool[components.Count + 1];
        for (int k = 0; k < components.Count; k++)
        {
            var c = components[k];
            int middle = c.Y + c.Height / 2;
            foreign[k + 1] = (c.Y == 0 || c.Bottom >= crop.Height) && (middle < ownBox.Y || middle >= ownBox.Bottom);
        }
        whitened = 0;
        for (int p = 0; p < labels.Length; p++)
        {
            if (!foreign[labels[p]] || crop.Pixels[p] == 255) continue;
            crop.Pixels[p] = 255;
            whitened++;
        }
        return crop;
    }


    /// <summary>A mostly Thai line (letters and Thai digits) holding a Latin token of one or two letters ("N", "UN", "W.A.").</summary>
    public static bool HasStrayLatin(string text)
    {
        if (!IsThaiLine(text)) return false;
        // Grades (ระดับ A, AA, B…) are real Latin letters of these documents and never a reason to re-read.
        return ShortLatinToken().Matches(text).Any(m => !GradeLetters().IsMatch(m.Value));
    }

    /// <summary>
    /// A line whose letters and digits are mostly Thai script (<see cref="ThaiShare"/>). Thai digits count: "N ๕/๒๕๖๔"
    /// (ที่ of an order number) is a Thai line.
    /// </summary>
    internal static bool IsThaiLine(string text)
    {
        int thai = ThaiScript(text), latin = text.Count(char.IsAsciiLetter);
        return thai > 0 && thai >= ThaiShare * (thai + latin);
    }

    /// <summary>
    /// True when <paramref name="reread"/> is the better reading of the same line (see the class summary). Never when the
    /// first reading holds a Latin word of three letters or more: that is real Latin ("Dos &amp; Don'ts"), which the re-read,
    /// having no Latin letters, can only turn into Thai digits and letters.
    /// </summary>
    public static bool IsBetter(RecognizedLine first, RecognizedLine reread)
    {
        if (LatinWord().IsMatch(first.Text)) return false;
        // A grade after ระดับ is legitimately Latin: a re-read without Latin letters can only turn it into ค or a digit.
        if (GradeAfterLevel().Matches(first.Text).Count > GradeAfterLevel().Matches(reread.Text).Count) return false;
        int latinBefore = first.Text.Count(char.IsAsciiLetter), latinAfter = reread.Text.Count(char.IsAsciiLetter);
        int thaiBefore = ThaiScript(first.Text), thaiAfter = ThaiScript(reread.Text);
        return latinAfter < latinBefore && thaiAfter >= 0.9 * thaiBefore && thaiAfter <= 1.5 * thaiBefore + 2 * latinBefore
               && reread.Confidence >= first.Confidence - ConfidenceTolerance;
    }

    private static int ThaiScript(string text) => text.Count(c => ThaiCharacters.IsThaiLetter(c) || ThaiDigits.IsThaiDigit(c));

    // ระดับ A, ระดับ AA: the grade of an ITA result.
    [GeneratedRegex(@"ระดับ\s*(?:AA|[A-F])(?![A-Za-z])")]
    private static partial Regex GradeAfterLevel();

    [GeneratedRegex(@"^[A-F]{1,2}$")]
    private static partial Regex GradeLetters();

    // One or two Latin letters standing as a token of their own (dots allowed: W.A.), between spaces or line ends; not
    // the end of a word after an apostrophe (Don'ts, Don’ts).
    [GeneratedRegex(@"(?<![A-Za-z.]|[A-Za-z]['’])(?:[A-Za-z]\.?){1,2}(?![A-Za-z])(?=[\s,:;)]|$)")]
    private static partial Regex ShortLatinToken();

    // Three Latin letters or more in a row: a real Latin word (ITA, www, Dos), never a misread Thai one.
    [GeneratedRegex(@"[A-Za-z]{3}")]
    private static partial Regex LatinWord();
}
