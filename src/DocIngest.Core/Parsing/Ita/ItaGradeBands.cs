namespace DocIngest.Core.Parsing.Ita;

/// <summary>
/// The ITA assessment's grade bands (AA 95–100, A 85–94.99, B 75–84.99, C 65–74.99, D 55–64.99, E 50–54.99,
/// F below 50). A grade printed beside a score but read by OCR as no grade at all (a Thai letter, a speck) is the
/// band its score falls in; a grade that was read is never replaced.
/// </summary>
public static class ItaGradeBands
{
    /// <summary>The grade whose band holds <paramref name="score"/> (0–100).</summary>
    public static string Of(double score) => score switch
    {
        >= 95 => "AA",
        >= 85 => "A",
        >= 75 => "B",
        >= 65 => "C",
        >= 55 => "D",
        >= 50 => "E",
        _ => "F",
    };
}
