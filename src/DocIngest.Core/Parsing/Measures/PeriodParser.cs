using System.Text.RegularExpressions;
using DocIngest.Core.Extraction;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Reads a measure's period as printed (ระยะเวลา) into ISO start and end dates (CE):
/// month ranges (ม.ค.- มี.ค.๖๔), day-month-year ranges (๑ ต.ค. ๖๕ – ๓๐ ก.ย. ๖๖), single months and dates,
/// fiscal years (ปีงบประมาณ ๒๕๖๖), quarters (ไตรมาสที่ ๑–๔) and year-round wordings (ตลอดปีงบประมาณ).
/// A month without a day starts on its first and ends on its last day. Missing years come from the other end
/// of the range, else from the fiscal year (printed, or the document's).
/// </summary>
public static partial class PeriodParser
{
    private const string Separator = @"(?:-|–|—|~|ถึง|จนถึง)";

    private static readonly Regex MonthPointPattern = BuildMonthPointPattern();

    /// <summary>
    /// The period of <paramref name="text"/>; null when the text is empty. Start and End are null when no date
    /// could be read (the caller reports that).
    /// </summary>
    /// <param name="text">The period as printed (line breaks allowed).</param>
    /// <param name="fiscalYear">The document's BE fiscal year, for ตลอดปีงบประมาณ and for months printed without a year.</param>
    public static Period? Parse(string text, int? fiscalYear)
    {
        string printed = string.Join(' ', ThaiText.Normalize(text).Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (printed.Length == 0) return null;
        var range = Resolve(printed, fiscalYear);
        return new Period(printed, range is null ? null : ThaiDate.ToIso(range.Value.Start), range is null ? null : ThaiDate.ToIso(range.Value.End));
    }

    private static (DateOnly Start, DateOnly End)? Resolve(string printed, int? documentFiscalYear)
    {
        // Patterns run on Arabic digits; years are read from the printed digits at the same place (same length),
        // so OCR-garbled Thai digits can be re-read against the fiscal year.
        // A year OCR split after its century ("๒๕ ๖๗") is one year: "๒๕" alone would read as a year of its own.
        printed = SplitYear().Replace(printed, "$1$2");
        // Specks OCR put after a month or at the end ("ตุลาคม - ธันวาคม: 2565 -") are no part of the dates.
        printed = SpecksInPeriod().Replace(printed, " ").Trim().TrimEnd('-', '–', ' ', '.');
        // A month OCR misspelt ("ตั้งแต่เดือนธันวาคุม 2567"): in a period a word one letter off a month is that month.
        printed = MonthWord().Replace(printed, m => !ThaiMonths.TryParse(m.Value, out _) && Headers.HeaderFields.MonthOf(m.Value) is { } month
            ? ThaiMonths.FullName(month)
            : m.Value);
        string text = ThaiDigits.ToArabic(printed);
        var printedFiscal = FiscalYears().Match(text);
        int? fiscalYear = documentFiscalYear;
        if (printedFiscal.Success) fiscalYear = ReadYear(Printed(printed, printedFiscal.Groups["from"]), "", documentFiscalYear) ?? fiscalYear;

        var points = ReadMonthPoints(printed, text, fiscalYear);
        if (points.Count > 0) return FromMonthPoints(points, fiscalYear);

        var quarters = Quarters().Matches(text);
        if (quarters.Count > 0) return FromQuarters(quarters, fiscalYear);

        if (printedFiscal.Success) return FromFiscalYears(printed, printedFiscal, documentFiscalYear);

        if (YearRound().IsMatch(text) && documentFiscalYear is { } year) return ThaiCalendar.FiscalYearRange(year);

        // A bare year (ปี ๒๕๖๖, พ.ศ. ๒๕๖๖) in a measure plan is the fiscal year the plan runs on.
        var bareYear = BareYear().Match(text);
        if (bareYear.Success && ThaiCalendar.NormalizeToBuddhistYear(int.Parse(bareYear.Groups["year"].Value)) is { } be && be >= 2400)
            return ThaiCalendar.FiscalYearRange(be);
        return null;
    }

    // YearReread: the printed year was implausible and re-read (see OcrYearRepair).
    private sealed record MonthPoint(int? Day, int Month, int? BuddhistYear, bool YearReread = false);

    private static List<MonthPoint> ReadMonthPoints(string printed, string text, int? referenceYear)
    {
        var points = new List<MonthPoint>();
        foreach (Match m in MonthPointPattern.Matches(text))
        {
            string monthText = m.Groups["month"].Value;
            if (!ThaiMonths.TryParse(monthText, out int month) && !ThaiMonths.TryParse(OcrDotsRestored().Replace(monthText, "."), out month)) continue;
            string? yearDigits = m.Groups["year"].Success ? Printed(printed, m.Groups["year"]) : null;
            int? year = yearDigits is null ? null : ReadYear(yearDigits, m.Groups["era"].Value, referenceYear);
            bool reread = yearDigits is not null && year is not null && !IsAsPrinted(yearDigits, year.Value);
            int? day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value) : null;
            if (m.Groups["firstDay"].Success) points.Add(new MonthPoint(int.Parse(m.Groups["firstDay"].Value), month, year, reread));
            points.Add(new MonthPoint(day, month, year, reread));
        }
        return points;
    }

