using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Reads measures written as policies with numbered practices, as a unit's announcement of its policies prints them:
/// numbered headings that open with นโยบาย or มาตรการ ("๑.นโยบายด้านผู้รับบริการ"), each followed by a แนวทางปฏิบัติ line
/// ("แนวทางปฏิบัติสำหรับทุกหน่วยงานในสังกัดฯ": whom the practices are for) and the practices numbered in a marker form of
/// their own ("๑) …", "(๑) …", "๑.๑ …"). The heading is the measure's title, the practices its steps, the unit after
/// สำหรับ its responsible unit; labelled lines after the practices (ผู้รับผิดชอบ, ระยะเวลา) are its fields. The main
/// policy's statement (นโยบายหลัก : …) and the success indicators (ตัวชี้วัดความสำเร็จ with their own ๑) ๒)) are
/// neither title nor steps.
/// </summary>
internal static partial class PolicyPracticeReader
{
    /// <summary>A line of the document's text in reading order.</summary>
    /// <param name="Text">The line as read.</param>
    /// <param name="Page">The page it was printed on.</param>
    public sealed record Line(string Text, int Page);

    private sealed record Heading(int LineIndex, int? ReadNumber, string Form, string Words);

    /// <summary>Fewest policies that make a list: a lone numbered heading with practices may be anything.</summary>
    private const int FewestPolicies = 2;

    /// <summary>
    /// The drafts of the policies, in print order and numbered by position; empty unless at least
    /// <see cref="FewestPolicies"/> headings of one marker form each have a practices line followed by practices.
    /// </summary>
    public static List<MeasureDraft> Read(IReadOnlyList<Line> lines, bool linesAreParagraphs)
    {
        var headings = Headings(lines);
        if (headings.Count < FewestPolicies) return [];
        var drafts = new List<MeasureDraft>();
        for (int h = 0; h < headings.Count; h++)
        {
            int end = h + 1 < headings.Count ? headings[h + 1].LineIndex : ListEnd(lines, headings[h].LineIndex);
            drafts.Add(ReadPolicy(lines, headings[h], h + 1, end, linesAreParagraphs));
        }
        return drafts;
    }

    /// <summary>
    /// The policy headings: numbered lines opening with a policy word whose span holds practices, all in the marker form
    /// of the first of them. The numbers read must mostly follow their positions (OCR may misread one: "9." for ๑.);
    /// otherwise the lines are some other list and none is returned.
    /// </summary>
    private static List<Heading> Headings(IReadOnlyList<Line> lines)
    {
        var candidates = Enumerable.Range(0, lines.Count).Select(i => ReadHeading(lines[i].Text, i)).OfType<Heading>().ToList();
        List<Heading> best = [];
        // Each marker form on its own: a practice that opens with a policy word ("(๑) มาตรการ…" under "๑. นโยบาย…") is
        // in another form than the headings and neither heads a policy nor cuts one short.
        foreach (var form in candidates.Select(c => c.Form).Distinct())
        {
            var ofForm = candidates.Where(c => c.Form == form).ToList();
            var run = new List<Heading>();
            for (int c = 0; c < ofForm.Count; c++)
            {
                int end = c + 1 < ofForm.Count ? ofForm[c + 1].LineIndex : ListEnd(lines, ofForm[c].LineIndex);
                if (HasPractices(lines, ofForm[c].LineIndex + 1, end)) run.Add(ofForm[c]);
                // Every policy carries practices: a heading without any ends the list.
                else if (run.Count > 0) break;
            }
            int agreeing = run.Select((heading, position) => heading.ReadNumber == position + 1).Count(agrees => agrees);
            if (run.Count >= FewestPolicies && agreeing * 2 >= run.Count && run.Count > best.Count) best = run;
        }
        return best;
    }

