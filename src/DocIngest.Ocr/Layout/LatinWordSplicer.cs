using System.Text.RegularExpressions;
using DocIngest.Core.Text;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Puts Thai words back where the engine read a whole Thai word as a Latin one ("UUM." for ป.ป.ท., "use" for ประ,
/// "Gas" for เรื่อง): with the English model loaded, a word of three or more letters can match Latin shapes better. A
/// line re-read with Latin excluded gets those words right, but it also turns real Latin (EIT, URL, e-service) into
/// digits and Thai letters, so the re-read never replaces the line: each Latin word is replaced alone, by what the
/// re-read holds in its place, and only when that is Thai that stands on its own: dictionary words of two letters or
/// more, or an abbreviation of letters and dots (ป.ป.ท.). The rest of the two readings must agree (the re-read read
/// the same line) and the re-read must be about as confident. Measured on the sample scans (2026-11-30): the ten Latin
/// words of Thai lines that were misreads gave ป.ป.ท., ประ, เรื่อง (and digits or nothing usable for the rest); the
/// real EIT, IIT, OIT, ITA, URL, e-service and Integrity gave digits, signs or non-words.
/// </summary>
public static partial class LatinWordSplicer
{
    private static readonly LatinWordOptions Defaults = new();

    /// <summary>The lines with Latin words read for Thai replaced (see the class remarks); the list itself when none is.</summary>
    /// <param name="lines">The page's lines.</param>
    /// <param name="image">The page the engine reads.</param>
    /// <param name="recognizer">Reads a line again with Latin letters excluded.</param>
    /// <param name="options">The pass's thresholds; the defaults when null.</param>
    /// <param name="dottedAbbreviations">
    /// Also a Latin word of two letters ending in a dot ("WO." for พชอ.), replaced by a Thai abbreviation of consonants
    /// and its dot (<see cref="IsDottedAbbreviation"/>) as well as by words: a cell's Thai agency abbreviations. Page lines
    /// keep the measured rule (off).
    /// </param>
    /// <param name="asIsOnlyWhenInkCut">
    /// Read the line as it is (framed) after its crop without the neighbours' ink only when that crop lost ink: else the
    /// second read holds the same pixels and costs a read of the line for nothing it was measured to change on the
    /// page lines (docs/ablation.md, sessions 16 and 22). Page lines take it; cells keep both reads.
    /// </param>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer recognizer, LatinWordOptions? options = null,
        bool dottedAbbreviations = false, bool asIsOnlyWhenInkCut = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return LatinMisreadRereader.ReplaceEach(lines, line =>
        {
            if (!HasLatinWord(line.Text, dottedAbbreviations)) return null;
            RecognizedLine? spliced = null;
            LatinMisreadRereader.Reread(line, image, recognizer, (first, reread) => (spliced = Splice(first, reread, options, dottedAbbreviations)) is not null,
                asIsOnlyWhenInkCut: asIsOnlyWhenInkCut);
            return spliced;
        });
    }

    /// <summary>A mostly Thai line holding a Latin word of three letters or more (with <paramref name="dottedAbbreviations"/>, or two and a dot) that is no capital acronym.</summary>
    public static bool HasLatinWord(string text, bool dottedAbbreviations = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Capital acronyms stay whatever a re-read says (ProtectedAcronym): a line with no other Latin word is not re-read.
        return LatinMisreadRereader.IsThaiLine(text) && LatinWords(text, dottedAbbreviations).Any(m => !ProtectedAcronym(text, m));
    }

    /// <summary>
    /// <paramref name="first"/> with each Latin word that <paramref name="reread"/> (the same line read without Latin
    /// letters) holds as Thai replaced by that Thai, the word's symbols by the re-read's for it (so that the correctors
    /// that cut glyphs by symbol still can); null when no word is replaced or the readings disagree.
    /// </summary>
    /// <param name="first">The line as first read.</param>
    /// <param name="reread">The same line read without Latin letters.</param>
    /// <param name="options">The pass's thresholds; the defaults when null.</param>
    /// <param name="dottedAbbreviations">As <see cref="Apply"/> takes it.</param>
    public static RecognizedLine? Splice(RecognizedLine first, RecognizedLine reread, LatinWordOptions? options = null, bool dottedAbbreviations = false)
    {
        options ??= Defaults;
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(reread);
        if (reread.Confidence < first.Confidence - options.ConfidenceTolerance) return null;
        string a = first.Text, b = reread.Text;
        var (map, deleted) = Align(a, b);
        bool Same(int i) => !deleted[i] && a[i] == b[map[i]];
        var words = LatinWords(a, dottedAbbreviations);
        if (words.Count == 0) return null;

        var firstSpans = SymbolTextAlignment.Align(a, first.Symbols);
        var rereadSpans = SymbolTextAlignment.Align(b, reread.Symbols);
        var text = new System.Text.StringBuilder();
        var symbols = new List<RecognizedSymbol>();
        int from = 0, fromB = 0, replaced = 0, other = 0, otherEdits = 0;
        foreach (var word in words)
        {
            // The re-read's text between the characters aligned with the word's neighbours stands in the word's place.
            // Anchors are characters both readings hold alike: a space the re-read left out, or one it matched with
            // the word's last letter, is none.
            int before = word.Index - 1;
            while (before >= 0 && !Same(before)) before--;
            int after = word.Index + word.Length;
            while (after < a.Length && !Same(after)) after++;
            int start = before < 0 ? 0 : map[before] + 1;
            int end = after >= a.Length ? b.Length : map[after];
            if (start < 0 || end < start) return null;
            otherEdits += EditDistance.Levenshtein(a[from..word.Index], b[Math.Min(fromB, start)..start]);
            other += word.Index - from;
            string piece = b[start..end];
            string candidate = piece.Trim().TrimEnd(',', ';', ':');
            int candidateStart = start + piece.IndexOf(candidate, StringComparison.Ordinal);
            text.Append(a, from, word.Index - from);
            symbols.AddRange(SymbolsIn(first.Symbols, firstSpans, from, word.Index));
            if (!ProtectedAcronym(a, word)
                && (IsThaiWord(candidate, options.MinThaiLength) || dottedAbbreviations && word.Value.EndsWith('.') && IsDottedAbbreviation(candidate)))
            {
                text.Append(candidate);
                symbols.AddRange(SymbolsIn(reread.Symbols, rereadSpans, candidateStart, candidateStart + candidate.Length));
                replaced++;
            }
            else
            {
                text.Append(word.Value);
                symbols.AddRange(SymbolsIn(first.Symbols, firstSpans, word.Index, word.Index + word.Length));
            }
            from = word.Index + word.Length;
            fromB = end;
        }
        otherEdits += EditDistance.Levenshtein(a[from..], b[Math.Min(fromB, b.Length)..]);
        other += a.Length - from;
        text.Append(a, from, a.Length - from);
        symbols.AddRange(SymbolsIn(first.Symbols, firstSpans, from, a.Length));
        if (replaced == 0 || otherEdits > options.MaxOtherDifference * Math.Max(1, other)) return null;
        // Symbols that do not spell the new text would stop every corrector that cuts glyphs by symbol: without both
        // alignments the line keeps none.
        bool aligned = firstSpans is not null && rereadSpans is not null;
        // ... and a line with digits needs them: the Thai model cannot read half the digits, the digit corrector must.
        if (!aligned && text.ToString().Any(char.IsDigit)) return null;
        return first with { Text = text.ToString(), Symbols = aligned ? symbols : [] };
    }

    /// <summary>The symbols whose text starts in [from, to) of the line's text (none when the symbols do not spell it).</summary>
    private static IEnumerable<RecognizedSymbol> SymbolsIn(IReadOnlyList<RecognizedSymbol> symbols, (int Start, int Length)[]? spans, int from, int to)
    {
        if (spans is null) yield break;
        for (int i = 0; i < symbols.Count; i++)
            if (spans[i].Start >= from && spans[i].Start < to) yield return symbols[i];
    }

    /// <summary>
    /// An acronym in capitals (ITA, EIT, OIT, IIT) is real Latin in this paperwork and stays, whatever the re-read makes of
    /// it: read without Latin, ITA came out โค and IIT เท, both Thai words. A capital run ending in a dot ("UUM." for
    /// ป.ป.ท.) is an abbreviation's dots read with Thai letters, and may be replaced; so is one right after a number in
    /// Thai digits, where Thai text puts its unit (บาท read as "UM", คน as "AU"), not a Latin acronym.
    /// </summary>
    private static bool ProtectedAcronym(string text, Match word) =>
        word.Value.All(char.IsAsciiLetterUpper) && !AfterThaiNumber(text, word.Index);

    /// <summary>
    /// The Latin words of a line: three letters or more, or two right after a number in Thai digits (a unit read as
    /// Latin), or, with <paramref name="dottedAbbreviations"/>, two and a dot.
    /// </summary>
    private static List<Match> LatinWords(string text, bool dottedAbbreviations) =>
        LatinWord().Matches(text).Where(m => m.Value.TrimEnd('.').Length >= 3 || AfterThaiNumber(text, m.Index) || dottedAbbreviations && m.Value.EndsWith('.')).ToList();

    /// <summary>A Thai abbreviation written without inner dots: two to four consonants and a dot (พชอ., สสจ., อบต.).</summary>
    public static bool IsDottedAbbreviation(string candidate) => DottedAbbreviation().IsMatch(candidate);

    /// <summary>Whether the text before <paramref name="index"/>, spaces aside, ends with a Thai digit.</summary>
    private static bool AfterThaiNumber(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] is >= '๐' and <= '๙';
    }

    /// <summary>Thai that stands as text: an abbreviation (ป.ป.ท.) or dictionary words of two letters or more, nothing else, <paramref name="minLength"/> characters at least.</summary>
    private static bool IsThaiWord(string candidate, int minLength)
    {
        if (candidate.Length < minLength) return false;
        if (ThaiAbbreviation().IsMatch(candidate)) return true;
        if (!candidate.All(ThaiCharacters.IsThaiLetter)) return false;
        var words = ThaiWordSegmenter.Default.Segment(candidate);
        return words.All(w => w.Length >= 2 && ThaiWordSegmenter.Default.Dictionary.Contains(w));
    }

    /// <summary>
    /// For each character of <paramref name="a"/>, the index in <paramref name="b"/> of the character it is aligned with
    /// (kept or substituted), or, when it was deleted, of the last aligned one before it (-1 at the start).
    /// </summary>
    private static (int[] Map, bool[] Deleted) Align(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        var map = new int[a.Length];
        int x = a.Length, y = b.Length;
        var pending = new List<int>();
        while (x > 0)
        {
            if (y > 0 && d[x, y] == d[x - 1, y - 1] + (a[x - 1] == b[y - 1] ? 0 : 1))
            {
                map[--x] = --y;
            }
            else if (y > 0 && d[x, y] == d[x, y - 1] + 1)
            {
                y--;
            }
            else
            {
                x--;
                pending.Add(x);
            }
        }
        // A deleted character takes the position of the last aligned one before it.
        var deleted = new bool[a.Length];
        foreach (int i in pending.OrderBy(i => i))
        {
            map[i] = i == 0 ? -1 : map[i - 1];
            deleted[i] = true;
        }
        return (map, deleted);
    }

    /// <summary>A Latin word of two letters or more (with a trailing dot: "UUM."); <see cref="LatinWords"/> keeps the two-letter ones only after a Thai number.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]{2,}\.?(?![A-Za-z])")]
    private static partial Regex LatinWord();

    /// <summary>Thai letters each followed by a dot: ป.ป.ท., พ.ศ.</summary>
    [GeneratedRegex(@"^(?:[ก-ฮ]\.){2,}$")]
    private static partial Regex ThaiAbbreviation();

    /// <summary>Two to four Thai consonants and one dot: พชอ.</summary>
    [GeneratedRegex(@"^[ก-ฮ]{2,4}\.$")]
    private static partial Regex DottedAbbreviation();
}
