using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>Reads a measure's own number: a ลำดับ cell (๑, 2., (๓)) or a prefix of its title ((๑) …, ๒. …, มาตรการที่ ๓ …).</summary>
public static partial class MeasureNumberReader
{
    /// <summary>The number a ลำดับ / ที่ cell holds, or null when the cell is not just a number.</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="expected">The number the sequence expects here (previous + 1), used to re-read OCR-garbled Thai digits (๖ → ๒๐).</param>
    public static int? FromNumberCell(string text, int? expected = null)
    {
        var printed = ThaiText.Normalize(text).Trim();
        var m = NumberCell().Match(ThaiDigits.ToArabic(printed));
        return m.Success ? Reconcile(printed.Substring(m.Groups["n"].Index, m.Groups["n"].Length), expected) : null;
    }

    /// <summary>
    /// Splits a leading number off a title: "(๑) มีแนวทาง…" → (1, "มีแนวทาง…"). A marker whose number OCR read as a
    /// speck or a Latin letter before มาตรการ ("'. มาตรการ…", "b) มาตรการ…"), or as the letter ฒ before any title
    /// ("ฒ.ระบบ…" for ๗.), is split off too and stands for <paramref name="expected"/>. Titles without one come back
    /// unchanged with null.
    /// </summary>
    /// <param name="title">The title as printed.</param>
    /// <param name="expected">The number the sequence expects here, for OCR-garbled digits.</param>
    public static (int? Number, string Title) SplitTitle(string title, int? expected = null)
    {
        var t = title.Trim();
        var m = TitlePrefix().Match(t);
        if (m.Success && m.Length < t.Length) return (Reconcile(m.Groups["n"].Value, expected), t[m.Length..].Trim());
        var damaged = DamagedTitlePrefix().Match(t);
        if (damaged.Success && TextMeasureParser.OpensWithMeasureWord(t[damaged.Length..])) return (expected, t[damaged.Length..].Trim());
        // A Thai letter OCR makes of a Thai digit, as the marker: no title opens with it and a full stop.
        var lookalike = DigitLetterPrefix().Match(t);
        if (expected is not null && lookalike.Success && lookalike.Length < t.Length) return (expected, t[lookalike.Length..].Trim());
        return (null, t);
    }

    /// <summary>
    /// The printed number, or the expected one when the printed Thai digits are not it but OCR could have made
    /// them from it (Debian's Thai model reads ๖ as ๒๐, ๔ ๘ ๙ as ๕, ๗ as ๓).
    /// </summary>
    private static int Reconcile(string printedDigits, int? expected)
    {
        int read = int.Parse(ThaiDigits.ToArabic(printedDigits));
        if (expected is not { } e || read == e || e < 1) return read;
        return OcrYearRepair.Readings(printedDigits).Contains(ThaiDigits.ToThai(e.ToString(System.Globalization.CultureInfo.InvariantCulture))) ? e : read;
    }

    // ฒ where the marker's digit was (Tesseract reads ๔, ๗ and ๙ so on plans' scans), then its full stop, comma or parenthesis.
    [GeneratedRegex(@"^\(?\s*ฒ\s*[.,)]\s*")]
    private static partial Regex DigitLetterPrefix();

    // One or two signs or Latin letters (no digit, no Thai letter) where the number was, then its full stop or parenthesis.
    [GeneratedRegex(@"^\(?\s*[^\s0-9๐-๙\u0E01-\u0E4E().]{1,2}\s*[.)]\s*")]
    private static partial Regex DamagedTitlePrefix();

    [GeneratedRegex(@"^\(?\s*(?<n>\d{1,3})\s*[.)]?$")]
    private static partial Regex NumberCell();

    // "(๑) ", "๑) ", "๑. " (not "๑.๕"), "ข้อ ๑", "มาตรการที่ ๑", "ประเด็นที่ ๑.", "แนวทางการพัฒนาที่ ๑" — a number alone at the start.
    [GeneratedRegex(@"^(?:(?:มาตรการ|ประเด็น|แนวทาง(?:การพัฒนา|ปฏิบัติ)?)\s*ที่\s*|ข้อ(?:ที่)?\s*)?\(?\s*(?<n>[0-9๐-๙]{1,3})\s*(?:\)|\.(?![0-9๐-๙])|(?<=ที่\s*[0-9๐-๙]{1,3})(?=\s)|:)\s*")]
    private static partial Regex TitlePrefix();
}
