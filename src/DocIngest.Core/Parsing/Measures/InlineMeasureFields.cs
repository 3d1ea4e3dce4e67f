using System.Text.RegularExpressions;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>A field a measure paragraph states in its own words, and where the statement starts in the paragraph.</summary>
/// <param name="Value">The field's text (units, or the period as printed).</param>
/// <param name="Index">Where the clause stating it starts: the measure's title ends before it.</param>
internal readonly record struct InlineField(string Value, int Index);

/// <summary>
/// The fields of a measure written as one paragraph rather than under labels on lines of their own:
/// labelled inside the sentence ("… ผู้รับผิดชอบ กองคลัง ระยะเวลา ตลอดปีงบประมาณ"), or said in prose
/// ("โดยให้กองคลังเป็นผู้รับผิดชอบ", "มอบหมายให้สำนักปลัดรับผิดชอบ", "ดำเนินการภายในเดือนมีนาคม ๒๕๖๘").
/// </summary>
internal static partial class InlineMeasureFields
{
    /// <summary>
    /// Moves the fields labelled inside <paramref name="text"/> into <paramref name="draft"/> (roles the draft does not
    /// hold yet) and returns the text before the first of them. A label counts only after the title (10 characters
    /// or more) and not as the tail of a sentence ("… เป็นผู้รับผิดชอบ").
    /// </summary>
    public static string Take(string text, MeasureDraft draft)
    {
        var labels = Label().Matches(text).Where(m => m.Index >= MinimumTitle && !SaidInProse(text, m.Index)).ToList();
        if (labels.Count == 0) return text;
        for (int i = 0; i < labels.Count; i++)
        {
            var m = labels[i];
            int end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            var value = text[(m.Index + m.Length)..end].Trim().TrimEnd(',', ';').Trim();
            var role = m.Groups["responsible"].Success ? ColumnRole.Responsible
                : m.Groups["period"].Success ? ColumnRole.Period
                : m.Groups["steps"].Success ? ColumnRole.Steps
                : ColumnRole.Progress;
            if (value.Length > 0 && !draft.HasLines(role)) draft.Add(role, [value]);
        }
        return text[..labels[0].Index].TrimEnd();
    }

    /// <summary>
    /// A labelled field's value that runs into the next label on its line ("กองคลัง ระยะเวลา ตุลาคม – ธันวาคม ๒๕๖๗" after
    /// ผู้รับผิดชอบ): the value before the next label, and each further label's role and value, in order.
    /// </summary>
    public static (string Own, IReadOnlyList<(ColumnRole Role, string Value)> Others) SplitLabelled(string value)
    {
        var labels = Label().Matches(value).Where(m => !SaidInProse(value, m.Index)).ToList();
        if (labels.Count == 0) return (value, []);
        var others = new List<(ColumnRole, string)>();
        for (int i = 0; i < labels.Count; i++)
        {
            var m = labels[i];
            int end = i + 1 < labels.Count ? labels[i + 1].Index : value.Length;
            var text = value[(m.Index + m.Length)..end].Trim().TrimEnd(',', ';').Trim();
            if (text.Length > 0) others.Add((RoleOf(m), text));
        }
        return (value[..labels[0].Index].TrimEnd(), others);
    }

    private static ColumnRole RoleOf(Match m) =>
        m.Groups["responsible"].Success ? ColumnRole.Responsible
        : m.Groups["period"].Success ? ColumnRole.Period
        : m.Groups["steps"].Success ? ColumnRole.Steps
        : ColumnRole.Progress;

    /// <summary>The units a sentence assigns the measure to ("มอบหมายให้ X เป็นผู้รับผิดชอบ", "โดยให้ X รับผิดชอบ"), or null.</summary>
    public static InlineField? AssignedUnits(string text)
    {
        var m = Assigned().Match(text);
        if (!m.Success) return null;
        var units = m.Groups["units"].Value.Trim();
        return units.Length >= 2 ? new InlineField(units, m.Index) : null;
    }

