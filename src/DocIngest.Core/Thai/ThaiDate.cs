using System.Text.RegularExpressions;
using static DocIngest.Core.Thai.ThaiDatePatterns;

namespace DocIngest.Core.Thai;

/// <summary>A date found in Thai text: where it was, as printed, and the CE date it means.</summary>
public sealed record ThaiDateMatch(int Index, int Length, string Text, DateOnly Date);

/// <summary>
/// Finds and parses Thai dates: ๑๐ กุมภาพันธ์ ๒๕๖๕, 5 มิ.ย. 2563, ๓๐ ก.ย. ๖๕, ๓๐ ก.ย.๖๕, วันพุธที่ ๑๕ มกราคม ๒๕๖๔,
/// วันที่ ๑ เดือน มีนาคม พ.ศ. ๒๕๖๔, 1 ตุลาคม ค.ศ. 2022. Thai and Arabic digits alike; the year may be BE (4 or 2 digits)
/// or CE; OCR spaces inside month names and years are tolerated. For ranges and months without a day see
/// <see cref="ThaiDateRange"/>.
/// </summary>
public static partial class ThaiDate
{
    private static readonly Regex DatePattern = BuildPattern();

    /// <summary>Parses text that is (or contains) one date: the first date found.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        var match = FindAll(text).FirstOrDefault();
        date = match?.Date ?? default;
        return match is not null;
    }

    /// <summary>
    /// Every well-formed date in the text, left to right; a leading วันที่ / วันพุธที่ belongs to the match.
    /// Impossible dates (31 ก.พ.) are skipped, and so is the second day of a day range (the ๓๑ of ๑–๓๑ ตุลาคม),
    /// which is no date on its own.
    /// </summary>
    public static IEnumerable<ThaiDateMatch> FindAll(string text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in DatePattern.Matches(text))
        {
            if (TryRead(m, "", out var date)) yield return new ThaiDateMatch(m.Index, m.Length, text.Substring(m.Index, m.Length), date);
        }
    }

    /// <summary>yyyy-MM-dd, the schema's date form.</summary>
    public static string ToIso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The date as Thai officials write it: ๑๐ กุมภาพันธ์ ๒๕๖๕ (or with Arabic digits).</summary>
    public static string ToThai(DateOnly date, bool thaiDigits = true)
    {
        string s = $"{date.Day} {ThaiMonths.FullName(date.Month)} {ThaiCalendar.ToBuddhistEra(date.Year)}";
        return thaiDigits ? ThaiDigits.ToThai(s) : s;
    }

    /// <summary>Reads day d{suffix}, month m{suffix} and year y{suffix} of a match as a CE date.</summary>
    internal static bool TryRead(Match m, string suffix, out DateOnly date)
    {
        date = default;
        if (!ThaiMonths.TryParse(m.Groups["m" + suffix].Value, out int month)) return false;
        int? day = Int(m.Groups["d" + suffix]);
        int? be = BuddhistYear(m, suffix);
        return day is not null && be is not null && TryDate(ThaiCalendar.ToCommonEra(be.Value), month, day.Value, out date);
    }

    private static Regex BuildPattern()
    {
        // Not the end of a day range: ๑–๓๑ ตุลาคม is a range, and its ๓๑ no date by itself.
        // Only a 1–2 digit day before the dash makes a day range; a year before it (ตุลาคม ๒๕๖๕ – ๓๐ ...) does not.
        string notRangeEnd = $@"(?<!(?<!{Digit}){Digit}{{1,2}}\s*{RangeSeparator}\s*)";
        string pattern = $@"{DayPrefix}?{notRangeEnd}{Day("")}\s*(?:เดือน\s*)?{Month("")}\s*,?\s*{Year("")}";
        return new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }
}
