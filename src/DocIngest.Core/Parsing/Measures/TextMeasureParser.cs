using System.Text.RegularExpressions;
using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Reads numbered measures written as running text, for documents without a measure table:
/// "มาตรการที่ ๑ …", "ประเด็นที่ ๑. …" and "(๑) มาตรการ…" headings, each followed by labelled fields
/// (กิจกรรม/โครงการ, ผู้รับผิดชอบ, ขั้นตอน/วิธีการปฏิบัติ, ระยะเวลา, ผลการดำเนินงาน, การติดตามผล) or by prose
/// ("… โดย …, มอบหมายให้กองคลังเป็นผู้รับผิดชอบ").
/// </summary>
public static partial class TextMeasureParser
{
    private sealed record SourceLine(string Text, int Page, bool Paragraph);

    private sealed record Heading(int LineIndex, int Number, string Rest, string Style);

    /// <summary>The text measures of a document's pages (its text blocks; tables are not read here).</summary>
    public static IReadOnlyList<Measure> Parse(IReadOnlyList<PageContent> pages, int? fiscalYear, ICollection<string> warnings)
    {
        var lines = pages.SelectMany(p => p.Blocks.OfType<TextBlock>().SelectMany(b => b.Lines)
                .Select(l => new SourceLine(ThaiText.Normalize(l.Text).Trim(), p.Number, p.Method == PageMethod.Docx)))
            .Where(l => l.Text.Length > 0).ToList();
        var headings = ChooseHeadings(lines);
        var measures = new List<Measure>();
        for (int h = 0; h < headings.Count; h++)
        {
            int end = h + 1 < headings.Count ? headings[h + 1].LineIndex : lines.Count;
            var draft = ReadItem(lines, headings[h], end);
            if (MeasureBuilder.Build(draft, fiscalYear, warnings) is { } measure) measures.Add(measure);
        }
        return measures;
    }

    /// <summary>The headings of the one style that forms the longest numbered run (1, 2, 3… possibly restarting at 1).</summary>
    private static List<Heading> ChooseHeadings(List<SourceLine> lines)
    {
        var candidates = new List<Heading>();
        for (int i = 0; i < lines.Count; i++)
        {
            var text = ThaiDigits.ToArabic(StripBullet(lines[i].Text));
            foreach (var (style, pattern) in HeadingPatterns)
            {
                var m = pattern.Match(text);
                if (!m.Success) continue;
                candidates.Add(new Heading(i, int.Parse(m.Groups["n"].Value), lines[i].Text[(lines[i].Text.Length - text.Length + m.Groups["rest"].Index)..].Trim(), style));
                break;
            }
        }
        List<Heading> best = [];
        foreach (var style in candidates.Select(c => c.Style).Distinct())
        {
            var run = new List<Heading>();
            foreach (var heading in candidates.Where(c => c.Style == style))
                if (heading.Number == 1 || (run.Count > 0 && heading.Number == run[^1].Number + 1)) run.Add(heading);
            // A lone "(๑) มาตรการ…" sentence is no list; an explicit มาตรการที่ / ประเด็นที่ heading is.
            int needed = style == "numbered" ? 2 : 1;
            if (run.Count >= needed && run.Count > best.Count) best = run;
        }
        return best;
    }

    private static MeasureDraft ReadItem(List<SourceLine> lines, Heading heading, int end)
    {
        var first = lines[heading.LineIndex];
        var draft = new MeasureDraft(first.Page, heading.Number, first.Paragraph);
        var headingLines = new List<string> { heading.Rest };
        ColumnRole? field = null;
        for (int i = heading.LineIndex + 1; i < end; i++)
        {
            var text = lines[i].Text;
            var label = FieldLabel(text);
            if (label is not null)
            {
                field = label.Value.Role;
                if (label.Value.Remainder.Length > 0) draft.Add(field.Value, [label.Value.Remainder]);
                continue;
            }
            if (EndsItem(text, field)) break;
            if (field is null) headingLines.Add(text);
            else draft.Add(field.Value, [text]);
        }

        if (!draft.HasLines(ColumnRole.Measure))
        {
            // "มาตรการ X โดย Y มอบหมายให้ Z เป็นผู้รับผิดชอบ": the title ends where the method begins.
            var headingText = CellItemSplitter.JoinWrapped(headingLines, WrapJoin.ThaiAware);
            var by = MethodStart().Match(headingText);
            string title = by.Success && by.Index >= 10 ? headingText[..by.Index] : headingText;
            draft.Add(ColumnRole.Measure, [title]);
            string method = by.Success && by.Index >= 10 ? headingText[by.Index..].Trim() : "";
            if (method.Length > 0 && !draft.HasLines(ColumnRole.Steps)) draft.Add(ColumnRole.Steps, [method]);
            var assigned = AssignedUnits().Match(method);
            if (assigned.Success && !draft.HasLines(ColumnRole.Responsible)) draft.Add(ColumnRole.Responsible, [assigned.Groups["units"].Value]);
        }
        return draft;
    }

