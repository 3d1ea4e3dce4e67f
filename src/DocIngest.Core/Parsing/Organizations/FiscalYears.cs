using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Organizations;

/// <summary>Fiscal-year mentions: ปีงบประมาณ พ.ศ. ๒๕๖๖, ประจำปีงบประมาณ 2566, ปีงบฯ ๖๖.</summary>
public static partial class FiscalYears
{
    /// <summary>The earliest fiscal year (BE) taken as real: 2540 (1997).</summary>
    public const int EarliestYear = 2540;

    /// <summary>The latest fiscal year (BE) taken as real: a few years past the current one (plans look ahead).</summary>
    public static int LatestYear => ThaiCalendar.ToBuddhistEra(DateTime.UtcNow.Year) + 5;

    /// <summary>Every fiscal year (BE) mentioned in the text with its position, left to right.</summary>
    public static IEnumerable<(int Index, int Year)> FindAll(string text)
    {
        var folded = ThaiDigits.ToArabic(text);
        foreach (Match m in FiscalYearMention().Matches(folded))
        {
            var digits = m.Groups["year"].Value;
            // No fiscal year of these documents starts 24: a ๕ read as its look-alike ๔ (๒๔๖๗).
            if (digits.Length == 4 && digits.StartsWith("24", StringComparison.Ordinal)) digits = "25" + digits[2..];
            var year = ThaiCalendar.NormalizeToBuddhistYear(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
            // Fiscal years of the documents this reads lie in the modern era; an OCR-damaged year (๒๕๖๖ read as
            // ๒๕๒๒) falls outside and is not taken.
            if (year is >= EarliestYear && year <= LatestYear) yield return (m.Index, year.Value);
        }
    }

    /// <summary>
    /// The year a document is about: the first mention in its title lines, else its first mention anywhere (a label
    /// ending one line with its year opening the next counts), else the fiscal year its date falls in.
    /// </summary>
    public static int? Of(IEnumerable<string> titleLines, IEnumerable<string> bodyLines, DateOnly? date)
    {
        foreach (var line in titleLines)
        {
            foreach (var (_, year) in FindAll(line)) return year;
        }
        string? previous = null;
        foreach (var line in bodyLines)
        {
            // A title wrapped after its label ("…ประจำปีงบประมาณ" / "พ.ศ. ๒๕๖๖"): the year opens the next line.
            if (previous is not null && LabelAtEnd().IsMatch(ThaiDigits.ToArabic(previous)))
                foreach (var (_, year) in FindAll(previous + " " + line)) return year;
            foreach (var (_, year) in FindAll(line)) return year;
            previous = line;
        }
        return date is { } d ? ThaiCalendar.FiscalYearOf(d) : null;
    }

    // A line ending in the fiscal-year label with no year after it.
    [GeneratedRegex(@"ปี\s*งบ\s*(?:ประมาณ|ฯ)\s*(?:พ\.\s?ศ\.?)?\s*$")]
    private static partial Regex LabelAtEnd();

    // "ปีงบประมาณ พ.ศ. 2566", "ปี งบประมาณ 2566", "ปีงบฯ 66"; the year may follow พ.ศ. with or without spaces.
    // พ.ศ. may be garbled into a short Latin token with its dots (WA., wW.a.) or keep only its ศ ("ฆ.ศ.", "พฟ.ศ.",
    // "๒.ศ."), and a colon may follow the label ("ปีงบประมาณ: W.A. 2567").
    [GeneratedRegex(@"ปี\s*งบ\s*(?:ประมาณ|ฯ)\s*:?\s*(?:พ\.\s?ศ\.?|\S{1,2}\.\s?ศ\.?|[A-Za-z]{1,3}\.(?:[A-Za-z]{1,2}\.?)?)?\s*(?<year>[0-9]{4}|[0-9]{2})(?![0-9])")]
    private static partial Regex FiscalYearMention();
}