    /// <summary>The heading a line is (a marker, then words opening with นโยบาย or มาตรการ), or null.</summary>
    private static Heading? ReadHeading(string text, int index)
    {
        var m = NumberedLine().Match(ThaiDigits.ToArabic(text));
        if (!m.Success || !OpensWithPolicyWord(m.Groups["rest"].Value)) return null;
        string form = m.Groups["open"].Success ? "(n)" : m.Groups["mark"].Value == ")" ? "n)" : "n.";
        int? number = int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return new Heading(index, number, form, text[(text.Length - ThaiDigits.ToArabic(text).Length + m.Groups["rest"].Index)..].Trim());
    }

    /// <summary>True when the words open with นโยบาย or มาตรการ, one letter OCR lost, added or changed allowed.</summary>
    private static bool OpensWithPolicyWord(string words) =>
        OpensWithCue(words, "นโยบาย", maxEdits: 1) || TextMeasureParser.OpensWithMeasureWord(words);

    /// <summary>True when a practices line stands between the lines, followed (before the span ends) by a marked practice.</summary>
    private static bool HasPractices(IReadOnlyList<Line> lines, int from, int end)
    {
        int label = Enumerable.Range(from, Math.Max(0, end - from)).FirstOrDefault(i => PracticesRest(lines[i].Text) is not null, -1);
        return label >= 0 && Enumerable.Range(label + 1, end - label - 1).Any(i => OpensPractice(lines[i].Text));
    }

    /// <summary>Where the last policy ends: at the formula that closes the announcement, else at the document's end.</summary>
    private static int ListEnd(IReadOnlyList<Line> lines, int from)
    {
        for (int i = from + 1; i < lines.Count; i++)
            if (TextMeasureParser.IsClosing(lines[i].Text)) return i;
        return lines.Count;
    }

    /// <summary>Which part of a policy the lines being read belong to.</summary>
    private enum Part { Title, Skipped, PracticesFor, Practices, Field }

    private static MeasureDraft ReadPolicy(IReadOnlyList<Line> lines, Heading heading, int number, int end, bool linesAreParagraphs)
    {
        var draft = new MeasureDraft(lines[heading.LineIndex].Page, number, linesAreParagraphs);
        var title = new List<string> { heading.Words };
        var practicesFor = new List<string>();
        var practices = new List<string>();
        var field = new List<string>();
        ColumnRole fieldRole = ColumnRole.Unknown;
        var part = Part.Title;
        void CloseField()
        {
            // Fields no measure value is read from (ตัวชี้วัด, เป้าหมาย) are dropped with their items.
            if (part == Part.Field && fieldRole != ColumnRole.Unknown) draft.Add(fieldRole, field);
            field.Clear();
        }

        for (int i = heading.LineIndex + 1; i < end; i++)
        {
            var text = lines[i].Text.Trim();
            if (PracticesRest(text) is { } rest)
            {
                CloseField();
                part = Part.PracticesFor;
                practicesFor.Add(rest);
                continue;
            }
            if (Indicators().IsMatch(ThaiCue.Skeleton(text)))
            {
                CloseField();
                part = Part.Skipped;
                continue;
            }
            // A marked line is a practice or an indicator, never a label ("๑) กิจกรรมจิตอาสา…" opens with กิจกรรม).
            bool marked = OpensPractice(text);
            if (!marked && MeasureFieldLabel.Find(text) is { } label)
            {
                CloseField();
                part = Part.Field;
                fieldRole = label.Role;
                field.Add(label.Remainder);
                continue;
            }
            // A statement under a label of its own before the practices (นโยบายหลัก : …) says what the policy is for.
            if (part == Part.Title && StatementLabel().IsMatch(text))
            {
                part = Part.Skipped;
                continue;
            }
            if (part == Part.PracticesFor && marked) part = Part.Practices;
            switch (part)
            {
                case Part.Title: title.Add(text); break;
                case Part.PracticesFor: practicesFor.Add(text); break;
                case Part.Practices: practices.Add(text); break;
                case Part.Field: field.Add(text); break;
            }
        }
        CloseField();
        draft.Add(ColumnRole.Measure, title);
        draft.Add(ColumnRole.Steps, practices);
        // "แนวทางปฏิบัติสำหรับสำนักงาน…และโรงพยาบาลส่งเสริม" / "สุขภาพตำบลในสังกัด": one unit wrapped inside a word.
        var unit = ForWhom().Match(CellItemSplitter.JoinWrapped(practicesFor, WrapJoin.ThaiAware));
        if (unit.Success && !draft.HasLines(ColumnRole.Responsible)) draft.Add(ColumnRole.Responsible, [unit.Groups["unit"].Value.Trim()]);
        return draft;
    }

