namespace DocIngest.Core.Thai;

/// <summary>Buddhist Era (พ.ศ.) years, two-digit years, and Thai government fiscal years (1 October – 30 September).</summary>
public static class ThaiCalendar
{
    /// <summary>BE = CE + 543.</summary>
    public const int EraOffset = 543;

    public static int ToCommonEra(int buddhistYear) => buddhistYear - EraOffset;

    public static int ToBuddhistEra(int commonYear) => commonYear + EraOffset;

    /// <summary>
    /// Reads a printed year as a BE year: 4-digit BE years stay (2565), CE years are converted (2022 -> 2565),
    /// two-digit years are BE years of the 2500s (๖๕ -> 2565). Null when the number cannot be a year.
    /// </summary>
    public static int? NormalizeToBuddhistYear(int printedYear) => printedYear switch
    {
        >= 2400 and <= 2700 => printedYear,
        >= 1900 and < 2200 => ToBuddhistEra(printedYear),
        >= 0 and <= 99 => 2500 + printedYear,
        _ => null,
    };

    /// <summary>The BE fiscal year a date falls in: October 2021 belongs to fiscal year 2565.</summary>
    public static int FiscalYearOf(DateOnly date) => ToBuddhistEra(date.Month >= 10 ? date.Year + 1 : date.Year);

    /// <summary>First and last day (CE) of a BE fiscal year: 2566 -> 2022-10-01 .. 2023-09-30.</summary>
    public static (DateOnly Start, DateOnly End) FiscalYearRange(int buddhistFiscalYear)
    {
        int ce = ToCommonEra(buddhistFiscalYear);
        return (new DateOnly(ce - 1, 10, 1), new DateOnly(ce, 9, 30));
    }

    /// <summary>
    /// First and last day (CE) of quarter 1–4 of a BE fiscal year: quarter 1 is October–December of the year before,
    /// quarter 4 is July–September. 2566 Q1 -> 2022-10-01 .. 2022-12-31.
    /// </summary>
    public static (DateOnly Start, DateOnly End) FiscalQuarterRange(int buddhistFiscalYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = FiscalYearRange(buddhistFiscalYear).Start.AddMonths(3 * (quarter - 1));
        return (start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>The BE fiscal year and quarter 1–4 a date falls in: 2022-11-15 -> (2566, 1).</summary>
    public static (int FiscalYear, int Quarter) FiscalQuarterOf(DateOnly date) =>
        (FiscalYearOf(date), (date.Month + 2) % 12 / 3 + 1);
}
