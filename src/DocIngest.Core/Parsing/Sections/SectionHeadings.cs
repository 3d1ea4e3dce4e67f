using System.Text.RegularExpressions;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Sections;

/// <summary>A printed heading recognised at the start of a line, and the text that follows it on that line.</summary>
public sealed record SectionHeading(SectionType Type, string Heading, string Rest);

/// <summary>
/// The printed headings of Thai memo bodies (เรื่องเดิม, ข้อเท็จจริง, ข้อกฎหมาย/ระเบียบ, ข้อพิจารณา, ข้อเสนอ/ความเห็น)
/// and the closing formula (จึงเรียนมาเพื่อ…). Headings may carry a number (๑. เรื่องเดิม) or a colon.
/// </summary>
public static partial class SectionHeadings
{
    // Longest first: ข้อพิจารณาและความเห็น must be read as one heading, not as ข้อพิจารณา + text.
    private static readonly (string Heading, SectionType Type)[] Known =
    [
        ("ข้อพิจารณาและความเห็น", SectionType.Considerations),
        ("ข้อพิจารณาและข้อเสนอ", SectionType.Considerations),
        ("ข้อเท็จจริงและข้อกฎหมาย", SectionType.Facts),
        ("ระเบียบและข้อกฎหมาย", SectionType.Legal),
        ("ข้อกฎหมายและระเบียบ", SectionType.Legal),
        ("ระเบียบกฎหมายที่เกี่ยวข้อง", SectionType.Legal),
        ("ระเบียบที่เกี่ยวข้อง", SectionType.Legal),
        ("กฎหมายที่เกี่ยวข้อง", SectionType.Legal),
        ("ข้อระเบียบ", SectionType.Legal),
        ("ข้อกฎหมาย", SectionType.Legal),
        ("ระเบียบ/กฎหมาย", SectionType.Legal),
        ("ระเบียบ", SectionType.Legal),
        ("ข้อเสนอแนะ", SectionType.Proposal),
        ("ข้อเสนอเพื่อพิจารณา", SectionType.Proposal),
        ("ความเห็นและข้อเสนอ", SectionType.Proposal),
        // The officer's view (ความเห็นของเจ้าหน้าที่) weighs the facts; a proposal of its own follows or the memo closes.
        ("ความเห็นของเจ้าหน้าที่", SectionType.Considerations),
        ("ความเห็นเจ้าหน้าที่", SectionType.Considerations),
        ("ข้อเสนอ", SectionType.Proposal),
        ("ความเห็น", SectionType.Proposal),
        ("ข้อพิจารณา", SectionType.Considerations),
        ("ประเด็นการพิจารณา", SectionType.Considerations),
        ("ประเด็นพิจารณา", SectionType.Considerations),
        ("ข้อเท็จจริง", SectionType.Facts),
        ("ผลการดำเนินการ", SectionType.Facts),
        ("ผลการดำเนินงาน", SectionType.Facts),
        ("สาระสำคัญ", SectionType.Facts),
        ("หลักเกณฑ์ที่เกี่ยวข้อง", SectionType.Legal),
        ("เรื่องเดิม", SectionType.Background),
        ("ความเป็นมา", SectionType.Background),
        ("เหตุผลความจำเป็น", SectionType.Background),
        ("ภูมิหลัง", SectionType.Background),
    ];

    /// <summary>
    /// The heading that opens the line, or null. A heading alone on its line, or followed by a colon or by
    /// at least one space and body text, counts; those of <see cref="AloneOnly"/> count only alone or before a colon
    /// ("สาระสำคัญ : …"), as they also open sentences but no sentence puts a colon after its first word.
    /// </summary>
    public static SectionHeading? Match(string line)
    {
        var text = Numbering().Replace(line, "").Trim();
        // A heading alone on its line may carry a speck OCR read after it ("ข้อพิจารณา.", "เรื่องเดิม '").
        var bare = TrailingSpecks().Replace(text, "");
        if (bare != text && bare.Length > 0 && Match(bare) is { Rest.Length: 0 } headingAlone) return headingAlone;
        foreach (var (heading, type) in Known)
        {
            // A second name joined by a slash belongs to the heading: ข้อกฎหมาย/ระเบียบ, ข้อเสนอ/ความเห็น. A colon, a space or
            // the line's end must follow: ข้อเสนอแนะ… or ข้อเท็จจริงปรากฏว่า with no space is a sentence, not a heading.
            var m = Regex.Match(text, "^" + ThaiCue.LoosePattern(heading) + @"(?:\s*/\s*[\u0E01-\u0E4E]+)?\s*(?:(?<colon>[:：])\s*|\s+|$)(?<rest>.*)$");
            if (!m.Success) continue;
            var rest = m.Groups["rest"].Value.Trim();
            bool alone = rest.Length == 0;
            if (!alone && AloneOnly.Contains(heading) && !m.Groups["colon"].Success) continue;
            return new SectionHeading(type, text[..(text.Length - m.Groups["rest"].Value.Length)].Trim().TrimEnd(':', '：').Trim(), rest);
        }
        return LongerHeading(text) ?? OpeningLostHeading(text);
    }

