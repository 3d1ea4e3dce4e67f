using System.Text.RegularExpressions;

namespace DocIngest.Core.Thai;

/// <summary>A date found in Thai text: where it was, as printed, and the CE date it means.</summary>
public sealed record ThaiDateMatch(int Index, int Length, string Text, DateOnly Date);

/// <summary>
/// Finds and parses Thai dates: ๑๐ กุมภาพันธ์ ๒๕๖๕, 5 มิ.ย. 2563, ๓๐ ก.ย. ๖๕, วันที่ ๑ เดือน มีนาคม พ.ศ. ๒๕๖๔, 1 ตุลาคม ค.ศ. 2022.
/// Thai and Arabic digits alike; the year may be BE (4 or 2 digits) or CE.
/// </summary>
public static partial class ThaiDate
{
    private static readonly Regex DatePattern = BuildPattern();

    /// <summary>Parses text that is (or starts with) one date.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        var match = FindAll(text).FirstOrDefault();
        date = match?.Date ?? default;
        return match is not null;
    }

    /// <summary>Every well-formed date in the text, left to right. Impossible dates (31 ก.พ.) are skipped.</summary>
    public static IEnumerable<ThaiDateMatch> FindAll(string text)
    {
        foreach (Match m in DatePattern.Matches(text))
        {
            if (!ThaiMonths.TryParse(m.Groups["month"].Value, out int month)) continue;
            int day = int.Parse(ThaiDigits.ToArabic(m.Groups["day"].Value));
            int printedYear = int.Parse(ThaiDigits.ToArabic(m.Groups["year"].Value));
            bool ce = m.Groups["era"].Value.StartsWith("ค", StringComparison.Ordinal);
            int? be = ce ? ThaiCalendar.ToBuddhistEra(printedYear) : ThaiCalendar.NormalizeToBuddhistYear(printedYear);
            if (be is null) continue;
            int year = ThaiCalendar.ToCommonEra(be.Value);
            if (day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            yield return new ThaiDateMatch(m.Index, m.Length, m.Value, new DateOnly(year, month, day));
        }
    }

    /// <summary>yyyy-MM-dd, the schema's date form.</summary>
    public static string ToIso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Regex BuildPattern()
    {
        const string digit = "[0-9๐-๙]";
        string months = string.Join('|', ThaiMonths.AllSpellings.Select(s => string.Join(@"\s?", s.Select(c => Regex.Escape(c.ToString())))));
        string pattern =
            $@"(?<!{digit})(?<day>{digit}{{1,2}})\s*(?:เดือน\s*)?(?<month>{months})\s*(?<era>พ\.\s?ศ\.|ค\.\s?ศ\.)?\s*(?<year>{digit}{{4}}|{digit}{{2}})(?!{digit})";
        return new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }
}
