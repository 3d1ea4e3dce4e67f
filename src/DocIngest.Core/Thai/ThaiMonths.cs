namespace DocIngest.Core.Thai;

/// <summary>Thai month names, full (กุมภาพันธ์) and abbreviated (ก.พ., กพ.), tolerant of spaces and missing dots.</summary>
public static class ThaiMonths
{
    private static readonly string[] Full =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly string[] Abbreviated =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    private static readonly Dictionary<string, int> ByKey = BuildKeys();

    /// <summary>The full name of month 1–12.</summary>
    public static string FullName(int month) => Full[month - 1];

    /// <summary>The abbreviation of month 1–12, e.g. ก.พ.</summary>
    public static string Abbreviation(int month) => Abbreviated[month - 1];

    /// <summary>All spellings recognised, longest first (for building patterns).</summary>
    public static IReadOnlyList<string> AllSpellings { get; } =
        Full.Concat(Abbreviated).Concat(Abbreviated.Select(a => a.Replace(".", ""))).Concat(Abbreviated.Select(a => a.TrimEnd('.')))
            .Concat(Full.Select(f => f == "กรกฎาคม" ? "กรกฏาคม" : f))
            .Distinct().OrderByDescending(s => s.Length).ToArray();

    /// <summary>Month 1–12 from a full name or abbreviation; spaces and dots are ignored (ก.ย, กย., ก. ย.).</summary>
    public static bool TryParse(string text, out int month) => ByKey.TryGetValue(Key(text), out month);

    private static string Key(string text) => new(text.Where(c => c != '.' && !char.IsWhiteSpace(c)).ToArray());

    private static Dictionary<string, int> BuildKeys()
    {
        var keys = new Dictionary<string, int>();
        for (int m = 1; m <= 12; m++)
        {
            keys[Key(Full[m - 1])] = m;
            keys[Key(Abbreviated[m - 1])] = m;
        }
        keys[Key("กรกฏาคม")] = 7; // ฏ for ฎ: a common typing and OCR confusion
        return keys;
    }
}
