namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Scores a header cell's text against the wordings each column role is printed with. OCR-noisy headers are
/// matched approximately; a wording found near the start of the header counts more, because Thai headers put
/// their head noun first (ขั้นตอนการดำเนินการตามมาตรการ is a steps column, not a measure column).
/// </summary>
public static class ColumnHeaderScorer
{
    /// <summary>Below this a header is taken as not naming the role.</summary>
    public const double Threshold = 0.8;

    // Wordings are stored as comparison keys (no tone marks); longer wordings are more specific and win ties.
    private static readonly (ColumnRole Role, string[] Wordings)[] Vocabulary =
    [
        (ColumnRole.Measure, ["มาตรการ", "แนวทาง", "กิจกรรม", "โครงการ", "มาตรการแนวทาง", "แนวทางมาตรการ"]),
        (ColumnRole.Steps, ["ขั้นตอน", "วิธีการ", "วิธีดำเนินการ", "วิธีการดำเนินการ", "วิธีปฏิบัติ", "ขั้นตอนการดำเนินการ", "ขั้นตอนหรือวิธีการ"]),
        (ColumnRole.Responsible, ["ผู้รับผิดชอบ", "รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "ส่วนราชการที่รับผิดชอบ", "ผู้ดำเนินการ", "หน่วยงานรับผิดชอบ",
            // Plans name the unit column by the agency's part in it: หน่วยงานขับเคลื่อน, หน่วยงานหลัก, หน่วยงานสนับสนุน.
            "หน่วยงาน", "หน่วยงานขับเคลื่อน", "หน่วยงานหลัก", "หน่วยงานสนับสนุน"]),
        (ColumnRole.Period, ["ระยะเวลา", "ช่วงเวลา", "ห้วงเวลา", "กำหนดเวลา", "ระยะเวลาดำเนินการ", "ระยะเวลาการดำเนินการ", "ปีงบประมาณ", "ไตรมาส"]),
        (ColumnRole.Progress, ["ผลการดำเนินงาน", "ผลการดำเนินการ", "ความก้าวหน้า", "รายงานความก้าวหน้า", "ผลการปฏิบัติ", "ผลการปฏิบัติงาน"]),
        (ColumnRole.FollowUp, ["การติดตามผล", "ติดตามผล", "การติดตาม", "ติดตามประเมินผล", "การติดตามและประเมินผล"]),
    ];

    private static readonly string BudgetKey = FuzzyText.Key("งบประมาณ");

    private static readonly (ColumnRole Role, string Key)[] Keys =
        Vocabulary.SelectMany(v => v.Wordings.Select(w => (v.Role, FuzzyText.Key(w)))).ToArray();

    // The number column is titled with a short word; it is matched whole, never inside a longer header.
    private static readonly string[] NumberWordings = ["ลำดับ", "ลำดับที่", "ที่", "ข้อ", "no", "ลำดับ ที่"];
    private static readonly HashSet<string> NumberKeys = NumberWordings.Select(FuzzyText.Key).ToHashSet();

    /// <summary>The score (0 when below <see cref="Threshold"/>) of a header text for each role, Unknown excluded.</summary>
    public static IReadOnlyDictionary<ColumnRole, double> Score(string headerText) =>
        Match(headerText).ToDictionary(p => p.Key, p => p.Value.Score);

    /// <summary>
    /// True when the text reads as a column title: it names a role and that wording makes up a good part of it.
    /// A data cell may mention a role word (จัดทำแนวทาง…) but is mostly other words.
    /// </summary>
    public static bool IsTitleLike(string text)
    {
        var best = Match(text).Values.OrderByDescending(v => v.Score).First();
        return IsTitle(best);
    }

    // Columns a plan prints beside its measures that no measure field is read from: a budget (and where it comes from),
    // indicators, targets, remarks.
    private static readonly string[] OtherColumnKeys =
        new[] { "งบประมาณ", "วงเงิน", "แหล่งงบประมาณ", "แหล่งเงิน", "ตัวชี้วัด", "เป้าหมาย", "ค่าเป้าหมาย", "หมายเหตุ" }.Select(FuzzyText.Key).ToArray();

    /// <summary>
    /// True when the text titles a column a plan prints beside its measures but no measure field is read from
    /// (งบประมาณ, วงเงิน, ตัวชี้วัด, เป้าหมาย, หมายเหตุ): a title all the same, so a header row naming few roles is still a header.
    /// </summary>
    public static bool IsOtherColumnTitle(string text)
    {
        string key = FuzzyText.Key(text);
        if (key.Length == 0) return false;
        return OtherColumnKeys.Any(wording =>
        {
            var (similarity, start) = FuzzyText.BestSubstringMatch(wording, key);
            return similarity >= Threshold && (double)start / key.Length <= 0.15 && (double)wording.Length / key.Length >= 0.4;
        });
    }

    /// <summary>True when the text is a title naming <paramref name="role"/>.</summary>
    public static bool IsTitleOf(string text, ColumnRole role) => IsTitle(Match(text)[role]);

    // A title starts with its role's wording, and that wording is a good part of it.
    private static bool IsTitle((double Score, double Coverage, double Start) match) =>
        match.Score > 0 && match.Coverage >= 0.4 && match.Start <= 0.15;

    /// <summary>Per role: the score, the share of the text the wording covers, and where (0..1) the wording starts.</summary>
    private static Dictionary<ColumnRole, (double Score, double Coverage, double Start)> Match(string headerText)
    {
        var scores = Enum.GetValues<ColumnRole>().Where(r => r != ColumnRole.Unknown).ToDictionary(r => r, _ => (Score: 0.0, Coverage: 0.0, Start: 0.0));
        string key = FuzzyText.Key(headerText);
        if (key.Length == 0) return scores;
        if (NumberKeys.Contains(key) || (key.Length <= 8 && NumberKeys.Any(k => k.Length >= 5 && FuzzyText.Similarity(k, key) >= Threshold)))
            scores[ColumnRole.Number] = (1.2, 1.0, 0.0);
        foreach (var (role, wording) in Keys)
        {
            var (similarity, start) = FuzzyText.BestSubstringMatch(wording, key);
            if (similarity < Threshold) continue;
            double position = 1.0 - 0.25 * start / Math.Max(1, key.Length);
            double specificity = 1.0 + 0.01 * wording.Length;
            double score = similarity * position * specificity;
            if (score > scores[role].Score)
                scores[role] = (score, Math.Min(1.0, (double)wording.Length / key.Length), (double)start / key.Length);
        }
        // งบประมาณ (บาท) is a budget column: ปีงบประมาณ is one letter off it, but a budget is no period.
        if (key.StartsWith(BudgetKey, StringComparison.Ordinal)) scores[ColumnRole.Period] = (0, 0, 0);
        return scores;
    }

    /// <summary>The best role a header names, or Unknown.</summary>
    public static (ColumnRole Role, double Score) Best(string headerText)
    {
        var best = Score(headerText).OrderByDescending(p => p.Value).First();
        return best.Value > 0 ? (best.Key, best.Value) : (ColumnRole.Unknown, 0);
    }
}