    /// <summary>
    /// A period said in prose ("ดำเนินการภายในเดือนมีนาคม ๒๕๖๘", "ตลอดปีงบประมาณ", "ระหว่างเดือนตุลาคม – ธันวาคม"),
    /// kept only when <see cref="PeriodParser"/> reads dates from it; null otherwise.
    /// </summary>
    public static InlineField? PeriodPhrase(string text)
    {
        foreach (Match m in ProsePeriod().Matches(text))
        {
            var phrase = m.Groups["period"].Value.Trim();
            // Any fiscal year will do to test that the wording is a period at all; the real one is applied later.
            if (PeriodParser.Parse(phrase, ProbeFiscalYear) is { Start: not null }) return new InlineField(phrase, m.Index);
        }
        return null;
    }

    private const int MinimumTitle = 10;

    private const int ProbeFiscalYear = 2567;

    // "กองคลังเป็นผู้รับผิดชอบ", "ให้ ผู้รับผิดชอบ": the word ends a clause, it labels nothing.
    private static bool SaidInProse(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.EndsWith("เป็น", StringComparison.Ordinal) || before.EndsWith("ให้", StringComparison.Ordinal) ||
               before.EndsWith("และ", StringComparison.Ordinal);
    }

    // A label inside a paragraph: after a space, followed by a colon, คือ or a space and the value. OCR may split
    // ระยะเวลา with a space or double its ะ ("ระ ยะเวลา", "ระ ะยะเวลา").
    [GeneratedRegex(@"(?<=\s)(?:(?<responsible>(?:ผู้|หน่วยงาน(?:ที่)?\s*|ส่วนราชการ(?:ที่)?\s*)รับผิดชอบ(?:หลัก)?)|(?<period>ระ\s?ะ?\s?ยะ\s?เวลา(?:ใน)?(?:การ)?(?:ดำเนินการ|ดำเนินงาน)?|ช่วงเวลา(?:ดำเนินการ)?)|(?<steps>ขั้นตอน(?:การ|ใน)?(?:ดำเนินการ|ดำเนินงาน|ปฏิบัติ)?|วิธี(?:การ)?(?:ดำเนินการ|ดำเนินงาน|ปฏิบัติ))|(?<progress>ผลการดำเนิน(?:งาน|การ)))\s*(?:[:：]\s*|คือ\s*|\s+)(?=\S)")]
    private static partial Regex Label();

    // มอบหมายให้ X เป็นผู้รับผิดชอบ | โดยให้ X เป็นผู้รับผิดชอบ | ให้ X รับผิดชอบ(ดำเนินการ): X is the nearest clause before
    // the verb (no second ให้ / โดย inside it), at most 60 characters.
    [GeneratedRegex(@"(?:มอบหมาย(?:ให้)?|โดยให้|โดยมี|ให้)\s*(?<units>(?:(?!ให้|โดย|มอบหมาย)[^\n]){2,60}?)\s*(?:เป็น\s*)?ผู้\s*รับผิดชอบ|(?:มอบหมาย(?:ให้)?|โดยให้)\s*(?<units>(?:(?!ให้|โดย)\S){2,40}?)\s*รับผิดชอบ")]
    private static partial Regex Assigned();

    // ภายใน / ตลอด / ตั้งแต่ / ระหว่าง + a month, date, quarter or (fiscal) year, up to the next clause.
    [GeneratedRegex(@"(?<period>(?:ภายใน|ตลอด|ตั้งแต่|ระหว่าง)\s*(?:เดือน|วันที่|ปี|ไตรมาส|[0-9๐-๙]|[ก-ฮ]\.[ก-ฮ]\.)(?:(?!\s(?:เพื่อ|โดย|ให้|ทั้งนี้|ซึ่ง|และมี))[^\n,]){0,60}?)(?=\s+(?:เพื่อ|โดย|ให้|ทั้งนี้|ซึ่ง|และมี)|\s*[,;]|\s*$)")]
    private static partial Regex ProsePeriod();
}
