using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Data.Corrections;

/// <summary>
/// Reads a date the way a clerk types it from the page: as printed (๓ พ.ย. ๖๖, ๓ พฤศจิกายน ๒๕๖๖), with slashes
/// (3/11/2566, 3/11/66) or as ISO (2023-11-03, or 2566-11-03 with a Buddhist-Era year). Thai or Arabic digits.
/// Four-digit years from 2400 are Buddhist Era, earlier ones Common Era; two-digit years are BE 25xx, as officials
/// abbreviate them. Stored dates stay ISO (CE); this only widens what is accepted.
/// </summary>
public static partial class PrintedDate
{
    /// <summary>The CE date the text means, or null when it is not one whole date.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string s = ThaiDigits.ToArabic(text.Trim());
        var iso = IsoPattern().Match(s);
        if (iso.Success) return Make(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), Int(iso.Groups[2]), Int(iso.Groups[3]));
        var slash = SlashPattern().Match(s);
        if (slash.Success) return Make(Year(slash.Groups[3].Value), Int(slash.Groups[2]), Int(slash.Groups[1]));
        // Printed Thai dates: the whole text must be the date, so "๓ พ.ย. ๖๖ ถึง ..." is not silently cut short.
        var match = ThaiDate.FindAll(text.Trim()).FirstOrDefault();
        return match is not null && match.Length >= text.Trim().Length - 1 ? match.Date : null;
    }

    /// <summary>The date as shown to people: "3 พ.ย. 2566" (Buddhist Era).</summary>
    public static string Format(DateOnly date) =>
        $"{date.Day} {ThaiMonths.Abbreviation(date.Month)} {ThaiCalendar.ToBuddhistEra(date.Year)}";

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int Year(string text)
    {
        int y = int.Parse(text, CultureInfo.InvariantCulture);
        return text.Length <= 2 ? 2500 + y : y;
    }

    private static DateOnly? Make(int year, int month, int day)
    {
        int ce = year >= 2400 ? ThaiCalendar.ToCommonEra(year) : year;
        if (ce < 1800 || ce > 2300 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(ce, month)) return null;
        return new DateOnly(ce, month, day);
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$")]
    private static partial Regex SlashPattern();
}
