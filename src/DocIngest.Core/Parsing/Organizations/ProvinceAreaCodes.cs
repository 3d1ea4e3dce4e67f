namespace DocIngest.Core.Parsing.Organizations;

/// <summary>
/// The landline area code of each province, by the province's official abbreviation (the code that opens a provincial,
/// district or local office's references, <see cref="ReferenceCodes"/>). A landline belongs to its province's area:
/// an office whose reference opens with ชบ (ชลบุรี) has a 038 number.
/// </summary>
public static class ProvinceAreaCodes
{
    private static readonly Dictionary<string, string> ByProvince = new(StringComparer.Ordinal)
    {
        ["นบ"] = "02", ["ปท"] = "02", ["สป"] = "02",
        ["ปข"] = "032", ["พบ"] = "032", ["รบ"] = "032",
        ["กจ"] = "034", ["นฐ"] = "034", ["สค"] = "034", ["สส"] = "034",
        ["อท"] = "035", ["อย"] = "035", ["สพ"] = "035",
        ["ลบ"] = "036", ["สบ"] = "036", ["สห"] = "036",
        ["นย"] = "037", ["ปจ"] = "037", ["สก"] = "037",
        ["ฉช"] = "038", ["ชบ"] = "038", ["รย"] = "038",
        ["จบ"] = "039", ["ตร"] = "039",
        ["บก"] = "042", ["นพ"] = "042", ["มห"] = "042", ["ลย"] = "042", ["สน"] = "042", ["นค"] = "042", ["นภ"] = "042", ["อด"] = "042",
        ["กส"] = "043", ["ขก"] = "043", ["มค"] = "043", ["รอ"] = "043",
        ["ชย"] = "044", ["นม"] = "044", ["บร"] = "044", ["สร"] = "044",
        ["ยส"] = "045", ["ศก"] = "045", ["อจ"] = "045", ["อบ"] = "045",
        ["ชร"] = "053", ["ชม"] = "053", ["มส"] = "053", ["ลพ"] = "053",
        ["นน"] = "054", ["พย"] = "054", ["พร"] = "054", ["ลป"] = "054",
        ["กพ"] = "055", ["ตก"] = "055", ["พล"] = "055", ["สท"] = "055", ["อต"] = "055",
        ["ชน"] = "056", ["นว"] = "056", ["พจ"] = "056", ["พช"] = "056", ["อน"] = "056",
        ["ปน"] = "073", ["ยล"] = "073", ["นธ"] = "073",
        ["พท"] = "074", ["สข"] = "074", ["สต"] = "074",
        ["กบ"] = "075", ["ตง"] = "075", ["นศ"] = "075",
        ["พง"] = "076", ["ภก"] = "076",
        ["ชพ"] = "077", ["รน"] = "077", ["สฎ"] = "077",
    };