    /// <summary>
    /// Headings that also open ordinary sentences or wrapped subject lines (ระเบียบ…, ผลการดำเนินงาน…): they count only
    /// alone on their line, as printed.
    /// </summary>
    private static readonly HashSet<string> AloneOnly =
    [
        "ระเบียบ", "ความเห็น", "ผลการดำเนินการ", "ผลการดำเนินงาน", "สาระสำคัญ", "ประเด็นพิจารณา", "ประเด็นการพิจารณา",
        "หลักเกณฑ์ที่เกี่ยวข้อง", "เหตุผลความจำเป็น",
    ];

    /// <summary>The longest line a heading of other wording (ข้อเสนอเพื่อโปรดพิจารณา, ข้อกฎหมายที่เกี่ยวข้อง) may fill.</summary>
    private const int LongestHeadingLine = 32;

    /// <summary>
    /// A heading worded beyond the known ones, alone on its short line: a known heading word with more words after it
    /// ("ข้อเสนอเพื่อโปรดพิจารณา", "ข้อเท็จจริงที่เกี่ยวข้อง:"). Those of <see cref="AloneOnly"/> open too many sentences to count here.
    /// </summary>
    private static SectionHeading? LongerHeading(string text)
    {
        var line = text.TrimEnd(':', '：', ' ');
        if (line.Length > LongestHeadingLine || line.Any(char.IsDigit) || line.Count(c => c == ' ') > 2) return null;
        foreach (var (heading, type) in Known)
        {
            if (AloneOnly.Contains(heading)) continue;
            if (Regex.IsMatch(line, "^" + ThaiCue.LoosePattern(heading))) return new SectionHeading(type, line, "");
        }
        return null;
    }

    /// <summary>Most letters OCR may lose from the front of a heading set tight and underlined: its first syllable (ข้อเ of ข้อเท็จจริง).</summary>
    private const int MostLostOpeningLetters = 4;

    /// <summary>Fewest letters (marks aside) the rest of a heading must keep to be told from a word of its own.</summary>
    private const int FewestKeptLetters = 5;

    /// <summary>
    /// A heading whose opening letters OCR lost, alone on its line: "ท็จจริง" for ข้อเท็จจริง (a tight, underlined heading
    /// whose number and first syllable ran into the rule). The line must be one Thai word, the heading's letters from a
    /// cut right after a leading vowel (เ แ โ ใ ไ) on: the cut splits a syllable, so what is left is no word of its own;
    /// a cut between words would take a wrapped paragraph's last word ("พิจารณา" of ข้อพิจารณา) for a heading.
    /// </summary>
    private static SectionHeading? OpeningLostHeading(string text)
    {
        var line = text.TrimEnd(':', '：', ' ');
        if (line.Length == 0 || !line.All(c => c is >= '\u0E01' and <= '\u0E4E')) return null;
        var read = ThaiCue.Skeleton(line);
        if (read.Length < FewestKeptLetters) return null;
        foreach (var (heading, type) in Known)
        {
            var letters = ThaiCue.Skeleton(heading);
            for (int lost = 1; lost <= MostLostOpeningLetters && letters.Length - lost >= FewestKeptLetters; lost++)
                if (ThaiCharacters.IsLeadingVowel(letters[lost - 1]) && letters.AsSpan(lost).SequenceEqual(read))
                    return new SectionHeading(type, line, "");
        }
        return null;
    }

    /// <summary>True for the closing formula: จึงเรียนมาเพื่อโปรดทราบ, จึงเสนอมาเพื่อโปรดพิจารณา…</summary>
    public static bool IsClosing(string line)
    {
        var s = ThaiCue.Skeleton(line);
        return (s.StartsWith(ThaiCue.Skeleton("จึงเรียนมาเพื่อ"), StringComparison.Ordinal) ||
                s.StartsWith(ThaiCue.Skeleton("จึงเสนอมาเพื่อ"), StringComparison.Ordinal) ||
                s.StartsWith(ThaiCue.Skeleton("จึงเรียนมาเพื่อโปรด"), StringComparison.Ordinal) ||
                s.StartsWith(ThaiCue.Skeleton("จึงเรียนเพื่อ"), StringComparison.Ordinal)) && line.Length <= 120;
    }

    // Specks after a heading: stops, commas, quotes, bars, colons, and a mark or sign standing alone ("เรื่องเดิม . ๊: '").
    [GeneratedRegex(@"(?:\s+[^\p{L}\p{N}\s]{1,3}|[\s.,'`‘’|;:])+$")]
    private static partial Regex TrailingSpecks();

    // "๑.", "1)", "(๒)", "ก." before a heading; "๑ " or "๑เรื่องเดิม" when OCR lost the full stop of a tight heading (only
    // a heading may follow: see Match). A speck OCR read before the number ("aw ๒.", "' ๔.", "ก ๓.", "-๓.") goes with it.
    [GeneratedRegex(@"^\s*(?:\S{1,3}\s+(?=\(?[0-9๐-๙]{1,2}\s?[.)])|[-–—'|:;,•*]+(?=\(?[0-9๐-๙]{1,2}\s?[.)]))?(?:\(?[0-9๐-๙]{1,2}\s?[.)]|[ก-ฮ]\.|[0-9๐-๙]{1,2}(?=[\s\u0E01-\u0E4E]))\s*")]
    private static partial Regex Numbering();
}
