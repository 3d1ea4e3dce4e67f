using System.Text.RegularExpressions;
using static DocIngest.Core.Thai.ThaiDatePatterns;

namespace DocIngest.Core.Thai;

/// <summary>A fiscal-year mention: where it was, as printed, and the BE fiscal year(s) it names (LastYear = Year unless a span).</summary>
public sealed record FiscalYearMention(int Index, int Length, string Text, int Year, int LastYear)
{
    /// <summary>First and last day (CE) of the years mentioned.</summary>
    public (DateOnly Start, DateOnly End) Range => (ThaiCalendar.FiscalYearRange(Year).Start, ThaiCalendar.FiscalYearRange(LastYear).End);
}

/// <summary>A fiscal-quarter mention: ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๖; FiscalYear is null when the text gives none.</summary>
public sealed record FiscalQuarterMention(int Index, int Length, string Text, int Quarter, int? FiscalYear)
{
    /// <summary>First and last day (CE) of the quarter, when its fiscal year is known.</summary>
    public (DateOnly Start, DateOnly End)? Range => FiscalYear is int year ? ThaiCalendar.FiscalQuarterRange(year, Quarter) : null;
}

/// <summary>
/// Finds fiscal years (ปีงบประมาณ พ.ศ. ๒๕๖๖, ปีงบประมาณ ๒๕๖๖, ประจำปี งบประมาณ 2566, ปีงบฯ ๖๖, spans such as
/// ปีงบประมาณ ๒๕๖๖ – ๒๕๗๐) and fiscal quarters (ไตรมาสที่ ๑, ไตรมาส 2/2566, ไตรมาสที่ ๓ ปีงบประมาณ ๒๕๖๖) in Thai text.
/// CE years are converted to BE.
/// </summary>
public static class ThaiFiscalYear
{
    private const string FiscalWords = @"ปี\s?งบ\s?(?:ประมาณ|ฯ|\.)?";
    private const string Era = @"(?:(?:พ\s?\.\s?ศ\s?\.?|ค\s?\.\s?ศ\s?\.?)\s*)?";

    private static readonly Regex YearPattern = new(
        $@"(?:ประจำ\s*)?{FiscalWords}\s*{Era}(?<y>{YearDigits}){FollowingYear}",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex QuarterPattern = new(
        $@"ไตร\s?มาส\s*(?:ที่\s*)?(?<q>[1-4๑-๔])(?!{Digit})(?:\s*(?:/\s*|(?:ของ\s*)?(?:ประจำ\s*)?{FiscalWords}\s*{Era}|(?:ปี\s*)?พ\s?\.\s?ศ\s?\.?\s*)(?<y>{YearDigits}))?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private const string YearDigits = $"{Digit}{{4}}(?!{Digit})|{Digit}{{2}}(?!{Digit})";
    private const string FollowingYear = $@"(?:\s*(?:[-–—]|ถึง)\s*{Era}(?<y2>{YearDigits}))?";

    /// <summary>Every fiscal-year mention, left to right.</summary>
    public static IEnumerable<FiscalYearMention> FindAll(string text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in YearPattern.Matches(text))
        {
            int? year = ReadYear(m.Groups["y"]);
            if (year is null) continue;
            int last = m.Groups["y2"].Success && ReadYear(m.Groups["y2"]) is int y2 && y2 >= year ? y2 : year.Value;
            int length = m.Groups["y2"].Success && last != year ? m.Length : m.Groups["y"].Index + m.Groups["y"].Length - m.Index;
            yield return new FiscalYearMention(m.Index, length, text.Substring(m.Index, length), year.Value, last);
        }
    }

    /// <summary>The first fiscal year mentioned in <paramref name="text"/>.</summary>
    public static bool TryParse(string text, out int buddhistFiscalYear)
    {
        var first = FindAll(text).FirstOrDefault();
        buddhistFiscalYear = first?.Year ?? 0;
        return first is not null;
    }

    /// <summary>Every fiscal-quarter mention, left to right.</summary>
    public static IEnumerable<FiscalQuarterMention> FindQuarters(string text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in QuarterPattern.Matches(text))
        {
            int quarter = Int(m.Groups["q"])!.Value;
            int? year = m.Groups["y"].Success ? ReadYear(m.Groups["y"]) : null;
            yield return new FiscalQuarterMention(m.Index, m.Length, m.Value, quarter, year);
        }
    }

    private static int? ReadYear(Group group) => Int(group) is int printed ? ThaiCalendar.NormalizeToBuddhistYear(printed) : null;
}
