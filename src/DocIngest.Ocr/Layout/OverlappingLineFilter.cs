using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Drops a weak "line" the engine read on top of a taller line: on a phone photo or a slanted scan the page read sometimes
/// takes the row of a line's upper marks (or the tops of its letters) for a line of its own and reads it as a jumble of
/// Latin letters and signs (<c>a avy ve a ม a ew</c>), while also reading the line itself. Two lines of print never share
/// most of their height over most of their width, so a line lying that much on a taller one is a second reading of its
/// ink. Only weak readings without Thai words go: <see cref="DetachedMarkFilter"/> judges such rows by the page's median
/// height, which these rows, a third to two thirds of a line high and many on a page, escape.
/// </summary>
public static class OverlappingLineFilter
{
    /// <summary>Share of its own height and of its own width a line must share with a taller line to be judged.</summary>
    public const double MinOverlapShare = 0.5;

    /// <summary>
    /// Engine confidence (0–1) at or above which a line is kept. The mark rows of the tuning pages read at 0.60-0.81; real
    /// lines lying on a taller box (a wrapped heading, a letter under a drop cap) at 0.85 and above.
    /// </summary>
    public const double MaxConfidence = 0.8;

    /// <summary>The lines of one page read, minus weak wordless lines lying on a taller line, in their original order.</summary>
    /// <param name="lines">The lines as read.</param>
    /// <param name="noiseLines">The noise-line thresholds whose word share tells words from a jumble; the defaults when null.</param>
    public static IReadOnlyList<RecognizedLine> Remove(IReadOnlyList<RecognizedLine> lines, NoiseLineOptions? noiseLines = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count < 2) return lines;
        var kept = lines.Where(line => !LiesOnTallerLine(line, lines, noiseLines)).ToList();
        return kept.Count == lines.Count ? lines : kept;
    }

    private static bool LiesOnTallerLine(RecognizedLine line, IReadOnlyList<RecognizedLine> lines, NoiseLineOptions? noiseLines)
    {
        if (line.Confidence >= MaxConfidence || line.Box.Height <= 0 || line.Box.Width <= 0) return false;
        bool onTaller = lines.Any(other => !ReferenceEquals(other, line) && other.Box.Height > line.Box.Height
            && other.Box.VerticalOverlap(line.Box) >= MinOverlapShare * line.Box.Height
            && other.Box.HorizontalOverlap(line.Box) >= MinOverlapShare * line.Box.Width);
        return onTaller && !NoiseLineFilter.HasWords(line.Text, noiseLines) && IsJumble(line.Text);
    }

    /// <summary>
    /// Whether no space-separated piece of the text holds <see cref="MinThaiRun"/> Thai characters (letters, vowels,
    /// digits; marks aside). A mark row read as a line comes out as Latin letters, signs and lone Thai letters
    /// (<c>« a a ม ง va</c>); real print read badly on a distorted copy keeps longer Thai pieces (<c>มิถุนายน ๒๕๖๘ : 0 get
    /// ee</c>, a date line of a tuning document whose Latin junk leaves too few words for the word share).
    /// </summary>
    internal static bool IsJumble(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(piece => piece.Count(IsThaiBase) < MinThaiRun);

    /// <summary>Thai characters in one piece of text from which it is taken for print, not a jumble.</summary>
    public const int MinThaiRun = 3;

    // Thai letters, vowels and digits (U+0E01-U+0E5B) less the marks above and below a letter.
    private static bool IsThaiBase(char c) => c is >= '\u0E01' and <= '\u0E5B' && !ThaiCharacters.IsCombiningMark(c);
}
