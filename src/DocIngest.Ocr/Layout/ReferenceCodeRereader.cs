using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Puts back the ที่ label and agency code of a memo's reference line when the engine read them as Latin letters. The line
/// is "ที่ ชบ ๐๘๓๒.๑/๕๐ วันที่ ๑๓ พฤศจิกายน ๒๕๖๒": a bold label a size larger than the text and a code of two or three Thai
/// consonants before a reference number. On the tuning corpus pages the engine (with its English model loaded) wrote
/// "N WU" and "ท BU" for ที่ ชบ, and the header lost its reference. Thai government references never carry Latin letters
/// there, so when the text before the number holds Latin letters and the line goes on with วันที่ (or a date), that stretch of the
/// line is read again with Latin excluded, and taken when it reads as a code (with or without the label).
/// </summary>
public static partial class ReferenceCodeRereader
{
    private static readonly char[] Edges = ['<', '>', '|', ':', ';', ',', '\'', '"', '(', ')', '[', ']', '-', '_', '~', '`'];

    /// <summary>The lines with misread reference codes put back; the list itself when none is.</summary>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer latinFree)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(latinFree);
        return LatinMisreadRereader.ReplaceEach(lines, line => Reread(line, image, latinFree));
    }

    /// <summary>
    /// Where the reference number starts when the text before it is a short stretch holding Latin letters and the line
    /// goes on with วันที่ (a memo's ที่ … วันที่ … line); null otherwise.
    /// </summary>
    public static int? MisreadPrefixEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = ReferenceLine().Match(text);
        if (!match.Success) return null;
        // The cue is looked for without the line's marks: a thin or coarse capture loses them first (วนท, พฤศจกายน).
        string rest = string.Concat(match.Groups["rest"].Value.Where(c => !ThaiCharacters.IsCombiningMark(c)));
        if (!DateCue().IsMatch(rest) && !LineEnd().IsMatch(rest)) return null;
        var prefix = match.Groups["prefix"].Value;
        return prefix.Any(char.IsAsciiLetter) ? match.Groups["number"].Index : null;
    }

    /// <summary>"ที่ ชบ" from a re-read of the stretch before the number (ที่ ชบ, ที ชบ, ชบ, ชบ.); null when it is no code.</summary>
    public static string? ThaiPrefix(string reread)
    {
        ArgumentNullException.ThrowIfNull(reread);
        // Signs at either end are the edges of neighbouring ink (the number's first digit read as "<").
        string text = ThaiText.Normalize(reread).Trim().Trim(Edges).Trim();
        var match = CodeReading().Match(text);
        return match.Success ? $"ที่ {match.Groups["code"].Value}" : null;
    }

    /// <summary>
    /// "ที่ ลย" from a re-read of the whole line ("ที่ ลย ๐๐๓๓.๓๐๑/๘๑๔๐ วันที่ …"): the label and code before its first digit;
    /// null when the line does not open with a code and a number.
    /// </summary>
    public static string? ThaiPrefixOfLine(string reread)
    {
        ArgumentNullException.ThrowIfNull(reread);
        string text = ThaiText.Normalize(reread).Trim().TrimStart(Edges).Trim();
        var match = CodeBeforeNumber().Match(text);
        return match.Success ? $"ที่ {match.Groups["code"].Value}" : null;
    }

    private static RecognizedLine? Reread(RecognizedLine line, GrayImage image, ITextRecognizer latinFree)
    {
        if (MisreadPrefixEnd(line.Text) is not { } numberStart) return null;
        if (SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return null;
        int numberSymbol = Array.FindIndex(spans, s => s.Start >= numberStart);
        if (numberSymbol <= 0) return null;
        int right = line.Symbols[numberSymbol].Box.X - 1;
        // The re-read pads the box on every side: the stretch ends that far before the number, so no digit is read in it.
        int pad = Math.Max(2, line.Box.Height / 5);
        if (right - pad - line.Box.X < 4) return null;

        // The stretch before the number alone; then the stretch up to the number's first digit (a crop cut close to the
        // code can read as nothing, the digit's edge reads as a sign the prefix allows); then the whole line, whose number
        // gives the engine the line's size and baseline. Each without the ink of the lines above and below and without
        // leaders, then as it is.
        string? prefix = null;
        var stretch = line with { Box = line.Box with { Width = right - pad - line.Box.X } };
        var toNumber = line with { Box = line.Box with { Width = right - line.Box.X } };
        var reread = LatinMisreadRereader.Reread(stretch, image, latinFree, (_, r) => (prefix = ThaiPrefix(r.Text)) is not null, withoutLeaders: true)
                     ?? LatinMisreadRereader.Reread(toNumber, image, latinFree, (_, r) => (prefix = ThaiPrefix(r.Text)) is not null, withoutLeaders: true);
        IReadOnlyList<RecognizedSymbol>? prefixSymbols = reread is not null && SymbolTextAlignment.Align(prefix!, reread.Symbols) is not null ? reread.Symbols : null;
        reread ??= LatinMisreadRereader.Reread(line, image, latinFree, (_, r) => (prefix = ThaiPrefixOfLine(r.Text)) is not null, withoutLeaders: true);
        if (reread is null || prefix is null) return null;

        // Symbols that do not spell the new prefix each take the stretch's box.
        prefixSymbols ??= prefix.Where(c => c != ' ').Select(c => new RecognizedSymbol(c.ToString(), stretch.Box, reread.Confidence)).ToList();
        return line with
        {
            Text = prefix + " " + line.Text[numberStart..],
            Symbols = [.. prefixSymbols, .. line.Symbols.Skip(numberSymbol)],
        };
    }

    // A short stretch (the label and code) before a reference number (digits, point, slash, digits; a sign the engine
    // writes for a digit's ink or a speck, such as "@", may stand before the slash), then the rest of the line.
    [GeneratedRegex(@"^\s*(?<prefix>[^\s๐-๙0-9]{1,6}(?:\s+[^\s๐-๙0-9]{1,6}){0,2})\s+(?<number>[๐-๙0-9]{2,}[๐-๙0-9.\s@«»<>¢©&]*/\s*[๐-๙0-9]+)(?<rest>.*)$")]
    private static partial Regex ReferenceLine();

    // The rest of a reference line, its marks left out: วันที่ later on, or the date's month when วันที่ was misread too
    // ("FUN ๘ พฤศจิกายน ๒๕๖๕", its day as well: "FUN oc พฤศจิกายน").
    [GeneratedRegex(@"วนท|มกรา|กมภา|มนา|เมษา|พฤษภา|มถนา|กรกฎา|สงหา|กนยา|ตลา|พฤศจกา|ธนวา")]
    private static partial Regex DateCue();

    // Or the number ends the line: the ที่ line of a label column, its date on the next line.
    [GeneratedRegex(@"^[\s.,:;]*$")]
    private static partial Regex LineEnd();

    // The re-read: an optional ที่ label, then two or three Thai consonants (a point after them allowed).
    // Leader dots, or specks of the paper read as signs, may stand between the label and the code ("ที่ ...... รบ", "ที
    // 7ฝ7ฝ . รบ"), and the edge of the number's first digit after it ("รบ๐").
    [GeneratedRegex(@"^(?:ที่?(?:[\s.…]*|\s.*\s))?(?<code>[ก-ฮ]{2,3})\.?\s?[๐-๙]?$")]
    private static partial Regex CodeReading();

    // The same at the start of a whole line, its number after it.
    [GeneratedRegex(@"^(?:ที่?[\s.…]*)?(?<code>[ก-ฮ]{2,3})\.?\s*(?=[๐-๙0-9])")]
    private static partial Regex CodeBeforeNumber();
}
