using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Parsing.Headers;

/// <summary>
/// Order numbers: "ที่ ๕/๒๕๖๔" -> "5/2564", also with spaces, a lost tone mark (ที 12 / 2566) or a label OCR read as
/// Latin letters on a line of its own ("N ๕/๒๕๖๔").
/// </summary>
public static partial class OrderNumbers
{
    /// <summary>The first order number among the first lines of an order, or null.</summary>
    public static string? Find(IReadOnlyList<string> lines)
    {
        // The number stands between the title and the subject; letterhead specks above may push it down a few lines.
        foreach (var line in lines.Take(HeadLines))
        {
            string folded = ParsingText.Fold(line);
            var m = Number().Match(folded);
            if (!m.Success) m = NumberLineWithMisreadLabel().Match(folded);
            if (m.Success) return $"{m.Groups["n"].Value}/{m.Groups["y"].Value}";
        }
        return null;
    }

    /// <summary>
    /// An order number whose year OCR garbled ("248/25ณา7"), completed with the Buddhist-Era year the order was issued in:
    /// orders are numbered per year, so that year stands in when what was read of the year fits it (its first two digits
    /// kept, the digits read in the year's order, at most two signs that are no digit); null when it does not fit or the
    /// year was read whole.
    /// </summary>
    public static string? WithYearOfIssue(string reference, int buddhistYear)
    {
        var m = GarbledYearNumber().Match(reference.Trim());
        if (!m.Success) return null;
        var read = m.Groups["y"].Value;
        string year = buddhistYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var digits = string.Concat(read.Where(char.IsAsciiDigit));
        int others = read.Length - digits.Length;
        if (others is 0 or > 2 || digits.Length < 3 || !digits.StartsWith(year[..2], StringComparison.Ordinal)) return null;
        // The digits read are the year's digits in order, some lost: a subsequence of the year.
        int at = 0;
        foreach (char d in digits)
        {
            at = year.IndexOf(d, at) + 1;
            if (at == 0) return null;
        }
        return $"{m.Groups["n"].Value}/{year}";
    }

    /// <summary>True for an order number as <see cref="Find"/> gives it: n/yyyy with a Buddhist-Era year.</summary>
    public static bool IsNumber(string text) => WholeNumber().IsMatch(text);

    /// <summary>How many lines from the top of an order its number is looked for in.</summary>
    public const int HeadLines = 8;

    [GeneratedRegex(@"(?:^|\s|คำสั่ง\S*\s*)ท[\u0E34-\u0E4B]*\s*[:.]?\s*(?:พิเศษ\s*)?(?<n>[0-9]{1,4})\s*[/|]\s*(?<y>[0-9]{4}(?![0-9])|[0-9]{2}(?![0-9\u0E01-\u0E4E]))")]
    private static partial Regex Number();

    // n/ then a year of four or five signs that begins with digits and holds letters OCR read for some of its digits.
    [GeneratedRegex(@"^(?<n>[0-9]{1,4})/(?<y>[0-9]{2}[0-9\u0E01-\u0E4E]{2,3})$")]
    private static partial Regex GarbledYearNumber();

    [GeneratedRegex(@"^[0-9]{1,4}/25[0-9]{2}$")]
    private static partial Regex WholeNumber();

    // The number line under the title whose ที่ OCR misread or lost ("N ๕/๒๕๖๔", "ทึ่ : ๕/๒๕๖๔", "๕/๒๕๖๔"): nothing but a
    // short label and n/yyyy with a Buddhist-Era year (specks around allowed), so a stray fraction elsewhere is not taken.
    [GeneratedRegex(@"^[\s.,'`|]*(?:[^\s0-9]{1,4}\s*[:.]?\s*)?(?<n>[0-9]{1,4})\s*[/|]\s*(?<y>25[0-9]{2})[\s.,'`|]*$")]
    private static partial Regex NumberLineWithMisreadLabel();
}