    /// <summary>
    /// A printed year as BE: CE years (ค.ศ.) converted; 2- and 4-digit BE years as read, unless they are implausibly
    /// far from the reference year and an OCR re-reading fits (see <see cref="OcrYearRepair"/>).
    /// </summary>
    private static int? ReadYear(string digits, string era, int? referenceYear)
    {
        if (era.StartsWith('ค')) return digits.Length == 4 ? ThaiCalendar.ToBuddhistEra(int.Parse(ThaiDigits.ToArabic(digits))) : null;
        int? asRead = digits.Length is 2 or 4 ? ThaiCalendar.NormalizeToBuddhistYear(int.Parse(ThaiDigits.ToArabic(digits))) : null;
        // Next to a known fiscal year, a year that is neither plausible nor re-readable is OCR debris: leave it
        // unknown so the other end of the range or the fiscal year supplies it.
        if (referenceYear is { } reference) return OcrYearRepair.Resolve(digits, reference);
        return asRead;
    }

    private static bool IsAsPrinted(string digits, int buddhistYear) =>
        digits.Length is 2 or 4 && ThaiCalendar.NormalizeToBuddhistYear(int.Parse(ThaiDigits.ToArabic(digits))) == buddhistYear;

    private static string Printed(string printed, Group group) => printed.Substring(group.Index, group.Length);

    private static (DateOnly, DateOnly)? FromMonthPoints(List<MonthPoint> points, int? fiscalYear)
    {
        var first = points[0];
        var last = points[^1];
        int? lastYear = last.BuddhistYear;
        if (lastYear is null && points.LastOrDefault(p => p.BuddhistYear is not null) is { BuddhistYear: { } earlierYear } earlier)
            lastYear = last.Month < earlier.Month ? earlierYear + 1 : earlierYear; // ต.ค. ๖๕ – ก.ย. ends in the next year
        int? firstYear = first.BuddhistYear;
        if (lastYear is null && fiscalYear is { } fy) lastYear = YearOfMonthInFiscalYear(last.Month, fy);
        if (firstYear is null && lastYear is { } ly)
        {
            // The start takes the end's year, one earlier when the range runs over the new year (พ.ย. – ม.ค. ๖๕).
            bool sameMonthLaterDay = first.Month == last.Month && (first.Day ?? 1) > (last.Day ?? 31);
            firstYear = first.Month > last.Month || sameMonthLaterDay ? ly - 1 : ly;
        }
        if (firstYear is null || lastYear is null) return null;
        int startCe = ThaiCalendar.ToCommonEra(firstYear.Value), endCe = ThaiCalendar.ToCommonEra(lastYear.Value);
        if (startCe is < 1 or > 9999 || endCe is < 1 or > 9999) return null;
        int startDay = first.Day ?? 1;
        int endDay = last.Day ?? DateTime.DaysInMonth(endCe, last.Month);
        if (startDay > DateTime.DaysInMonth(startCe, first.Month) || endDay > DateTime.DaysInMonth(endCe, last.Month) || startDay < 1 || endDay < 1)
            return null;
        var start = new DateOnly(startCe, first.Month, startDay);
        var end = new DateOnly(endCe, last.Month, endDay);
        if (start > end && last.YearReread && points.Count > 1)
        {
            // A re-read end year that turns the range backwards was the wrong guess; a range runs forwards, so it
            // ends in the start's year, or the next one when its month comes earlier.
            int year = startCe + (last.Month < first.Month || (last.Month == first.Month && endDay < startDay) ? 1 : 0);
            end = new DateOnly(year, last.Month, Math.Min(last.Day ?? 31, DateTime.DaysInMonth(year, last.Month)));
        }
        return start <= end ? (start, end) : null;
    }

    /// <summary>The BE calendar year a month falls in within a BE fiscal year (October–December belong to the year before).</summary>
    private static int YearOfMonthInFiscalYear(int month, int fiscalYear) => month >= 10 ? fiscalYear - 1 : fiscalYear;

    /// <summary>Quarters of the fiscal year: ไตรมาสที่ ๑ is October–December. Several quarters give the span from the first to the last.</summary>
    private static (DateOnly, DateOnly)? FromQuarters(MatchCollection quarters, int? fiscalYear)
    {
        if (fiscalYear is not { } fy) return null;
        var numbers = quarters.SelectMany(q => new[] { q.Groups["from"], q.Groups["to"] }).Where(g => g.Success).Select(g => int.Parse(g.Value)).ToList();
        int from = numbers.Min(), to = numbers.Max();
        if (from < 1 || to > 4) return null;
        var (fyStart, _) = ThaiCalendar.FiscalYearRange(fy);
        return (fyStart.AddMonths(3 * (from - 1)), fyStart.AddMonths(3 * to).AddDays(-1));
    }

