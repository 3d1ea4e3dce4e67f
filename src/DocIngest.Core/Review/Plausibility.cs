using DocIngest.Core.Thai;

namespace DocIngest.Core.Review;

/// <summary>
/// Checks a reviewer should not have to think of: values that read cleanly but cannot be right for a document of
/// this kind, such as a memo dated 1962 (๒๕๖๕ misread as ๒๕๐๕) or an ITA grade that does not match its score.
/// </summary>
public static class Plausibility
{
    /// <summary>Oldest Buddhist-Era year a document in this system can carry (electronic ITA starts in 2557).</summary>
    public const int EarliestYear = 2540;

    /// <summary>Whether a Buddhist-Era (fiscal) year is in the range these documents can have, given today.</summary>
    public static bool IsPlausibleYear(int buddhistYear, DateOnly today) =>
        buddhistYear >= EarliestYear && buddhistYear <= ThaiCalendar.ToBuddhistEra(today.Year) + 2;

    /// <summary>Whether a document date (CE) is plausible for a current document.</summary>
    public static bool IsPlausibleDate(DateOnly date, DateOnly today) =>
        IsPlausibleYear(ThaiCalendar.ToBuddhistEra(date.Year), today) && date <= today.AddYears(1);

    /// <summary>Whether the fiscal year agrees with the document date (a plan may be dated up to a year before its fiscal year).</summary>
    public static bool FiscalYearMatchesDate(int fiscalYear, DateOnly date) =>
        Math.Abs(ThaiCalendar.FiscalYearOf(date) - fiscalYear) <= 1;

    /// <summary>
    /// The ITA grade for a score, on the ONAC scale: AA 95–100, A 85–94.99, B 75–84.99, C 65–74.99, D 55–64.99,
    /// E 50–54.99, F below 50.
    /// </summary>
    public static string ItaGrade(double score) => Parsing.Ita.ItaGradeBands.Of(score);

    /// <summary>The ITA indicators, numbered 1 to 10; the overall score is computed from all of them.</summary>
    public const int ItaIndicatorCount = 10;

    /// <summary>
    /// Whether an overall ITA score can follow from its year's indicator scores. ONAC's overall score is a weighted
    /// mean of the ten indicators (the weights change between years), so whatever the weights it lies between the
    /// lowest and the highest indicator score; outside that range one of the numbers was misread. Null when the
    /// document does not state all ten indicators: a partial set bounds nothing.
    /// </summary>
    public static bool? ItaScoreFitsIndicators(double overall, IReadOnlyCollection<(int Number, double Score)> indicators)
    {
        var byNumber = indicators.GroupBy(i => i.Number).ToDictionary(g => g.Key, g => g.First().Score);
        if (!Enumerable.Range(1, ItaIndicatorCount).All(byNumber.ContainsKey)) return null;
        // Scores are printed to two decimals; the overall one is rounded on its own.
        const double rounding = 0.01;
        return overall >= byNumber.Values.Min() - rounding && overall <= byNumber.Values.Max() + rounding;
    }
}
