using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.Text;

namespace DocIngest.Core.Parsing.Organizations;

/// <summary>
/// Finds the issuing organisation of a document and writes it out in full: local-government abbreviations
/// (อบต. อบจ. ทต. ทม. ทน.) are expanded, and common misspellings of องค์การ are repaired.
/// </summary>
public static partial class OrganizationNames
{
    private static readonly (string Abbreviation, string Full)[] Abbreviations =
    [
        ("อบต.", "องค์การบริหารส่วนตำบล"),
        ("อบจ.", "องค์การบริหารส่วนจังหวัด"),
        ("ทต.", "เทศบาลตำบล"),
        ("ทม.", "เทศบาลเมือง"),
        ("ทน.", "เทศบาลนคร"),
    ];

    /// <summary>The local-government short forms and what each stands for (อบต. / องค์การบริหารส่วนตำบล, ทต. / เทศบาลตำบล ...).</summary>
    public static IReadOnlyList<(string Abbreviation, string Full)> ShortForms => Abbreviations;

    // Words that follow an organisation's name without a space and are not part of it.
    private static readonly string[] NameStops =
    [
        "อำเภอ", "ประจำ", "เรื่อง", "ได้", "และ", "โดย", "เพื่อ", "ซึ่ง", "ทุก", "ของ", "ให้", "เป็น", "ใน", "ที่", "จึง", "ตาม",
        "ร่วม", "มี", "ว่า", "เพจ", "เว็บ", "ทาง", "โทร", "ตำบล",
    ];

    /// <summary>Expands a leading or embedded abbreviation: "อบต.โคกคอน" -> "องค์การบริหารส่วนตำบลโคกคอน".</summary>
    public static string Expand(string text)
    {
        var s = MisspeltOrganisation().Replace(text, "องค์การบริหารส่วน");
        foreach (var (abbreviation, full) in Abbreviations)
        {
            s = Regex.Replace(s, "(?<![ก-๙])" + Regex.Escape(abbreviation) + @"\s*(?=[ก-๙])", full);
        }
        return s;
    }

    /// <summary>
    /// The organisation a text is from: preferred from the given title lines, else the named local government
    /// mentioned most often. Null when no named organisation appears.
    /// </summary>
    public static string? Find(IEnumerable<string> preferredLines, IEnumerable<string> allLines)
    {
        foreach (var line in preferredLines)
        {
            var named = Candidates(line).FirstOrDefault();
            if (named is not null) return named;
        }
        var all = allLines as IReadOnlyCollection<string> ?? allLines.ToList();
        var preferredList = preferredLines as IReadOnlyCollection<string> ?? preferredLines.ToList();
        // Local governments first; other public bodies (schools, offices, hospitals) only when none is named.
        return MostMentioned(all.SelectMany(Candidates))
               ?? preferredList.SelectMany(InstitutionCandidates).FirstOrDefault()
               ?? MostMentioned(all.SelectMany(InstitutionCandidates));
    }

    /// <summary>Named public bodies other than local governments: โรงเรียน…, สำนักงาน…, โรงพยาบาล…, กรม…</summary>
    public static IEnumerable<string> InstitutionCandidates(string line)
    {
        foreach (Match m in NamedInstitution().Matches(line))
        {
            var name = m.Groups["name"].Value;
            foreach (var stop in InstitutionStops)
            {
                int at = name.IndexOf(stop, StringComparison.Ordinal);
                if (at >= 2) name = name[..at];
            }
            if (name.Length >= 3) yield return m.Groups["type"].Value + name;
        }
    }

    private static readonly string[] InstitutionStops = ["ประจำ", "เรื่อง", "โทร", "ได้", "เพื่อ", "ขอ", "แจ้ง"];

    private static string? MostMentioned(IEnumerable<string> names) => names
        .GroupBy(n => n)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key.Length)
        .Select(g => g.Key)
        .FirstOrDefault();

    /// <summary>
    /// The issuer named by an order's or announcement's title: "คำสั่งโรงเรียนบ้านนาดี" -> "โรงเรียนบ้านนาดี",
    /// "ประกาศ อบต.ดอนตาล" -> "องค์การบริหารส่วนตำบลดอนตาล". Null when the title names no issuer.
    /// </summary>
    public static string? FromTitle(string title)
    {
        var m = IssuerTitle().Match(title.Trim());
        if (!m.Success) return null;
        var issuer = Expand(m.Groups["issuer"].Value.Trim());
        return issuer.Length >= 4 ? issuer : null;
    }

    /// <summary>Every named organisation in the line, written out in full.</summary>
    public static IEnumerable<string> Candidates(string line)
    {
        var expanded = Expand(line);
        foreach (Match m in NamedOrganisation().Matches(expanded))
        {
            var name = TrimName(m.Groups["name"].Value);
            if (name.Length < 2) continue;
            yield return m.Groups["type"].Value + name;
        }
    }

    private static string TrimName(string name)
    {
        int cut = name.Length;
        foreach (var stop in NameStops)
        {
            int at = name.IndexOf(stop, 2, StringComparison.Ordinal) is var i and >= 0 ? i : -1;
            if (at >= 0 && at < cut) cut = at;
        }
        return name[..cut];
    }

    // คำสั่ง/ประกาศ, then the issuer up to a following ที่ n/yyyy or เรื่อง on the same line.
    [GeneratedRegex(@"^(?:คำ\s?สั่ง|ประกาศ)\s*(?<issuer>[^\d๐-๙]+?)\s*(?:ที่?\s*[0-9๐-๙].*|เรื่อง.*)?$")]
    private static partial Regex IssuerTitle();

    [GeneratedRegex("องค์?กา?ร?\\s?บริหารส่วน")]
    private static partial Regex MisspeltOrganisation();

    [GeneratedRegex(@"(?<![ก-๙])(?<type>โรงเรียน|โรงพยาบาล|สำนักงาน|กรม|กระทรวง|มหาวิทยาลัย|วิทยาลัย|ศูนย์|ที่ทำการ)(?<name>[ก-ฮะ-์]{3,40})")]
    private static partial Regex NamedInstitution();

    [GeneratedRegex(@"(?<type>องค์การบริหารส่วนตำบล|องค์การบริหารส่วนจังหวัด|เทศบาลตำบล|เทศบาลเมือง|เทศบาลนคร)(?<name>[ก-ฮะ-์]{2,24})")]
    private static partial Regex NamedOrganisation();
}