    private static (DateOnly, DateOnly)? FromFiscalYears(string printed, Match fiscal, int? documentFiscalYear)
    {
        int? from = ReadYear(Printed(printed, fiscal.Groups["from"]), "", documentFiscalYear);
        int? to = fiscal.Groups["to"].Success ? ReadYear(Printed(printed, fiscal.Groups["to"]), "", from ?? documentFiscalYear) : from;
        if (from is null || to is null || to < from) return null;
        return (ThaiCalendar.FiscalYearRange(from.Value).Start, ThaiCalendar.FiscalYearRange(to.Value).End);
    }

    private static Regex BuildMonthPointPattern()
    {
        // Full names, and abbreviations in their dotted form: undotted pairs (มค, กค) occur inside ordinary words.
        // An abbreviation followed by another letter and dot (ก.พ.ร., ก.ค.ศ.) is an agency, not a month.
        var full = Enumerable.Range(1, 12).Select(ThaiMonths.FullName).Append("กรกฏาคม").Select(Regex.Escape);
        var abbreviations = Enumerable.Range(1, 12).Select(m =>
        {
            var parts = ThaiMonths.Abbreviation(m).TrimEnd('.').Split('.');
            // OCR reads the low dot as sara u: ก.ย. → ก.ุย. or กุย.
            return $@"{Regex.Escape(parts[0])}(?:\.ุ?|ุ\.?)\s?{Regex.Escape(parts[1])}(?:\.(?![ก-ฮ]\.)|(?![.ก-ฮ]))";
        });
        // Abbreviations whose dots OCR lost entirely (เมย, มิย) count only as a token of their own.
        var undotted = Enumerable.Range(1, 12).Select(m =>
            $@"(?<![\u0E01-\u0E4E]){Regex.Escape(ThaiMonths.Abbreviation(m).Replace(".", ""))}(?=[\s\d\-–.]|$)");
        string months = string.Join('|', full.Concat(abbreviations).Concat(undotted));
        string pattern =
            $@"(?:(?<!\d)(?<firstDay>\d{{1,2}})\s*{Separator}\s*(?=\d{{1,2}}\s*(?:เดือน\s*)?(?:{months})))?" +
            $@"(?:(?<!\d)(?<day>\d{{1,2}})\s*)?(?:เดือน\s*)?(?<month>{months})\s*(?:(?<era>พ\.\s?ศ\.|ค\.\s?ศ\.)\s*)?(?<year>\d{{2,7}})?(?!\d)";
        return new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    // ปี may lose its vowel in OCR (ปงบประมาณ); years may be garbled to more digits (๒๕๒๐๒๐), re-read later.
    [GeneratedRegex(@"ป[ีิ]?\s*งบ\s*(?:ประมาณ)?\s*(?:พ\.\s?ศ\.)?\s*(?<from>\d{2,7})(?!\d)(?:\s*(?:-|–|—|ถึง)\s*(?:ป[ีิ]?\s*งบ\s*(?:ประมาณ)?\s*)?(?:พ\.\s?ศ\.)?\s*(?<to>\d{2,7})(?!\d))?")]
    private static partial Regex FiscalYears();

    [GeneratedRegex(@"ไตรมาส\s*(?:ที่)?\s*(?<from>\d)(?!\d)(?:\s*(?:-|–|—|ถึง|และ|,)\s*(?:ไตรมาส\s*(?:ที่)?\s*)?(?<to>\d)(?!\d))?")]
    private static partial Regex Quarters();

    // Year-round wordings; a bare ปีงบประมาณ without a year also means the document's fiscal year.
    [GeneratedRegex(@"ตลอด\s*ปี|ทั้ง\s*ปี|ทุก\s*เดือน|ทุก\s*ไตรมาส|ป[ีิ]?\s*งบ\s*ประมาณ")]
    private static partial Regex YearRound();

    [GeneratedRegex(@"ุ")]
    private static partial Regex OcrDotsRestored();

    [GeneratedRegex(@"(?:ปี|พ\.\s?ศ\.)\s*(?:พ\.\s?ศ\.)?\s*(?<year>\d{4})(?!\d)|^\s*(?<year>\d{4})\s*$")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"(?<![0-9๐-๙])([2๒][5๕])\s+([0-9๐-๙]{2})(?![0-9๐-๙])")]
    private static partial Regex SplitYear();

    [GeneratedRegex(@"(?<=[\u0E01-\u0E4E])[:;|]")]
    private static partial Regex SpecksInPeriod();

    // A word standing where a period's month stands: after เดือน, a space or the start, before a space, a digit or a dash.
    [GeneratedRegex(@"(?<=เดือน|^|[\s(])[\u0E01-\u0E4E]{5,12}(?=[\s0-9๐-๙\-–—]|$)")]
    private static partial Regex MonthWord();
}