    /// <summary>
    /// What follows the practices label on its line ("สำหรับทุกหน่วยงาน…", or nothing) when the line opens with
    /// แนวทางปฏิบัติ / แนวทางการปฏิบัติ / แนวปฏิบัติ (marks OCR dropped or changed and one letter misread allowed); else null.
    /// </summary>
    private static string? PracticesRest(string text)
    {
        var t = MeasureFieldLabel.StripBullet(text);
        foreach (var cue in PracticesCues)
        {
            var skeleton = ThaiCue.Skeleton(cue);
            if (!OpensWithCue(t, cue, maxEdits: 1)) continue;
            // Cut after as many of the line's letters as the cue's skeleton holds, marks following them included.
            int letters = 0, at = 0;
            while (at < t.Length && letters < skeleton.Length)
            {
                if (!ThaiCue.IsMark(t[at]) && !char.IsWhiteSpace(t[at])) letters++;
                at++;
            }
            while (at < t.Length && ThaiCue.IsMark(t[at])) at++;
            return t[at..].TrimStart(' ', ':', '：').Trim();
        }
        return null;
    }

    private static readonly string[] PracticesCues = ["แนวทางการปฏิบัติ", "แนวทางปฏิบัติ", "แนวปฏิบัติ"];

    /// <summary>True when the text's skeleton opens with the cue's, within <paramref name="maxEdits"/> letters.</summary>
    private static bool OpensWithCue(string text, string cue, int maxEdits) =>
        EditDistance.OpensWithin(ThaiCue.Skeleton(text), ThaiCue.Skeleton(cue), maxEdits);

    /// <summary>True when a line opens a practice: a number in any marker form, a sub-number (๑.๑), a letter or a bullet.</summary>
    private static bool OpensPractice(string text) =>
        NumberedLine().IsMatch(ThaiDigits.ToArabic(text)) || CellItemSplitter.LeadingSubMarker().IsMatch(text.TrimStart()) ||
        CellItemSplitter.OpensWithBullet(text);

    // A line opening with a list marker: (๑) / ๑) / ๑. (its full stop read as a colon or comma), on Arabic digits; or a
    // number OCR read as up to two other characters before the full stop ("9." is read, "@." is not).
    [GeneratedRegex(@"^\s*(?:(?<open>\()\s*(?<n>\d{1,2})\s*\)|(?<n>\d{1,2})(?![\d.]\d)\s*(?<mark>[.):,])|[^\s\d\u0E01-\u0E4E().]{1,2}(?<mark>[.:]))\s*(?<rest>[\u0E01-\u0E4E].*)$")]
    private static partial Regex NumberedLine();

    // The success indicators' label on a skeleton (marks dropped): ตัวชี้วัด, its ช misread as ข or ซ (ตัวขี้วัด).
    [GeneratedRegex(@"^\W{0,2}ตว[ชขซ]วด")]
    private static partial Regex Indicators();

    // A short label of Thai words and its colon opening a line (นโยบายหลัก : …).
    [GeneratedRegex(@"^[\u0E01-\u0E4E]{2,20}\s*[:：]")]
    private static partial Regex StatementLabel();

    // สำหรับ and the unit the practices are for.
    [GeneratedRegex(@"^สำหรับ\s*(?<unit>\S.*)$")]
    private static partial Regex ForWhom();
}
