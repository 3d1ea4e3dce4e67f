using System.Text.RegularExpressions;
using static DocIngest.Core.Thai.ThaiDatePatterns;

namespace DocIngest.Core.Thai;

/// <summary>How a period was written.</summary>
public enum ThaiDateRangeKind
{
    /// <summary>Days of one month: ๑–๓๑ ตุลาคม ๒๕๖๕.</summary>
    Days,
    /// <summary>
    /// Two dates: ๑ ต.ค. ๖๕ – ๓๐ ก.ย. ๖๖, ตั้งแต่วันที่ ... ถึงวันที่ ... (the first year may be left out); one end may be
    /// a month (ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖), read as its first or last day.
    /// </summary>
    Dates,
    /// <summary>A month of a year without a day: ตุลาคม ๒๕๖๕.</summary>
    Month,
    /// <summary>A span of months: ตุลาคม – ธันวาคม ๒๕๖๕, ต.ค. ๖๕ – ก.ย. ๖๖.</summary>
    Months,
}

/// <summary>
/// A period found in Thai text: where it was, as printed, its first and last day (CE, both inclusive) and how it was written.
/// </summary>
public sealed record ThaiDateRange(int Index, int Length, string Text, DateOnly Start, DateOnly End, ThaiDateRangeKind Kind)
{
    private static readonly Regex RangePattern = BuildPattern();

    /// <summary>
    /// Every period in the text, left to right: day ranges, date-to-date spans, month spans and single months.
    /// A single full date is not a period (use <see cref="ThaiDate.FindAll"/>); a month inside a full date is not reported.
    /// Spans whose end comes before their start, and impossible days, are skipped.
    /// </summary>
    public static IEnumerable<ThaiDateRange> FindAll(string text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in RangePattern.Matches(text))
        {
            var range = Read(m);
            if (range is not null) yield return range;
        }
    }

    /// <summary>The first period in <paramref name="text"/>.</summary>
    public static bool TryParse(string text, out ThaiDateRange? range)
    {
        range = FindAll(text).FirstOrDefault();
        return range is not null;
    }

    /// <summary>The whole of one month: 1st to its last day.</summary>
    public static (DateOnly Start, DateOnly End) MonthRange(int ceYear, int month) =>
        (new DateOnly(ceYear, month, 1), new DateOnly(ceYear, month, DateTime.DaysInMonth(ceYear, month)));

    private static ThaiDateRange? Read(Match m)
    {
        if (m.Groups["single"].Success) return null;
        ThaiDateRangeKind kind = m.Groups["dates"].Success || m.Groups["monthToDate"].Success || m.Groups["dateToMonth"].Success ? ThaiDateRangeKind.Dates
            : m.Groups["days"].Success ? ThaiDateRangeKind.Days
            : m.Groups["months"].Success ? ThaiDateRangeKind.Months
            : ThaiDateRangeKind.Month;
        if (!ThaiMonths.TryParse(m.Groups["m2"].Value, out int endMonth)) return null;
        int? endBe = BuddhistYear(m, "2");
        if (endBe is null) return null;
        if (kind is ThaiDateRangeKind.Month or ThaiDateRangeKind.Months && IsBareTwoDigitYear(m, "2")) return null;
        int endYear = ThaiCalendar.ToCommonEra(endBe.Value);

        int startMonth = endMonth;
        if (m.Groups["m1"].Success && !ThaiMonths.TryParse(m.Groups["m1"].Value, out startMonth)) return null;
        // A month at either end of a date span stands for its first (start) or last (end) day.
        int? startDay = Int(m.Groups["d1"]) ?? (m.Groups["monthToDate"].Success ? 1 : null);
        int? endDay = Int(m.Groups["d2"]);
        if (m.Groups["dateToMonth"].Success)
        {
            if (endYear is < 1 or > 9999) return null;
            endDay = DateTime.DaysInMonth(endYear, endMonth);
        }
        int startYear = BuddhistYear(m, "1") is int startBe
            ? ThaiCalendar.ToCommonEra(startBe)
            : kind == ThaiDateRangeKind.Days ? endYear
            // No year on the start: the same year, or the one before when the start month comes later (ต.ค. – ก.ย. ๖๖).
            : (startMonth, startDay ?? 1).CompareTo((endMonth, endDay ?? 31)) > 0 ? endYear - 1 : endYear;

        DateOnly start, end;
        if (kind is ThaiDateRangeKind.Month or ThaiDateRangeKind.Months)
        {
            if (endYear is < 1 or > 9999 || startYear is < 1 or > 9999) return null;
            start = MonthRange(startYear, startMonth).Start;
            end = MonthRange(endYear, endMonth).End;
        }
        else if (!TryDate(startYear, startMonth, startDay ?? 0, out start) || !TryDate(endYear, endMonth, endDay ?? 0, out end))
        {
            return null;
        }
        if (end < start) return null;
        return new ThaiDateRange(m.Index, m.Length, m.Value, start, end, kind);
    }

    private static Regex BuildPattern()
    {
        string monthWord = @"(?:เดือน\s*)?";
        string from = @"(?:ตั้งแต่\s*)?";
        string sep = $@"\s*{RangeSeparator}\s*";
        string dates = $@"(?<dates>{from}{DayPrefix}?{Day("1")}\s*{monthWord}{Month("1")}\s*(?:{Year("1")})?{sep}{DayPrefix}?{Day("2")}\s*{monthWord}{Month("2")}\s*{Year("2")})";
        string days = $@"(?<days>{from}{DayPrefix}?{Day("1")}{sep}{Day("2")}\s*{monthWord}{Month("2")}\s*{Year("2")})";
        // Mixed ends: ตุลาคม ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๖ and ๑ ตุลาคม ๒๕๖๕ – กันยายน ๒๕๖๖.
        string monthToDate = $@"(?<monthToDate>{from}{monthWord}{StandaloneMonth("1")}\s*(?:{Year("1")})?{sep}{DayPrefix}?{Day("2")}\s*{monthWord}{Month("2")}\s*{Year("2")})";
        string dateToMonth = $@"(?<dateToMonth>{from}{DayPrefix}?{Day("1")}\s*{monthWord}{Month("1")}\s*(?:{Year("1")})?{sep}{monthWord}{StandaloneMonth("2")}\s*{Year("2")})";
        string months = $@"(?<months>{from}{monthWord}{StandaloneMonth("1")}\s*(?:{Year("1")})?{sep}{monthWord}{StandaloneMonth("2")}\s*{Year("2")})";
        // A month that is not the month of a full date (no day number just before it).
        string month = $@"(?<!{Digit}\s*{monthWord})(?<month>{monthWord}{StandaloneMonth("2")}\s*{Year("2")})";
        // A full single date is consumed (and dropped) so its month is not reported as a month.
        string single = $@"(?<single>{Day("x")}\s*{monthWord}{Month("x")}\s*{Year("x")})";
        return new Regex($"{dates}|{days}|{dateToMonth}|{monthToDate}|{months}|{single}|{month}", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }
}
