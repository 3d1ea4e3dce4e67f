using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Headers;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Reads again, without Latin letters, a date line whose day, month or year the engine read as Latin: a memo's วันที่
/// line ("วันที่ ว70 9E ธื้นงวาคม WEDD" for วันที่ ๑๔ ธันวาคม ๒๕๖๖) or an order's or announcement's issue line ("สั่ง ณ TUN ow
/// มกราคม WA. wes"). With the English model loaded, Thai digits of unusual fonts match Latin shapes better, and the
/// header loses its date. Thai dates never hold Latin letters, so such a line is read again with Latin excluded, and the
/// re-read is taken only when it holds a whole date (day, month, a year of the documents' years) and the first reading
/// did not.
/// </summary>
public static partial class DateLineRereader
{
    /// <summary>The lines with misread date lines read again; the list itself when none is.</summary>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, ITextRecognizer latinFree)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(latinFree);
        List<RecognizedLine>? result = null;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!IsMisreadDateLine(lines[i].Text)) continue;
            if (LatinMisreadRereader.Reread(lines[i], image, latinFree, (_, reread) => HoldsDate(reread.Text, oneDigitSystem: true), withoutLeaders: true) is not { } better) continue;
            result ??= lines.ToList();
            result[i] = better;
        }
        return result ?? lines;
    }

    /// <summary>
    /// A short line holding Latin letters that is a date line by its opening (วันที่, or สั่ง/ประกาศ/ให้ไว้ ณ) or by a
    /// month name, and holds no whole date as read.
    /// </summary>
    public static bool IsMisreadDateLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Leader dots ("วันที่ ............ ๑๔ ธันวาคม") are layout, not length.
        if (text.Count(c => c is not ('.' or '…') && !char.IsWhiteSpace(c)) > MaxLineLength || !text.Any(char.IsAsciiLetter)) return false;
        if (!DateLineOpening().IsMatch(text) && !MonthName().IsMatch(text)) return false;
        return !HoldsDate(text);
    }

    /// <summary>A date line is short: the label, a day, a month, the era and a year, or the issue formula before them (signs other than spaces and leader dots).</summary>
    private const int MaxLineLength = 50;

    /// <summary>
    /// A whole date in the text; with <paramref name="oneDigitSystem"/>, one whose digits are all Thai or all Arabic (a
    /// re-read's "๒๕55" is digits misread, not a year).
    /// </summary>
    private static bool HoldsDate(string text, bool oneDigitSystem = false) =>
        HeaderFields.FirstDate(text) is { } date && (!oneDigitSystem || !(date.Printed.Any(ThaiDigits.IsThaiDigit) && date.Printed.Any(char.IsAsciiDigit)));

    // วันที่ at the start (its marks possibly lost, its ว read as a look-alike: "จันที"), or the issue formula (สั่ง /
    // ประกาศ / ให้ไว้, then ณ); specks before it allowed.
    [GeneratedRegex(@"^[\s.,:;'`|]*(?:[ก-ฮ]ั?นที่?(?=[\s.:]|$)|(?:ส[ัิ]?่?ง|ประกาศ|ให้ไว้)\s*ณ)")]
    private static partial Regex DateLineOpening();

    [GeneratedRegex("มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|กรกฏาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม")]
    private static partial Regex MonthName();
}
