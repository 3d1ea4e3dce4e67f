using System.Text.RegularExpressions;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Turns a responsible-unit item as printed into one or more units in canonical form:
/// สำนักปลัดฯ / สำนักปลัด ฯ / สำนักงานปลัด อบต. / สป. → สำนักปลัด; กค. → กองคลัง; กองการศึกษาฯ → กองการศึกษา.
/// Several units printed on one line (สำนักปลัดฯ ฝ่ายอำนวยการ, กองคลัง/กองช่าง) become one item each; a section
/// printed with its division (งานพัสดุ/กองคลัง) stays one.
/// Units not known are kept as printed, cleaned of bullets, ฯ and stray punctuation. OCR often drops the tone mark
/// of ฝ่าย and ส่วน (ฝาย, สวน): the unit word is recognised without it and written with it, and a section name the
/// lexicon knows (ฝ่ายอำนวยการ) is taken in its lexicon spelling when the reading is that close to it.
/// </summary>
public static partial class ResponsibleUnitNormalizer
{
    // Local-government units whose printed forms vary. Matched by prefix of the comparison key, OCR-tolerant.
    private static readonly string[] KnownUnits =
    [
        "สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการสังคม", "กองสาธารณสุขและสิ่งแวดล้อม",
        "กองการเจ้าหน้าที่", "กองยุทธศาสตร์และงบประมาณ", "กองแผนและงบประมาณ", "กองวิชาการและแผนงาน",
        "กองส่งเสริมการเกษตร", "กองพัสดุและทรัพย์สิน", "หน่วยตรวจสอบภายใน",
    ];

    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["สป"] = "สำนักปลัด",
        ["กค"] = "กองคลัง",
        ["กช"] = "กองช่าง",
        ["กศ"] = "กองการศึกษา",
        ["กสธ"] = "กองสาธารณสุขและสิ่งแวดล้อม",
        ["กจ"] = "กองการเจ้าหน้าที่",
    };

    // Printed variants that are not prefixes of the canonical name.
    private static readonly (string Variant, string Canonical)[] Variants =
    [
        ("สำนักงานปลัด", "สำนักปลัด"),
    ];

    private static readonly string MinistryKey = FuzzyText.Key("กระทรวง");

    /// <summary>A section name read this similar (tone marks aside) to one the lexicon knows is that section.</summary>
    private const double SectionSimilarity = 0.9;

    // Sections (ฝ่าย…, งาน…) are matched over their whole length, never by prefix: งานพัสดุและทรัพย์สิน is not งานพัสดุ.
    private static readonly (string Key, string Term)[] SectionKeys =
        ThaiLexicon.Default.Terms(LexiconCategory.Unit)
            .Where(t => t.StartsWith("ฝ่าย", StringComparison.Ordinal) || t.StartsWith("งาน", StringComparison.Ordinal))
            .Select(t => (FuzzyText.Key(t), t)).ToArray();

    private static readonly (string Key, string Canonical)[] CanonicalKeys =
        KnownUnits.Select(u => (FuzzyText.Key(u), u)).Concat(Variants.Select(v => (FuzzyText.Key(v.Variant), v.Canonical)))
            .OrderByDescending(p => p.Item1.Length).ToArray();

    /// <summary>The units one printed item names, canonical, in order.</summary>
    public static IEnumerable<string> Normalize(string item)
    {
        var text = ThaiText.Normalize(CellItemSplitter.StripMarker(item)).Replace('\n', ' ');
        text = SpaceBeforeAbbreviationMark().Replace(text, "ฯ");
        var parts = UnitBoundary().Split(text);
        int offset = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            var unit = Canonical(parts[i]);
            int end = offset + parts[i].Length;
            if (unit.Length == 0) { offset = end; continue; }
            // A section (งาน) printed right before the division it belongs to is one unit, the section of that
            // division: งานพัสดุ/กองคลัง, งานการเจ้าหน้าที่ สำนักปลัด. Joined by และ or a comma they are two.
            if (unit.StartsWith("งาน", StringComparison.Ordinal) && i + 1 < parts.Length)
            {
                int next = text.IndexOf(parts[i + 1], end, StringComparison.Ordinal);
                string between = next >= end ? text[end..next] : "";
                var division = Canonical(parts[i + 1]);
                if (between.Trim() is "" or "/" && (division.StartsWith("กอง", StringComparison.Ordinal) || division.StartsWith("สำนัก", StringComparison.Ordinal)))
                {
                    yield return unit + (between.Contains('/') ? "/" : " ") + division;
                    offset = next + parts[i + 1].Length;
                    i++;
                    continue;
                }
            }
            // A division printed with the ministry office it belongs to (กองกลาง สำนักงานปลัดกระทรวงสาธารณสุข, its cell
            // wrapping between them) is one unit: the office is whose division it is, not a second unit.
            if (!IsMinistryOffice(unit) && i + 1 < parts.Length && IsMinistryOffice(Canonical(parts[i + 1])))
            {
                int next = text.IndexOf(parts[i + 1], end, StringComparison.Ordinal);
                if (next >= end && text[end..next].Trim().Length == 0)
                {
                    yield return unit + " " + Canonical(parts[i + 1]);
                    offset = next + parts[i + 1].Length;
                    i++;
                    continue;
                }
            }
            yield return unit;
            offset = end;
        }
    }

    /// <summary>
    /// A ministry's office (สำนักงานปลัดกระทรวง…, the permanent secretary's office of a ministry): an organisation
    /// divisions belong to, never the สำนักปลัด of a local government it reads like.
    /// </summary>
    private static bool IsMinistryOffice(string unit) => MinistryOffice().IsMatch(unit);

    /// <summary>Canonical units of several items, duplicates removed, first occurrence kept.</summary>
    public static IReadOnlyList<string> NormalizeAll(IEnumerable<string> items) => items.SelectMany(Normalize).Distinct().ToList();

    private static string Canonical(string printed)
    {
        var cleaned = Clean(printed);
        if (cleaned.Length == 0) return cleaned;
        if (IsMinistryOffice(cleaned)) return JoinWrappedName(cleaned);
        var key = FuzzyText.Key(cleaned);
        if (Abbreviations.TryGetValue(key, out var fromAbbreviation)) return fromAbbreviation;
        foreach (var (canonicalKey, canonical) in CanonicalKeys)
        {
            // สำนักงานปลัดกระทรวงสาธารณสุข is a ministry's office, not a municipality's สำนักปลัด: a name that goes on
            // with its ministry is kept as printed.
            if (key.StartsWith(canonicalKey, StringComparison.Ordinal) && key[canonicalKey.Length..].StartsWith(MinistryKey, StringComparison.Ordinal))
                break;
            if (key.StartsWith(canonicalKey, StringComparison.Ordinal)) return canonical;
            // OCR may miss or swap a letter; a long name compared over its own length still identifies it.
            if (canonicalKey.Length >= 6 && key.Length >= canonicalKey.Length - 1 &&
                FuzzyText.Similarity(key[..Math.Min(key.Length, canonicalKey.Length)], canonicalKey) >= 0.85)
                return canonical;
        }
        return UnitWord().IsMatch(cleaned) ? KnownSection(WithUnitWordMark(JoinWrappedName(cleaned))) : cleaned;
    }

    /// <summary>The unit word written with the tone mark OCR dropped: ฝายอำนวยการ → ฝ่ายอำนวยการ, สวนการคลัง → ส่วนการคลัง.</summary>
    private static string WithUnitWordMark(string name) => UnmarkedUnitWord().Replace(name, m => m.Value[0] + "่" + m.Value[1..]);

    /// <summary>The lexicon's spelling of a section the name is a close reading of (ฝ่ายอ้านวยการ → ฝ่ายอำนวยการ), else the name.</summary>
    private static string KnownSection(string name)
    {
        var key = FuzzyText.Key(name);
        foreach (var (sectionKey, term) in SectionKeys)
            if (FuzzyText.Similarity(key, sectionKey) >= SectionSimilarity) return term;
        return name;
    }

    /// <summary>
    /// A unit name (it starts with a unit word) the list does not know, with the spaces a wrap inside its cell left removed ("ฝ่ายอำนวย การ" ->
    /// "ฝ่ายอำนวยการ"): a name is one Thai word run (a second unit was split off before), so a space is kept only
    /// before a piece that is not plain Thai letters (a number) or is a known abbreviation (อบจ.).
    /// </summary>
    private static string JoinWrappedName(string name)
    {
        var pieces = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = new System.Text.StringBuilder(pieces[0]);
        for (int i = 1; i < pieces.Length; i++)
        {
            bool wrapped = pieces[i].All(ThaiCharacters.IsThaiLetter) && ThaiCharacters.IsThaiLetter(joined[^1]) &&
                           ThaiLexicon.Default.Find(pieces[i] + ".") is null;
            if (!wrapped) joined.Append(' ');
            joined.Append(pieces[i]);
        }
        return joined.ToString();
    }

    private static string Clean(string printed)
    {
        var t = printed.Trim().TrimEnd('ฯ', '.', ',', ';', ':', ' ', '-').Trim();
        t = TrailingAbbreviationMark().Replace(t, "").Trim();
        // The stop that ends an abbreviation (สำนักงาน ก.พ., ป.ป.ช., อบจ.) is part of it, not punctuation.
        return EndsWithAbbreviation().IsMatch(t) && printed.TrimEnd(',', ';', ':', ' ', '-').EndsWith('.') ? t + "." : t;
    }

    // A new unit starts at a unit word (สำนัก, กอง, ฝ่าย, งาน, หน่วย, ศูนย์, ส่วน; ฝ่าย and ส่วน also without their
    // tone mark, which OCR drops) after a space, a slash, a comma or และ; ส่วน after บริหาร goes on the name, wrapped or
    // not (ราชการบริหารส่วนภูมิภาค, องค์การบริหารส่วนตำบล); a unit word after ทุก (every) ends the name it quantifies
    // (หน่วยงานของรัฐทุกหน่วยงาน, wrapped after ทุก), never opens a unit.
    [GeneratedRegex(@"(?<!ทุก\s*)(?:\s*และ\s*|\s*/\s*|\s*,\s*|\s+)(?=(?:สำนัก|กอง|ฝ่?าย|งาน|หน่วย|ศูนย์)[ก-๙]|(?<!บริหาร\s*)ส่?วน[ก-๙])")]
    private static partial Regex UnitBoundary();

    [GeneratedRegex(@"^สำนักงาน\s?(?:ปลัด\s?)?กระทรวง")]
    private static partial Regex MinistryOffice();

    [GeneratedRegex(@"^(?:สำนัก|กอง|ฝ่?าย|งาน|หน่วย|ศูนย์|ส่?วน)[ก-๙]")]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"^(?:ฝาย|สวน)(?=[ก-ฮเแโใไ])")]
    private static partial Regex UnmarkedUnitWord();

    [GeneratedRegex(@"\s+ฯ")]
    private static partial Regex SpaceBeforeAbbreviationMark();

    [GeneratedRegex(@"ฯ$")]
    private static partial Regex TrailingAbbreviationMark();

    // The last word an abbreviation of dotted letters (ก.พ, ป.ป.ช) or of letters closed by its stop (อบจ), its final stop cut.
    [GeneratedRegex(@"(?:^|\s)(?:(?:[ก-ฮ]\.)+[ก-ฮ]|[ก-ฮ]{2,4})$")]
    private static partial Regex EndsWithAbbreviation();
}
