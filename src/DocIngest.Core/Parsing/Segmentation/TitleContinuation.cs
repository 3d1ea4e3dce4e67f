using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Segmentation;

/// <summary>
/// The rest of a title that wrapped onto the lines below it. Plan, analysis and meeting titles are set centred and
/// often run to two to four lines that end with the fiscal year ("มาตรการส่งเสริม…ความโปร่งใส" / "ประจำปีงบประมาณ
/// พ.ศ. ๒๕๖๔"). The title's lines are taken while they stand centred under it and until the year closes the title;
/// when no year comes within a few lines, the title is left as its first line, so that a heading without a year does
/// not swallow the organisation line or the first sentence of the body.
/// </summary>
public static partial class TitleContinuation
{
    /// <summary>At most this many wrapped lines follow the first one.</summary>
    private const int MaxContinuationLines = 3;

    /// <summary>A continuation's centre may be off the title's by this share of the page width (specks widen a box).</summary>
    private const double CentreTolerance = 0.08;

    /// <summary>The title that starts at unit <paramref name="index"/>, with the lines it wrapped onto.</summary>
    public static string Extend(IReadOnlyList<ContentUnit> units, int index, string firstLine)
    {
        if (EndsWithYear(firstLine)) return firstLine;
        var first = units[index];
        string title = firstLine;
        int taken = 0;
        for (int i = index + 1; i < units.Count && taken < MaxContinuationLines; i++)
        {
            var unit = units[i];
            if (unit.Page != first.Page || unit.IsTable) break;
            string text = LeadingSpecks().Replace(unit.Text, "");
            if (text.Length == 0 || ParsingText.IsOcrNoise(text)) continue;
            if (!CanContinue(first, unit, text)) break;
            title = ThaiText.JoinWrapped(title, text);
            taken++;
            if (EndsWithYear(title)) return title;
        }
        return firstLine;
    }

    private static bool CanContinue(ContentUnit first, ContentUnit next, string text)
    {
        if (text.Length > 120 || ParsingText.IsPageMarker(text) || OpensSomethingElse().IsMatch(text)) return false;
        if (first.Line?.Box is { } a && next.Line?.Box is { } b && first.Page.Width is int width and > 0)
            return Math.Abs(a.X + a.Width / 2.0 - (b.X + b.Width / 2.0)) <= CentreTolerance * width;
        // Text-layer and DOCX lines have no boxes: only a line that is plainly the title's year phrase continues it.
        return YearPhrase().IsMatch(text);
    }

    private static bool EndsWithYear(string text) => TitleYear().IsMatch(ParsingText.Fold(text));

    // The fiscal or calendar year that closes a title: "พ.ศ. ๒๕๖๔", "ปีงบประมาณ 2566", "ประจำปี ๒๕๖๗".
    [GeneratedRegex(@"(?:พ\s?\.?\s?ศ\s?\.?|ปี(?:งบประมาณ)?)\s*25[0-9]{2}\s*\)?$")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"^(?:ประจำปี|ปีงบประมาณ|พ\s?\.\s?ศ\s?\.)")]
    private static partial Regex YearPhrase();

    // Fields, organisation lines, meeting lines, numbered items and greetings that follow a title but are not part of it.
    [GeneratedRegex(@"^(?:เรื่อง|ที่|วันที่|ครั้งที่|ณ\s|เมื่อ|ผู้มา|ผู้ไม่มา|ผู้เข้าร่วม|เรียน|ลำดับ|ตัวชี้วัด|ระเบียบวาระ|เริ่มประชุม|ส่วนราชการ|องค์การบริหารส่วน|เทศบาล|อำเภอ|จังหวัด|สำนักงาน|วัน(?:จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)|\(?[0-9๐-๙]{1,2}\s*[.)])")]
    private static partial Regex OpensSomethingElse();

    // Specks OCR reads before a centred line (": ประจำปีงบประมาณ…").
    [GeneratedRegex(@"^[\s:;,.'`|]+")]
    private static partial Regex LeadingSpecks();
}
