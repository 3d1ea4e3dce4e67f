using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Words of a cell line read in the wrong script, read again in the right one. Whole-page lines go through the
/// <c>Latin words</c> and reference-code passes for this; a cell's lines never did. Both ways occur in cells:
/// <list type="bullet">
/// <item>a Thai word read as a Latin word ("udu" for เพิ่มขึ้น, "nou" for ผู้อื่น, "WO." for พชอ.): the line goes
/// through the page's own <see cref="LatinWordSplicer"/> with the engine that has no Latin letters (a Latin word of
/// three letters or more, or two and a dot, no capital acronym, replaced by what the re-read holds in its place, only
/// when that is Thai dictionary words or a Thai abbreviation of consonants and a dot). A stray token of one or two
/// letters without a dot is left: re-reading such cell lines whole turned "(ITA.)" into Thai (docs/ablation.md,
/// 2026-12-05);</item>
/// <item>a Latin word read as a jumble of scripts: in the plans' running text a bracketed English term ("(Social
/// Credit)", "(Empowerment)", "(Baseline)") comes out as Arabic and Thai digits mixed with short Thai fragments and
/// signs ("6๒๐ส0", "(6ทา๐หอ๕อก)", "(885๐[ก๑)"): the Thai model wins the line and the English one is asked too late.
/// Such a token (<see cref="IsGarbledLatin"/>) is cut out by its symbols' boxes and read alone as one line without any
/// Thai character; the new reading replaces the token only when it is Latin words and signs alone (no digit) read at
/// <see cref="MinConfidence"/> or better.</item>
/// </list>
/// No OCR call on a cell line without a Latin word or a garbled token.
/// </summary>
public static partial class CellLatinWords
{
    /// <summary>The re-read must be at least this confident (0-1): the English model on Thai ink reads letters weakly.</summary>
    public const double MinConfidence = 0.8;

    /// <summary>A garbled token is at least this long; shorter mixes are a speck beside a letter.</summary>
    private const int MinTokenLength = 3;

    /// <summary>A garbled token's Thai letters come in runs of at most this many: a longer run is Thai text, not a misread Latin word.</summary>
    private const int MaxThaiRun = 3;

    /// <summary>Every Thai character, excluded from the re-read (tessedit_char_blacklist).</summary>
    internal static readonly string ThaiScript = string.Concat(Enumerable.Range(0x0E01, 0x0E5B - 0x0E01 + 1).Select(c => (char)c));

    /// <summary>The cell's lines with the words read in the wrong script read again and replaced as the class summary says; the list itself when none changes.</summary>
    /// <param name="lines">The cell's reading, in the coordinates of <paramref name="image"/>.</param>
    /// <param name="image">The padded cell crop that was read.</param>
    /// <param name="recognizer">The engine (Thai and Latin), which reads a garbled token again without Thai.</param>
    /// <param name="latinFree">The engine without Latin letters, which reads a line with a Thai word read as Latin again.</param>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer recognizer, ITextRecognizer latinFree)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(latinFree);
        // The page pass's measured thresholds (LatinWordOptions' defaults): a cell line is a line of the same text.
        var thai = LatinWordSplicer.Apply(lines, image, latinFree, dottedAbbreviations: true);
        return LatinMisreadRereader.ReplaceEach(thai, line => Reread(line, image, recognizer));
    }

    /// <summary>
    /// A token that mixes scripts as a misread Latin word does: Latin letters, Arabic digits or brackets and bars beside
    /// Thai letters or Thai digits, its Thai letters only in short runs, and a letter among them (a run of digits and
    /// bars, "|๒๒", is a number whose bar is a rule's remnant: read in English, ๒๒ came out "lolo").
    /// </summary>
    public static bool IsGarbledLatin(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length < MinTokenLength) return false;
        bool foreign = token.Any(c => char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || c is '[' or ']' or '|' or '!' or '{' or '}');
        bool thai = token.Any(c => ThaiCharacters.IsThaiLetter(c) || ThaiDigits.IsThaiDigit(c));
        bool letter = token.Any(c => char.IsAsciiLetter(c) || ThaiCharacters.IsThaiLetter(c));
        return foreign && thai && letter && LongestThaiRun(token) <= MaxThaiRun;
    }

    /// <summary>True when <paramref name="text"/> is Latin words (two letters or more each, at least three letters in all) with brackets, dots, hyphens and spaces, and nothing else.</summary>
    public static bool IsLatinWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Count(char.IsAsciiLetter) >= MinTokenLength && LatinWordsOnly().IsMatch(text);
    }

    private static RecognizedLine? Reread(RecognizedLine line, GrayImage image, ITextRecognizer recognizer)
    {
        var tokens = Token().Matches(line.Text).Where(m => IsGarbledLatin(m.Value)).ToList();
        if (tokens.Count == 0 || SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return null;
        var text = new System.Text.StringBuilder();
        var symbols = new List<RecognizedSymbol>();
        int from = 0, replaced = 0;
        foreach (var token in tokens)
        {
            var inToken = Enumerable.Range(0, line.Symbols.Count).Where(i => spans[i].Start >= token.Index && spans[i].Start < token.Index + token.Length).ToList();
            var before = Enumerable.Range(0, line.Symbols.Count).Where(i => spans[i].Start >= from && spans[i].Start < token.Index);
            text.Append(line.Text, from, token.Index - from);
            symbols.AddRange(before.Select(i => line.Symbols[i]));
            from = token.Index + token.Length;
            if (inToken.Count > 0 && ReadLatin(line, inToken.Select(i => line.Symbols[i].Box).Aggregate((a, b) => a.Union(b)), image, recognizer) is { } latin)
            {
                text.Append(latin.Text.Trim());
                symbols.AddRange(latin.Symbols);
                replaced++;
                continue;
            }
            text.Append(token.Value);
            symbols.AddRange(inToken.Select(i => line.Symbols[i]));
        }
        if (replaced == 0) return null;
        text.Append(line.Text, from, line.Text.Length - from);
        symbols.AddRange(Enumerable.Range(0, line.Symbols.Count).Where(i => spans[i].Start >= from).Select(i => line.Symbols[i]));
        string joined = text.ToString();
        // Symbols that no longer spell the text would mislead the correctors that cut glyphs by symbol.
        return line with { Text = joined, Symbols = SymbolTextAlignment.Align(joined, symbols) is null ? [] : symbols };
    }

    /// <summary>The token's box, at the line's height, read as one line with Thai excluded; null unless it reads as Latin words, confidently.</summary>
    private static RecognizedLine? ReadLatin(RecognizedLine line, BoundingBox token, GrayImage image, ITextRecognizer recognizer)
    {
        int pad = Math.Max(2, line.Box.Height / 5);
        var region = TableMask.Clip(new BoundingBox(token.X - pad, line.Box.Y - pad, token.Width + 2 * pad, line.Box.Height + 2 * pad), image);
        if (region.Width < 4 || region.Height < 4) return null;
        var read = recognizer.RecognizeExcluding(image, region, SegmentationMode.SingleLine, ThaiScript);
        return read.Count == 1 && read[0].Confidence >= MinConfidence && IsLatinWords(read[0].Text.Trim()) ? read[0] : null;
    }

    private static int LongestThaiRun(string token)
    {
        int longest = 0, run = 0;
        foreach (char c in token)
        {
            run = ThaiCharacters.IsThaiLetter(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[\[(“""]?[A-Za-z]{2,}(?:[\s.\-][A-Za-z]{2,})*[.)\]”""]?[)\]]?$")]
    private static partial Regex LatinWordsOnly();
}
