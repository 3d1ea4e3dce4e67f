using System.Text.RegularExpressions;

namespace DocIngest.Core.Thai;

/// <summary>
/// Regular-expression pieces shared by the date, range and fiscal-year finders, and the year arithmetic they share.
/// Pieces take a suffix so one pattern can hold two dates (d1/m1/y1 ... d2/m2/y2).
/// </summary>
internal static class ThaiDatePatterns
{
    public const string Digit = "[0-9๐-๙]";

    /// <summary>A day of month, 1 or 2 digits, not the tail of a longer number.</summary>
    public static string Day(string suffix) => $"(?<!{Digit})(?<d{suffix}>{Digit}{{1,2}})(?!{Digit})";

    /// <summary>A month in any spelling; OCR may put a space between any two of its characters.</summary>
    public static string Month(string suffix) => $"(?<m{suffix}>{MonthAlternatives(ThaiMonths.AllSpellings)})";

    /// <summary>
    /// A month spelled in full or with dots. Month-without-day forms use this: a dotless abbreviation (กค, มค)
    /// on its own is too often part of another word.
    /// </summary>
    public static string StandaloneMonth(string suffix) =>
        $"(?<m{suffix}>{MonthAlternatives(ThaiMonths.AllSpellings.Where(s => s.Contains('.') || s.Length > 4))})";

    /// <summary>
    /// An optional era (พ.ศ. / ค.ศ.) then a year: four digits (OCR may split a 25xx/19xx/20xx year with one space)
    /// or two digits.
    /// </summary>
    public static string Year(string suffix) =>
        $@"(?:(?<e{suffix}>พ\s?\.\s?ศ\s?\.?|ค\s?\.\s?ศ\s?\.?)\s*)?(?<y{suffix}>(?:{Digit}{{4}}|(?:[2๒]\s?[5๕]|[1๑]\s?[9๙]|[2๒]\s?[0๐])\s?{Digit}\s?{Digit}|{Digit}{{2}})(?!{Digit}))";

    /// <summary>วันที่, วันพุธที่, วัน ที่: the words that may introduce a date and belong to it.</summary>
    public const string DayPrefix = @"(?:วัน\s?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)?\s?ที่\s*)";

    /// <summary>What separates the two ends of a range: dashes or ถึง / จนถึง.</summary>
    public const string RangeSeparator = @"(?:[-–—~]|จน\s?ถึง|ถึง)";

    /// <summary>
    /// The BE year of a printed year group, or null when it cannot be a year. An explicit ค.ศ. era makes
    /// the number a CE year (two-digit CE years are 20xx).
    /// </summary>
    public static int? BuddhistYear(Match match, string suffix)
    {
        var yearGroup = match.Groups["y" + suffix];
        if (!yearGroup.Success) return null;
        string digits = new(ThaiDigits.ToArabic(yearGroup.Value).Where(char.IsAsciiDigit).ToArray());
        int printed = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        bool commonEra = match.Groups["e" + suffix].Value.StartsWith('ค');
        if (commonEra) return ThaiCalendar.ToBuddhistEra(digits.Length == 2 ? 2000 + printed : printed);
        return ThaiCalendar.NormalizeToBuddhistYear(printed);
    }

    /// <summary>True when a two-digit year stands with neither era nor a dotted month to vouch that it is a year.</summary>
    public static bool IsBareTwoDigitYear(Match match, string suffix) =>
        !match.Groups["e" + suffix].Success
        && ThaiDigits.ToArabic(match.Groups["y" + suffix].Value).Count(char.IsAsciiDigit) == 2
        && !match.Groups["m" + suffix].Value.Contains('.');

    public static int? Int(Group group) =>
        group.Success ? int.Parse(ThaiDigits.ToArabic(group.Value), System.Globalization.CultureInfo.InvariantCulture) : null;

    public static bool TryDate(int ceYear, int month, int day, out DateOnly date)
    {
        date = default;
        if (ceYear is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(ceYear, month)) return false;
        date = new DateOnly(ceYear, month, day);
        return true;
    }

    private static string MonthAlternatives(IEnumerable<string> spellings) =>
        string.Join('|', spellings.OrderByDescending(s => s.Length)
            .Select(s => string.Join(@"\s?", s.Select(c => Regex.Escape(c.ToString())))));
}
