using DocIngest.Core.Thai;

namespace DocIngest.Web.Ui;

/// <summary>
/// The responsible units a measure may name: the official local-government units of the lexicon (สำนักปลัด, กองคลัง,
/// their printed variants and abbreviations, sections such as งานพัสดุ) and units people have vouched for. A unit
/// is in the catalogue when it is one of these, a unit followed by its agency (กองคลัง อบต.โคกคอน), a section with
/// its division (งานพัสดุ/กองคลัง, งานการเจ้าหน้าที่ สำนักปลัด), a position the lexicon knows (นายก อบต.), or every
/// unit at once (ทุกส่วนราชการ, ทุกกอง). Anything else is accepted as typed, and flagged for a look.
/// </summary>
public sealed class UnitCatalogue
{
    /// <summary>A stored unit printed alike in this many files counts as vouched for: OCR rarely misreads twice the same way.</summary>
    public const int FilesToTrust = 2;

    private readonly HashSet<string> _vouched;

    /// <param name="vouched">Stored units a person confirmed or corrected, or several files print alike, most used first.</param>
    public UnitCatalogue(IEnumerable<string> vouched)
    {
        Vouched = vouched.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct().ToList();
        _vouched = Vouched.Select(Key).ToHashSet(StringComparer.Ordinal);
        Suggestions = ThaiLexicon.Default.Terms(LexiconCategory.Unit).Concat(Vouched).DistinctBy(Key).ToList();
    }

    /// <summary>The official list alone (no stored units).</summary>
    public static UnitCatalogue Official { get; } = new([]);

    /// <summary>Stored units vouched for, most used first.</summary>
    public IReadOnlyList<string> Vouched { get; }

    /// <summary>What the editor suggests while a unit is typed: the official units, then the vouched ones.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    /// <summary>Whether a unit, as typed on one line, is in the catalogue.</summary>
    public bool Contains(string unit)
    {
        string text = ThaiText.Normalize(unit).Trim();
        if (text.Length == 0) return true;
        if (Known(text)) return true;
        // A section with its division: two known parts joined by "/" or a space.
        for (int i = 1; i < text.Length - 1; i++)
            if (text[i] is '/' or ' ' && Known(text[..i].Trim()) && Known(text[(i + 1)..].Trim())) return true;
        return false;
    }

    private bool Known(string text) =>
        text.Length > 0 && (_vouched.Contains(Key(text)) || ThaiLexicon.Default.ResolveUnit(text) is not null
            || ThaiLexicon.Default.Find(text)?.Category is LexiconCategory.Position or LexiconCategory.Agency
            || text.StartsWith("ทุก", StringComparison.Ordinal)
            || UnitWords.Any(w => text.StartsWith(w, StringComparison.Ordinal)) && AllWords(text)
            || PersonWithPosition(text));

    /// <summary>
    /// Words a unit's name starts with. Agencies name their sections freely (ฝ่ายส่งเสริมการท่องเที่ยว,
    /// กลุ่มงานการเงิน); such a name made of dictionary words is taken as printed, a misread one (กองคลงั) is not.
    /// </summary>
    private static readonly string[] UnitWords = ["สำนัก", "กลุ่มงาน", "กลุ่ม", "กอง", "ส่วน", "ฝ่าย", "งาน", "หน่วย", "ศูนย์"];

    private static bool AllWords(string text) =>
        ThaiWordSegmenter.Default.Tokenize(text).All(t => t.Kind is not (ThaiTokenKind.Unknown or ThaiTokenKind.Latin));

    /// <summary>A person named with a position ("นางสาว ก ข ตำแหน่ง นักวิเคราะห์นโยบายและแผน"): the position must read as words.</summary>
    private static bool PersonWithPosition(string text)
    {
        int at = text.IndexOf("ตำแหน่ง", StringComparison.Ordinal);
        return at > 0 && text[(at + "ตำแหน่ง".Length)..].Trim() is { Length: > 0 } position && AllWords(position);
    }

    /// <summary>The units of a responsible cell (one per line) that are not in the catalogue.</summary>
    public IReadOnlyList<string> Outside(string? lines) =>
        string.IsNullOrWhiteSpace(lines) ? [] : lines.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !Contains(l)).ToList();

    private static string Key(string unit) => ThaiText.Normalize(unit).Replace(" ", "", StringComparison.Ordinal);
}
