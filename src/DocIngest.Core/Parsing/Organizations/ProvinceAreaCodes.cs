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

    /// <summary>The area code ("038") of the province whose abbreviation is <paramref name="provinceCode"/>; null for any other code.</summary>
    public static string? Of(string provinceCode) => ByProvince.GetValueOrDefault(provinceCode);
}