    /// <summary>A line that closes the item: a new top-level section, a closing formula, or prose after a one-line period.</summary>
    private static bool EndsItem(string text, ColumnRole? field)
    {
        if (Closing().IsMatch(text)) return true;
        if (field == ColumnRole.Period) return true;
        bool sectionHeading = SectionHeading().IsMatch(ThaiDigits.ToArabic(text));
        return sectionHeading && field is not (ColumnRole.Steps or ColumnRole.Progress or ColumnRole.FollowUp);
    }

    private static (ColumnRole Role, string Remainder)? FieldLabel(string line)
    {
        var m = Label().Match(StripBullet(line));
        if (!m.Success) return null;
        var role = Labels.First(l => m.Groups[l.Group].Success).Role;
        return (role, m.Groups["rest"].Value.Trim());
    }

    private static string StripBullet(string text)
    {
        var t = text.TrimStart();
        return t.Length > 1 && "-–•●▪»".Contains(t[0]) ? t[1..].TrimStart() : t;
    }

    private static readonly (string Style, Regex Pattern)[] HeadingPatterns =
    [
        ("measure", new Regex(@"^มาตรการ\s*ที่\s*(?<n>\d{1,2})(?!\d)\s*[.:)]?\s*(?<rest>.*)$", RegexOptions.Compiled)),
        ("issue", new Regex(@"^ประเด็น\s*ที่\s*(?<n>\d{1,2})(?!\d)\s*[.:)]?\s*(?<rest>.*)$", RegexOptions.Compiled)),
        ("numbered", new Regex(@"^\(?(?<n>\d{1,2})[.)]\s*(?<rest>(?:มาตรการ|แนวทาง).*)$", RegexOptions.Compiled)),
    ];

    private static readonly (string Group, ColumnRole Role)[] Labels =
    [
        ("measure", ColumnRole.Measure), ("steps", ColumnRole.Steps), ("responsible", ColumnRole.Responsible),
        ("period", ColumnRole.Period), ("progress", ColumnRole.Progress), ("followup", ColumnRole.FollowUp),
    ];

    // A field label at the start of a line, after an optional "(๑)" / "1." marker.
    [GeneratedRegex(@"^(?:\(?[0-9๐-๙]{1,2}[.)]\s*)?(?:(?<measure>กิจกรรม\s*/\s*โครงการ|กิจกรรม|โครงการ|มาตรการ\s*/\s*แนวทาง)|(?<steps>ขั้นตอน\s*/\s*วิธีการ(?:ปฏิบัติ|ดำเนินการ)?|ขั้นตอน(?:การ|ใน)?(?:ดำเนินการ|ดำเนินงาน|ปฏิบัติ)?|วิธี(?:การ)?(?:ดำเนินการ|ดำเนินงาน|ปฏิบัติ))|(?<responsible>(?:ผู้|หน่วยงานที่|หน่วยงาน|ส่วนราชการที่)รับผิดชอบ)|(?<period>ระยะเวลา(?:ดำเนินการ|การดำเนินการ)?|ห้วงเวลา|ช่วงเวลา)|(?<progress>ผลการดำเนิน(?:งาน|การ)|รายงานความก้าวหน้า|ความก้าวหน้า)|(?<followup>(?:การ)?ติดตามผล))\s*[:：]?\s*(?<rest>.*)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"\s+โดย")]
    private static partial Regex MethodStart();

    [GeneratedRegex(@"มอบหมาย(?:ให้)?\s*(?<units>.+?)\s*เป็น\s*ผู้\s*รับผิดชอบ")]
    private static partial Regex AssignedUnits();

    [GeneratedRegex(@"^\d{1,2}\.\s*\S")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^(?:จึงเรียน|\(?ลงชื่อ|ระเบียบวาระ|มติที่ประชุม|ปิดประชุม)")]
    private static partial Regex Closing();
}
