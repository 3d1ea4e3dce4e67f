using DocIngest.Core.Text;
using DocIngest.Core.Thai;

namespace DocIngest.Core.Parsing.Organizations;

/// <summary>
/// The two-letter codes that open Thai government references (ที่ ชบ ๐๘๓๒.๑/๕๐): the provinces' official
/// abbreviations, which provincial, district and local offices use, and the ministries' (มท, สธ, ศธ ...). OCR confuses
/// their consonants with look-alikes (ซบ for ชบ); a code that is none of these but one look-alike away from exactly one
/// of them is that one.
/// </summary>
public static class ReferenceCodes
{
    /// <summary>The 77 provinces' abbreviations (กรุงเทพมหานคร's three-letter กทม aside) and the ministries' codes.</summary>
    public static IReadOnlySet<string> TwoLetterCodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Provinces.
        "กบ", "กจ", "กส", "กพ", "ขก", "จบ", "ฉช", "ชบ", "ชน", "ชย", "ชพ", "ชร", "ชม", "ตง", "ตร", "ตก", "นย", "นฐ", "นพ",
        "นม", "นศ", "นว", "นบ", "นธ", "นน", "บก", "บร", "ปท", "ปข", "ปจ", "ปน", "อย", "พย", "พง", "พท", "พจ", "พล", "พบ",
        "พช", "พร", "ภก", "มค", "มห", "มส", "ยส", "ยล", "รอ", "รน", "รย", "รบ", "ลบ", "ลป", "ลพ", "ลย", "ศก", "สน", "สข",
        "สต", "สป", "สส", "สค", "สก", "สบ", "สห", "สท", "สพ", "สฎ", "สร", "นค", "นภ", "อท", "อจ", "อด", "อต", "อน", "อบ",
        // Ministries and the Prime Minister's office.
        "นร", "กห", "กค", "กต", "กก", "พม", "กษ", "คค", "ทส", "ดศ", "พน", "พณ", "มท", "ยธ", "รง", "วธ", "อว", "ศธ", "สธ", "อก",
    };

    /// <summary>
    /// <paramref name="code"/> itself when it is a known two-letter code or anything other than two or three Thai consonants;
    /// the one known code it differs from by one consonant read as its look-alike, or by one consonant read twice
    /// (<see cref="WithoutDoubledLetter"/>), when there is exactly one; itself otherwise.
    /// </summary>
    public static string Correct(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length == 3 && code.All(ThaiCharacters.IsConsonant)) return WithoutDoubledLetter(code);
        if (code.Length != 2 || !code.All(ThaiCharacters.IsConsonant) || TwoLetterCodes.Contains(code)) return code;
        string? only = null;
        foreach (var known in TwoLetterCodes)
        {
            // One consonant read as its look-alike, the other right.
            bool near = (known[0] == code[0] && AreLookAlikes(known[1], code[1]))
                        || (known[1] == code[1] && AreLookAlikes(known[0], code[0]));
            if (!near) continue;
            if (only is not null) return code;
            only = known;
        }
        return only ?? code;
    }

    /// <summary>
    /// A three-letter code that is a known two-letter one with one consonant read twice, as itself and as its look-alike
    /// beside it (ชซบ for ชบ: thin strokes broke ช and the engine wrote both readings); itself when no such known code or
    /// more than one is left by dropping one letter.
    /// </summary>
    private static string WithoutDoubledLetter(string code)
    {
        string? only = null;
        for (int i = 0; i < code.Length; i++)
        {
            bool doubled = (i > 0 && AreLookAlikes(code[i - 1], code[i])) || (i + 1 < code.Length && AreLookAlikes(code[i], code[i + 1]));
            string shorter = code.Remove(i, 1);
            if (!doubled || !TwoLetterCodes.Contains(shorter)) continue;
            if (only is not null && only != shorter) return code;
            only = shorter;
        }
        return only ?? code;
    }

    /// <summary>
    /// The text look-alikes, and ข for ช: the bold code at a size larger than the text loses ช's small tail on copies
    /// and low-resolution scans (ชบ read as ขบ on two of ten captures of the tuning memos, docs/real-documents.md). Not a
    /// text-wide look-alike: in running text the dictionary tells ข from ช, here nothing else does. And ย for ข (ขก read
    /// as ยก on a tuning scan): the text look-alikes list the pair, but ข belongs to its ฃ group there, so the pair never
    /// counts.
    /// </summary>
    private static bool AreLookAlikes(char a, char b) =>
        ThaiEditCosts.AreLookAlikes(a, b) || (a, b) is ('ข', 'ช') or ('ช', 'ข') or ('ข', 'ย') or ('ย', 'ข');
}
