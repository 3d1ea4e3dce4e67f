using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>Reads a measure's own number: a ลำดับ cell (๑, 2., (๓)) or a prefix of its title ((๑) …, ๒. …, มาตรการที่ ๓ …).</summary>
public static partial class MeasureNumberReader
{
    /// <summary>The number a ลำดับ / ที่ cell holds, or null when the cell is not just a number.</summary>
    public static int? FromNumberCell(string text)
    {
        var m = NumberCell().Match(ThaiDigits.ToArabic(ThaiText.Normalize(text).Trim()));
        return m.Success ? int.Parse(m.Groups["n"].Value) : null;
    }

    /// <summary>Splits a leading number off a title: "(๑) มีแนวทาง…" → (1, "มีแนวทาง…"). Titles without one come back unchanged with null.</summary>
    public static (int? Number, string Title) SplitTitle(string title)
    {
        var t = title.Trim();
        var m = TitlePrefix().Match(t);
        if (!m.Success || m.Length >= t.Length) return (null, t);
        return (int.Parse(ThaiDigits.ToArabic(m.Groups["n"].Value)), t[m.Length..].Trim());
    }

    [GeneratedRegex(@"^\(?\s*(?<n>\d{1,3})\s*[.)]?$")]
    private static partial Regex NumberCell();

    // "(๑) ", "๑) ", "๑. " (not "๑.๕"), "ข้อ ๑", "มาตรการที่ ๑", "ประเด็นที่ ๑." — a number alone at the start.
    [GeneratedRegex(@"^(?:(?:มาตรการ|ประเด็น|แนวทาง)\s*ที่\s*|ข้อ(?:ที่)?\s*)?\(?\s*(?<n>[0-9๐-๙]{1,3})\s*(?:\)|\.(?![0-9๐-๙])|(?<=ที่\s*[0-9๐-๙]{1,3})(?=\s)|:)\s*")]
    private static partial Regex TitlePrefix();
}