    /// <summary>Each province's official abbreviation by its name as agencies write it after จังหวัด (or จ.).</summary>
    private static readonly Dictionary<string, string> CodeByName = new(StringComparer.Ordinal)
    {
        ["กระบี่"] = "กบ", ["กาญจนบุรี"] = "กจ", ["กาฬสินธุ์"] = "กส", ["กำแพงเพชร"] = "กพ", ["ขอนแก่น"] = "ขก",
        ["จันทบุรี"] = "จบ", ["ฉะเชิงเทรา"] = "ฉช", ["ชลบุรี"] = "ชบ", ["ชัยนาท"] = "ชน", ["ชัยภูมิ"] = "ชย", ["ชุมพร"] = "ชพ",
        ["เชียงราย"] = "ชร", ["เชียงใหม่"] = "ชม", ["ตรัง"] = "ตง", ["ตราด"] = "ตร", ["ตาก"] = "ตก", ["นครนายก"] = "นย",
        ["นครปฐม"] = "นฐ", ["นครพนม"] = "นพ", ["นครราชสีมา"] = "นม", ["นครศรีธรรมราช"] = "นศ", ["นครสวรรค์"] = "นว",
        ["นนทบุรี"] = "นบ", ["นราธิวาส"] = "นธ", ["น่าน"] = "นน", ["บึงกาฬ"] = "บก", ["บุรีรัมย์"] = "บร", ["ปทุมธานี"] = "ปท",
        ["ประจวบคีรีขันธ์"] = "ปข", ["ปราจีนบุรี"] = "ปจ", ["ปัตตานี"] = "ปน", ["พระนครศรีอยุธยา"] = "อย", ["พะเยา"] = "พย",
        ["พังงา"] = "พง", ["พัทลุง"] = "พท", ["พิจิตร"] = "พจ", ["พิษณุโลก"] = "พล", ["เพชรบุรี"] = "พบ", ["เพชรบูรณ์"] = "พช",
        ["แพร่"] = "พร", ["ภูเก็ต"] = "ภก", ["มหาสารคาม"] = "มค", ["มุกดาหาร"] = "มห", ["แม่ฮ่องสอน"] = "มส", ["ยโสธร"] = "ยส",
        ["ยะลา"] = "ยล", ["ร้อยเอ็ด"] = "รอ", ["ระนอง"] = "รน", ["ระยอง"] = "รย", ["ราชบุรี"] = "รบ", ["ลพบุรี"] = "ลบ",
        ["ลำปาง"] = "ลป", ["ลำพูน"] = "ลพ", ["เลย"] = "ลย", ["ศรีสะเกษ"] = "ศก", ["สกลนคร"] = "สน", ["สงขลา"] = "สข",
        ["สตูล"] = "สต", ["สมุทรปราการ"] = "สป", ["สมุทรสงคราม"] = "สส", ["สมุทรสาคร"] = "สค", ["สระแก้ว"] = "สก",
        ["สระบุรี"] = "สบ", ["สิงห์บุรี"] = "สห", ["สุโขทัย"] = "สท", ["สุพรรณบุรี"] = "สพ", ["สุราษฎร์ธานี"] = "สฎ",
        ["สุรินทร์"] = "สร", ["หนองคาย"] = "นค", ["หนองบัวลำภู"] = "นภ", ["อ่างทอง"] = "อท", ["อำนาจเจริญ"] = "อจ",
        ["อุดรธานี"] = "อด", ["อุตรดิตถ์"] = "อต", ["อุทัยธานี"] = "อน", ["อุบลราชธานี"] = "อบ",
    };

    /// <summary>The area code ("038") of the province whose abbreviation is <paramref name="provinceCode"/>; null for any other code.</summary>
    public static string? Of(string provinceCode) => ByProvince.GetValueOrDefault(provinceCode);

    /// <summary>
    /// The abbreviation ("ชบ") of the one province an agency's name places it in ("สำนักงานสาธารณสุขอำเภอหนองใหญ่
    /// จังหวัดชลบุรี", "อบต.บางพระ จ.ชลบุรี"): a province's name right after จังหวัด or จ. (spaces aside). Null when no
    /// province is named so, or two different ones are.
    /// </summary>
    public static string? CodeNamedIn(string agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var text = agency.Replace(" ", "", StringComparison.Ordinal);
        string? found = null;
        foreach (var cue in (ReadOnlySpan<string>)["จังหวัด", "จ."])
        {
            for (int at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                var rest = text.AsSpan(at + cue.Length);
                // The longest name that opens the rest: นครพนม, not a shorter name it might begin with.
                string? name = null;
                foreach (var candidate in CodeByName.Keys)
                    if (rest.StartsWith(candidate, StringComparison.Ordinal) && (name is null || candidate.Length > name.Length)) name = candidate;
                if (name is null) continue;
                if (found is not null && found != CodeByName[name]) return null;
                found = CodeByName[name];
            }
        }
        return found;
    }
}
