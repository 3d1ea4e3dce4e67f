using System.Text;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Re-reads a year that OCR garbled. Debian's Thai model has no glyphs for ๔ ๖ ๗ ๘ ๙: measured on Laksaman
/// renderings, ๖ comes out as ๒๐, ๐ or ๒; ๔, ๘ and ๙ as ๕; ๗ as ๓ (๒๕๖๖ → ๒๕๒๐๒๐, ๖๔ → ๒๕). When a Thai-digit year is
/// not plausible next to a reference year, the reading closest to the reference among those the confusions allow
/// is taken.
/// </summary>
public static class OcrYearRepair
{
    /// <summary>How far (in years) from the reference a year may be before it is taken as misread.</summary>
    public const int PlausibleDistance = 5;

    private const int MaxReadings = 4096;

    // What the recogniser outputs → the printed digit it may stand for.
    private static readonly (string Read, char Printed)[] Confusions =
        [("๒๐", '๖'), ("๐", '๖'), ("๒", '๖'), ("๕", '๔'), ("๕", '๘'), ("๕", '๙'), ("๓", '๗')];

    /// <summary>
    /// The BE year the printed digits most plausibly are: as read when that is within <see cref="PlausibleDistance"/>
    /// of <paramref name="referenceYear"/>, else the nearest confusion-consistent reading. Null when none is plausible.
    /// </summary>
    /// <param name="printed">The year's digits as recognised (Thai or Arabic); only Thai digits are re-read.</param>
    /// <param name="referenceYear">A BE year the period should be near (the fiscal year).</param>
    public static int? Resolve(string printed, int referenceYear)
    {
        int? asRead = AsYear(printed);
        if (asRead is { } year && Math.Abs(year - referenceYear) <= PlausibleDistance) return year;
        if (!printed.All(c => c is >= '๐' and <= '๙')) return null;
        return Readings(printed).Select(AsYear).OfType<int>()
            .Where(y => Math.Abs(y - referenceYear) <= PlausibleDistance)
            .OrderBy(y => Math.Abs(y - referenceYear)).ThenBy(y => y)
            .Cast<int?>().FirstOrDefault();
    }

    /// <summary>Every digit string the recognised digits may have been printed as (the reading itself included).</summary>
    public static IReadOnlyCollection<string> Readings(string recognised)
    {
        var results = new HashSet<string>();
        Expand(recognised, 0, new StringBuilder(), results);
        return results;
    }

    private static void Expand(string read, int at, StringBuilder printed, HashSet<string> results)
    {
        if (results.Count >= MaxReadings) return;
        if (at == read.Length) { results.Add(printed.ToString()); return; }
        printed.Append(read[at]);
        Expand(read, at + 1, printed, results);
        printed.Length--;
        foreach (var (candidate, digit) in Confusions)
        {
            if (string.CompareOrdinal(read, at, candidate, 0, candidate.Length) != 0) continue;
            printed.Append(digit);
            Expand(read, at + candidate.Length, printed, results);
            printed.Length--;
        }
    }

    /// <summary>A BE year from 2 or 4 digits (๖๕ → 2565, 2022 → 2565), else null.</summary>
    private static int? AsYear(string digits)
    {
        if (digits.Length is not (2 or 4)) return null;
        int value = 0;
        foreach (char c in digits)
        {
            int d = c is >= '0' and <= '9' ? c - '0' : c is >= '๐' and <= '๙' ? c - '๐' : -1;
            if (d < 0) return null;
            value = value * 10 + d;
        }
        return Thai.ThaiCalendar.NormalizeToBuddhistYear(value);
    }
}
