using System.Text;
using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>A field label found at the start of a line and the text after it.</summary>
/// <param name="Role">What the field holds; <see cref="ColumnRole.Unknown"/> for fields no measure value is read from (เป้าหมาย, ตัวชี้วัด…).</param>
/// <param name="Remainder">The text printed after the label on the same line (the field's first words), trimmed.</param>
public readonly partial record struct MeasureFieldLabel(ColumnRole Role, string Remainder)
{
    /// <summary>
    /// The label a line opens with: กิจกรรม/โครงการ, ผู้รับผิดชอบ / หน่วยงานที่รับผิดชอบ, ขั้นตอน/วิธีการ(ปฏิบัติ) /
    /// วิธีดำเนินการ, ระยะเวลา(ดำเนินการ), ผลการดำเนินงาน, การติดตามผล, เป้าหมาย…, after an optional bullet and item
    /// marker. The marker's digit is not read: OCR turns (๔) into (@), (lo) or (>), and the label is the stronger
    /// cue. Tone marks are ignored because OCR drops them (ขันตอน, ผูรับผิดชอบ). Null when the line opens with no label.
    /// </summary>
    public static MeasureFieldLabel? Find(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = StripBullet(ThaiText.Normalize(line));
        var (toneless, origin) = WithoutToneMarks(text);
        var m = Label().Match(toneless);
        if (!m.Success) return null;
        var role = Roles.First(r => m.Groups[r.Group].Success).Role;
        int restStart = m.Groups["rest"].Index;
        string remainder = restStart < toneless.Length ? text[origin[restStart]..] : "";
        return new MeasureFieldLabel(role, remainder.Trim());
    }

    /// <summary>True when a line opens with an item marker such as (๑), (lo), ๒) or ๓. (digits not read).</summary>
    public static bool StartsWithMarker(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Marker().IsMatch(StripBullet(ThaiText.Normalize(line)));
    }

    /// <summary>The text without a leading bullet (- – • ● ▪ ») and the spaces after it.</summary>
    internal static string StripBullet(string text)
    {
        var t = text.TrimStart();
        return t.Length > 1 && "-–•●▪»".Contains(t[0]) ? t[1..].TrimStart() : t;
    }

    /// <summary>The text without ่ ้ ๊ ๋ ็ ์, and for each kept character its index in the original (plus one past the end).</summary>
    private static (string Text, int[] Origin) WithoutToneMarks(string text)
    {
        var sb = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\u0E47' and <= '\u0E4C') continue;
            sb.Append(text[i]);
            origin.Add(i);
        }
        origin.Add(text.Length);
        return (sb.ToString(), origin.ToArray());
    }

    private static readonly (string Group, ColumnRole Role)[] Roles =
    [
        ("measure", ColumnRole.Measure), ("steps", ColumnRole.Steps), ("responsible", ColumnRole.Responsible),
        ("period", ColumnRole.Period), ("progress", ColumnRole.Progress), ("followup", ColumnRole.FollowUp),
        ("other", ColumnRole.Unknown),
    ];

    // Item markers: "(๑)", "(lo)", "(๓" (closing parenthesis lost), "๒)", "๓." — one to three characters inside.
    private const string MarkerPattern = @"(?:\(\s*[^\s()]{1,3}\s*\)?|[^\s()]{1,3}[.)])";

    [GeneratedRegex("^" + MarkerPattern + @"\s*\S")]
    private static partial Regex Marker();

    // Written without tone marks: the line is matched with its tone marks removed. ชอบ may come out as ซอบ (OCR takes
    // one for the other). A bare วิธีการ only counts as a
    // label when nothing but a colon follows it: at the start of a wrapped prose line it is an ordinary word.
    [GeneratedRegex("^(?:" + MarkerPattern + @"\s*)?(?:" +
        @"(?<measure>กิจกรรม\s*/\s*โครงการ|กิจกรรม|โครงการ|มาตรการ\s*/\s*แนวทาง)" +
        @"|(?<steps>ขั?นตอน\s*/\s*วิธีการ(?:ปฏิบัติ|ดำเนินการ|ดำเนินงาน)?|ขั?นตอน(?:การ|ใน)?(?:ดำเนินการ|ดำเนินงาน|ปฏิบัติ)?|วิธี(?:การ)?(?:ดำเนินการ|ดำเนินงาน|ปฏิบัติ)|วิธีการ(?=\s*[:：]|\s*$))" +
        @"|(?<responsible>(?:ผู?|หนวยงาน(?:ที)?|สวนราชการ(?:ที)?)รับผิด[ชซ]อบ)" +
        @"|(?<period>ระยะเวลา(?:ใน)?(?:การ)?(?:ดำเนินการ|ดำเนินงาน)?|หวงเวลา|ชวงเวลา)" +
        @"|(?<progress>ผลการดำเนิน(?:งาน|การ)|รายงานความกาวหนา|ความกาวหนา)" +
        @"|(?<followup>(?:การ)?ติดตามผล)" +
        @"|(?<other>เปาหมาย|ตัวชี?วัด|วัตถุประสงค))" +
        @"\s*[:：]?\s*(?<rest>.*)$")]
    private static partial Regex Label();
}
