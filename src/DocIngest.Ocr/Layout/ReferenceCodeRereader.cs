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
        List<RecognizedLine>? result = null;
        for (int i = 0; i < lines.Count; i++)
        {
            if (Reread(lines[i], image, latinFree) is not { } fixedLine) continue;
            result ??= lines.ToList();
            result[i] = fixedLine;
        }
        return result ?? lines;
    }

    /// <summary>
    /// Where the reference number starts when the text before it is a short stretch holding Latin letters (or opening with the label read as a bare ท) and the line
    /// goes on with วันที่ (a memo's ที่ … วันที่ … line); null otherwise.
    /// </summary>
    public static int? MisreadPrefixEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = ReferenceLine().Match(text);
        if (!match.Success) return null;
        var prefix = match.Groups["prefix"].Value;
        // A bare ท or ที before the code is the label with its marks lost (the Thai model alone reads it so).
        return prefix.Any(char.IsAsciiLetter) || BareLabel().IsMatch(prefix) ? match.Groups["number"].Index : null;
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

    private static RecognizedLine? Reread(RecognizedLine line, GrayImage image, ITextRecognizer latinFree)
    {
        if (MisreadPrefixEnd(line.Text) is not { } numberStart) return null;
        if (SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return null;
        int numberSymbol = Array.FindIndex(spans, s => s.Start >= numberStart);
        if (numberSymbol <= 0) return null;
        int right = line.Symbols[numberSymbol].Box.X - 1;
        int pad = Math.Max(2, line.Box.Height / 5);
        var region = TableMask.Clip(new BoundingBox(line.Box.X - pad, line.Box.Y - pad, right - line.Box.X + pad, line.Box.Height + 2 * pad), image);
        if (region.Width < 4 || region.Height < 4) return null;
        var reread = latinFree.RecognizeExcluding(image, region, SegmentationMode.SingleLine, LatinMisreadRereader.LatinLetters);
        if (reread.Count != 1 || ThaiPrefix(reread[0].Text) is not { } prefix) return null;

        // The re-read's symbols stand for the new prefix when they spell it; otherwise each takes the stretch's box.
        IReadOnlyList<RecognizedSymbol> prefixSymbols = SymbolTextAlignment.Align(prefix, reread[0].Symbols) is not null
            ? reread[0].Symbols
            : prefix.Where(c => c != ' ').Select(c => new RecognizedSymbol(c.ToString(), region, reread[0].Confidence)).ToList();
        return line with
        {
            Text = prefix + " " + line.Text[numberStart..],
            Symbols = [.. prefixSymbols, .. line.Symbols.Skip(numberSymbol)],
        };
    }

    // A short stretch (the label and code) before a reference number (digits, point, slash, digits), then วันที่ later on,
    // or the date's month when วันที่ was misread too ("FUN ๘ พฤศจิกายน ๒๕๖๕", its day as well: "FUN oc พฤศจิกายน").
    [GeneratedRegex(@"^\s*(?<prefix>[^\s๐-๙0-9]{1,4}(?:\s+[^\s๐-๙0-9]{1,4}){0,2})\s+(?<number>[๐-๙0-9]{2,}[๐-๙0-9.\s]*/\s*[๐-๙0-9]+).*(?:วันท|(?:มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา))")]
    private static partial Regex ReferenceLine();

    // The label with its marks lost, then a code: "ท ชบ", "ที ชูบ".
    [GeneratedRegex(@"^ที?\s+[ก-ฮ]")]
    private static partial Regex BareLabel();

    // The re-read: an optional ที่ label, then two or three Thai consonants (a point after them allowed).
    [GeneratedRegex(@"^(?:ที่?\s*)?(?<code>[ก-ฮ]{2,3})\.?$")]
    private static partial Regex CodeReading();
}
