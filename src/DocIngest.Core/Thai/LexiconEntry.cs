namespace DocIngest.Core.Thai;

/// <summary>What an official term is.</summary>
public enum LexiconCategory
{
    /// <summary>A type of local government body: องค์การบริหารส่วนตำบล, เทศบาลเมือง, ...</summary>
    Agency,
    /// <summary>A unit inside an agency: สำนักปลัด, กองคลัง, ฝ่ายอำนวยการ, ...</summary>
    Unit,
    /// <summary>A position or committee role: นายกองค์การบริหารส่วนตำบล, กรรมการและเลขานุการ, ...</summary>
    Position,
    /// <summary>A document type: บันทึกข้อความ, คำสั่ง, ...</summary>
    Document,
    /// <summary>A memo header label: ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, ...</summary>
    MemoLabel,
    /// <summary>A memo section heading: เรื่องเดิม, ข้อเท็จจริง, ข้อกฎหมาย, ...</summary>
    Heading,
    /// <summary>Integrity and transparency assessment (ITA) vocabulary: ตัวชี้วัด, การใช้งบประมาณ, ...</summary>
    Ita,
    /// <summary>A month name.</summary>
    Month,
}

/// <summary>One official term: its canonical spelling, category, and the variants and abbreviations that mean it.</summary>
public sealed record LexiconEntry(string Term, LexiconCategory Category, IReadOnlyList<string> Variants)
{
    /// <summary>The canonical term followed by its variants.</summary>
    public IEnumerable<string> Spellings => Variants.Prepend(Term);

    /// <summary>Variants written as abbreviations (ending in a dot): อบต., กค.</summary>
    public IEnumerable<string> Abbreviations => Variants.Where(v => v.EndsWith('.'));
}
