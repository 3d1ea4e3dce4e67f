using System.Text.RegularExpressions;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.People;

/// <summary>
/// Signature blocks: the signer's name in parentheses "(นายมีชัย จงสันเทียะ)", the position on the line(s) below,
/// and — on the (ลงชื่อ) line of minutes — the signer's role (ผู้บันทึกรายงานการประชุม, ผู้รับรอง…).
/// </summary>
public sealed partial class SignatureParser
{
    private static readonly string[] NotPositions = ["ทราบ", "อนุมัติ", "ไม่อนุมัติ", "เห็นชอบ", "ไม่เห็นชอบ", "ลงชื่อ", "ความเห็น", "เรียน", "จึงเรียน"];

    public IReadOnlyList<Person> Parse(IReadOnlyList<string> lines)
    {
        var signatures = new List<Person>();
        for (int i = 0; i < lines.Count; i++)
        {
            var m = Parenthesised().Match(lines[i]);
            if (!m.Success) continue;
            var inner = ParsingText.OneLine(m.Groups["name"].Value);
            var titled = PersonNames.AtStart(inner);
            string name;
            if (titled is not null && titled.Rest.Length == 0) name = titled.Name;
            else if (PersonNames.LooksLikeBareName(inner) && !ThaiCue.StartsWith(inner, "ลงชื่อ")) name = inner;
            else continue;

            var position = Position(lines, i + 1);
            var role = i > 0 ? SignerRole(lines[i - 1]) : null;
            var person = new Person(name, position, role);
            if (!signatures.Contains(person)) signatures.Add(person);
        }
        return signatures;
    }

    // One position line; more when it ends in แทน (รองปลัด… / รักษาราชการแทน / ปลัด…), or when the organisation at its
    // end wrapped its name onto the next line (นายกองค์การบริหารส่วนตำบลหนอง / แวง).
    private static string? Position(IReadOnlyList<string> lines, int from)
    {
        var parts = new List<string>();
        for (int i = from; i < lines.Count && parts.Count < 3; i++)
        {
            var line = TrimSpecks(lines[i]);
            if (parts.Count > 0 && IsWrappedOrganisationName(parts[^1], line))
            {
                parts[^1] = ThaiText.JoinWrapped(parts[^1], line);
                continue;
            }
            // After a joined name, a further line belongs to the position only when the position asks for one (…แทน).
            if (parts.Count > 0 && !parts[^1].EndsWith("แทน", StringComparison.Ordinal) && !StartsActing(line)) break;
            if (!IsPositionLine(line)) break;
            parts.Add(line);
            bool more = line.EndsWith("แทน", StringComparison.Ordinal) || i + 1 < lines.Count && StartsActing(lines[i + 1]) ||
                        i + 1 < lines.Count && IsWrappedOrganisationName(line, TrimSpecks(lines[i + 1]));
            if (!more) break;
        }
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>
    /// True when <paramref name="next"/> is the rest of an organisation name that <paramref name="position"/> ends with:
    /// one Thai word standing alone, after a position ending in a local-government or province/district body.
    /// </summary>
    private static bool IsWrappedOrganisationName(string position, string next) =>
        next.Length is > 0 and <= 20 && !next.Contains(' ') && next.All(ThaiCharacters.IsThaiLetter) &&
        !NotPositions.Any(n => ThaiCue.StartsWith(next, n)) && !PositionWord().IsMatch(next) && !StartsActing(next) && OrganisationAtEnd().IsMatch(position);

    /// <summary>The line without the specks OCR reads beside it ("; หัวหน้าสำนักปลัด", "ผู้ช่วยเจ้าพนักงานธุรการ .").</summary>
    private static string TrimSpecks(string line) => TrailingSpecks().Replace(LeadingSpecks().Replace(line.Trim(), ""), "");

    private static bool StartsActing(string line) => ThaiCue.StartsWith(line, "รักษาราชการแทน") || ThaiCue.StartsWith(line, "ปฏิบัติราชการแทน");

    private static bool IsPositionLine(string line) =>
        line.Length is > 1 and <= 90 && !line.StartsWith('(') && !NotPositions.Any(n => ThaiCue.StartsWith(line, n)) &&
        !line.Any(char.IsDigit) && !line.Contains('/');

    // "(ลงชื่อ) นุชจรินทร์ พรีพรม ผู้บันทึกรายงานการประชุม" -> ผู้บันทึกรายงานการประชุม
    private static string? SignerRole(string line)
    {
        var m = SignerRoleWord().Match(line);
        return m.Success ? m.Value.Trim() : null;
    }

    // Specks may stand before the parenthesis (". (นาง…)").
    [GeneratedRegex(@"^[\s.,:;'`|]*(?:\(?ลงชื่อ\)?\s*)?\((?<name>[^()]{4,60})\)\s*$")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"(?:องค์การบริหารส่วน(?:จังหวัด|ตำบล[ก-๎]*)?|เทศบาล(?:ตำบล|เมือง|นคร)[ก-๎]*|จังหวัด|อำเภอ)$")]
    private static partial Regex OrganisationAtEnd();

    // Words that open a position of its own (the next signer's), never the rest of an organisation name.
    [GeneratedRegex(@"^(?:ปลัด|นายก|รอง|หัวหน้า|ผู้|เจ้าพนักงาน|เจ้าหน้าที่|นัก|ประธาน|กรรมการ|เลขานุการ)")]
    private static partial Regex PositionWord();

    [GeneratedRegex(@"^[;:,.'`""|]+\s*")]
    private static partial Regex LeadingSpecks();

    // A speck standing apart after the position ("ธุรการ ."); dots that end an abbreviation (ผอ.) stay.
    [GeneratedRegex(@"(?:\s+[;:,.'`""|]+|[;:,'`""|]+)$")]
    private static partial Regex TrailingSpecks();

    [GeneratedRegex(@"ผู้(?:บันทึก|จด|ตรวจ|รับรอง)[ก-๎]*")]
    private static partial Regex SignerRoleWord();
}
