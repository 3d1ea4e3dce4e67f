using System.Text.RegularExpressions;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Recognises the key–value lines of a Thai official memo or letter head (ส่วนราชการ … โทร. …, ที่ … วันที่ …,
/// เรื่อง …, เรียน …, อ้างถึง …, สิ่งที่ส่งมาด้วย …). They are kept as lines of their own instead of being
/// run into paragraphs, so that parsers can read each field.
/// </summary>
public static partial class MemoHeaderLine
{
    /// <summary>True when the (cleaned) line starts with a memo header key followed by a space, dot or colon.</summary>
    public static bool IsKeyValue(string line) => Key().IsMatch(line.TrimStart());

    [GeneratedRegex(@"^(?:ส่วนราชการ|ที่|วันที่|เรื่อง|เรียน|อ้างถึง|สิ่งที่ส่งมาด้วย)(?=[\s.:]|$)")]
    private static partial Regex Key();
}
