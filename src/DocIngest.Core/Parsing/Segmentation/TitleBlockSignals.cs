using System.Text.RegularExpressions;
using DocIngest.Core.Parsing.People;
using DocIngest.Core.Parsing.Text;
using DocIngest.Core.Text;

namespace DocIngest.Core.Parsing.Segmentation;

/// <summary>
/// What the opening of a Thai official document looks like, read so that one misread line does not hide it: the memo
/// header labels (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน) at line starts, a title compared letter skeleton to letter
/// skeleton with some edits allowed ("บพทกขอความ" is บันทึกข้อความ), the header row of a measure or indicator table, and
/// the signer's name in parentheses that closes a document.
/// </summary>
public static partial class TitleBlockSignals
{
    /// <summary>The memo title every บันทึกข้อความ carries (ระเบียบงานสารบรรณ).</summary>
    public const string MemoTitle = "บันทึกข้อความ";

    /// <summary>Letters a title's skeleton may differ by and still be that title, per letter of the title.</summary>
    private const double TitleEditShare = 0.25;

    /// <summary>
    /// How alike a short line is to a title, compared on skeletons (marks, spaces and dots dropped): 1 - edits / title
    /// letters; 0 for a line much longer than the title (a sentence that happens to contain it).
    /// </summary>
    public static double TitleSimilarity(string line, string title)
    {
        string a = ThaiCue.Skeleton(line), b = ThaiCue.Skeleton(title);
        if (a.Length == 0 || b.Length == 0 || a.Length > b.Length + 6) return 0;
        return Math.Max(0, 1 - (double)EditDistance.Levenshtein(a, b) / b.Length);
    }

    /// <summary>A line that reads as the memo title, exactly or with a few letters misread.</summary>
    public static bool IsMemoTitle(string line) => TitleSimilarity(line, MemoTitle) >= 1 - TitleEditShare;

    /// <summary>
    /// A line opening with a word that starts a document title (มาตรการ…, แผน…, ประกาศ…, คำสั่ง…, การวิเคราะห์ผล…, ผลการประเมิน…),
    /// allowing one misread letter in the word.
    /// </summary>
    public static bool OpensWithTitleWord(string line) => TitleWords.Any(word => OpensWith(line, word));

    /// <summary>The line opens with the word, compared on skeletons, one letter misread allowed in words of five letters or more.</summary>
    public static bool OpensWith(string line, string word)
    {
        string skeleton = ThaiCue.Skeleton(line), key = ThaiCue.Skeleton(word);
        if (skeleton.Length < key.Length) return false;
        return EditDistance.Levenshtein(skeleton[..key.Length], key) <= (key.Length >= 5 ? 1 : 0);
    }

    /// <summary>
    /// The line opens with a short title word (คำสั่ง, ประกาศ) run into the issuing body (โรงพยาบาล…, สำนักงาน…,
    /// องค์การ…, เทศบาล…), one letter misread in the whole: "ดำสั่งโรงพยาบาล…". A short word alone is compared exactly
    /// (<see cref="OpensWith"/>); with its issuer it is long enough to tolerate a letter.
    /// </summary>
    public static bool OpensWithIssuedTitle(string line, string word) =>
        IssuerWords.Any(issuer => OpensWith(line, word + issuer));

    private static readonly string[] IssuerWords = ["โรงพยาบาล", "สำนักงาน", "องค์การบริหาร", "เทศบาล", "กรม", "จังหวัด", "อำเภอ", "มหาวิทยาลัย"];

    private static readonly string[] TitleWords =
        ["มาตรการ", "แผนปฏิบัติ", "แผนการ", "แผนขับเคลื่อน", "ประกาศ", "คำสั่ง", "การวิเคราะห์ผล", "ผลการวิเคราะห์", "รายงานผล", "รายงานการวิเคราะห์", "รายงานการประชุม",
         // An ITA analysis titled by what it reports ("ผลการประเมินคุณธรรมและความโปร่งใส… (ITA)") or as a form (แบบรายงาน…):
         // behind a signed memo it is the attachment, not more of the memo.
         "ผลการประเมิน", "แบบรายงาน"];

    /// <summary>
    /// A line opening with the word that names a law, code or regulation (พระราชบัญญัติ…, กฎกระทรวง…, ประมวลจริยธรรม…,
    /// ข้อกำหนดจริยธรรม…, ระเบียบ…, ข้อบังคับ…), one letter misread allowed; not a meeting's agenda item (ระเบียบวาระ…).
    /// </summary>
    public static bool OpensWithInstrumentWord(string line) =>
        !ThaiCue.StartsWith(line, "ระเบียบวาระ") && InstrumentWords.Any(w => OpensWith(line, w));

    private static readonly string[] InstrumentWords =
        ["พระราชบัญญัติ", "พระราชกฤษฎีกา", "พระราชกำหนด", "กฎกระทรวง", "ประมวลจริยธรรม", "ประมวลกฎหมาย", "ข้อกำหนดจริยธรรม", "ระเบียบ", "ข้อบังคับ"];

    /// <summary>A gazette page's running head: หน้า n, or เล่ม n ตอนที่ n ราชกิจจานุเบกษา date.</summary>
    public static bool IsGazetteHeading(string line) =>
        ThaiCue.Contains(line, "ราชกิจจานุเบกษา") || GazettePage().IsMatch(line.Trim());

    [GeneratedRegex(@"^หน้า\s*[0-9๐-๙]+\s*$")]
    private static partial Regex GazettePage();

    /// <summary>The memo header labels (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน) that open lines among the given ones, each counted once.</summary>
    public static int MemoHeaderLabels(IEnumerable<string> lines) => MemoHeaderLabelNames(lines).Count;

    /// <summary>
    /// Which memo header labels open lines among the given ones: "agency" (ส่วนราชการ), "reference" (ที่ …/…), "date"
    /// (วันที่ n), "subject" (เรื่อง), "addressee" (เรียน). Orders and announcements share ที่, เรื่อง and a date; only a
    /// memo has ส่วนราชการ and เรียน.
    /// </summary>
    public static IReadOnlySet<string> MemoHeaderLabelNames(IEnumerable<string> lines)
    {
        var found = new HashSet<string>();
        foreach (var raw in lines)
        {
            string line = ParsingText.Fold(raw);
            if (AgencyLabel().IsMatch(line) || FuzzyAgencyLabel(line)) found.Add("agency");
            if (ReferenceLabel().IsMatch(line)) found.Add("reference");
            if (DateLabel().IsMatch(line)) found.Add("date");
            if (SubjectLabel().IsMatch(line)) found.Add("subject");
            if (AddresseeLabel().IsMatch(line)) found.Add("addressee");
        }
        return found;
    }

    /// <summary>
    /// <see cref="MemoHeaderLabelNames"/>, with the short labels เรื่อง and เรียน also found with one letter misread
    /// ("เธอง", "เธยน"): the first word of a line that goes on, compared on skeletons, same length, same first letter. For
    /// the kind vote, which counts labels together with ส่วนราชการ or เรียน; a cut between documents keeps the stricter test.
    /// </summary>
    public static IReadOnlySet<string> LooseMemoHeaderLabelNames(IReadOnlyList<string> lines)
    {
        var found = new HashSet<string>(MemoHeaderLabelNames(lines));
        foreach (var raw in lines)
        {
            string line = ParsingText.Fold(raw);
            int space = line.IndexOf(' ');
            if (space <= 0 || line.Length - space <= LooseLabelMinimumValue) continue;
            var word = ThaiCue.Skeleton(line[..space]);
            foreach (var (label, name) in LooseLabels)
                if (word.Length == label.Length && word[0] == label[0] && EditDistance.Levenshtein(word, label) <= 1) found.Add(name);
        }
        return found;
    }

    private static readonly (string Skeleton, string Name)[] LooseLabels = [(ThaiCue.Skeleton("เรื่อง"), "subject"), (ThaiCue.Skeleton("เรียน"), "addressee")];

    /// <summary>A label read loosely needs a value of more than this many characters after it.</summary>
    private const int LooseLabelMinimumValue = 3;

    /// <summary>ส่วนราชการ with a letter or two misread (bold labels break apart in scans: "ส่วนราซการ").</summary>
    private static bool FuzzyAgencyLabel(string line)
    {
        var skeleton = ThaiCue.Skeleton(line);
        const string key = "สวนราชการ";
        return skeleton.Length >= key.Length && EditDistance.Levenshtein(skeleton[..key.Length], key) <= 2 &&
               skeleton.Length > key.Length + 3;
    }

    /// <summary>A header-label block starts here: at least this many distinct labels within the next lines.</summary>
    public const int MemoHeaderMinimumLabels = 3;

    /// <summary>
    /// A line after which the document holds nothing but signatures and notes: the signer's name in parentheses, the
    /// closing formula (จึงเรียนมาเพื่อ…, จึงประกาศให้ทราบ…, สั่ง ณ วันที่…, ประกาศ ณ วันที่…), or a สิ่งที่ส่งมาด้วย line that
    /// announces an attachment to follow. What comes on a later page under a title block is then another document.
    /// </summary>
    public static bool EndsADocument(string line) =>
        IsSignerLine(line) || ClosingFormulas.Any(f => ThaiCue.StartsWith(line, f));

    private static readonly string[] ClosingFormulas = ["จึงเรียนมาเพื่อ", "จึงประกาศให้ทราบ", "สั่ง ณ วันที่", "ประกาศ ณ วันที่", "สิ่งที่ส่งมาด้วย"];

    /// <summary>A line holding only a signer's name in parentheses: "(นายวิโรจน์ มุมานะจิตต์)", what closes a signed document.</summary>
    public static bool IsSignerLine(string line)
    {
        var m = Parenthesised().Match(line.Trim());
        return m.Success && PersonNames.AtStart(m.Groups["name"].Value.Trim()) is { } name && name.Rest.Length == 0;
    }

    /// <summary>
    /// The words a measure or indicator table's header row is made of. A row that holds at least two of them (and
    /// little else) is a header row: what a table starts with on the first page of a plan or an analysis.
    /// </summary>
    private static readonly string[] TableHeaderWords =
        ["ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ขั้นตอน", "วิธีการ", "กิจกรรม", "ตัวชี้วัด", "คะแนน", "ผลการดำเนินงาน", "งบประมาณ", "เป้าหมาย"];

    /// <summary>A table row (its cells' texts) that is the header row of a measure or indicator table.</summary>
    public static bool IsTableHeaderRow(IReadOnlyList<string> cells)
    {
        var texts = cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (texts.Count < 2 || texts.Any(c => c.Length > 40)) return false;
        int hits = TableHeaderWords.Count(w => texts.Any(c => ThaiCue.Contains(c, w)));
        return hits >= 2;
    }

    [GeneratedRegex(@"^\(\s*(?<name>[^()]{4,60})\s*\)$")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^ส\s?[\u0E48]?\s?ว\s?น\s?ร\s?า\s?ช\s?ก\s?า\s?ร")]
    private static partial Regex AgencyLabel();

    // ที่ then a reference with a number: "ที่ ชบ 0832.1/50", "ที่ 12/2566"; not "ที่ประชุม…".
    [GeneratedRegex(@"^ท[\u0E34-\u0E4B]{0,3}[\s.:]+[^\s]{0,12}\s?[0-9][0-9.]*\s*/\s*[0-9]")]
    private static partial Regex ReferenceLabel();

    [GeneratedRegex(@"(?:^|\s)ว\s?[\u0E31]?\s?น\s?ท[\u0E34-\u0E4B]{0,3}\s*[0-9]{1,2}\s")]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^เร[\u0E34-\u0E4B]{0,3}อ\s?ง\s")]
    private static partial Regex SubjectLabel();

    [GeneratedRegex(@"^เร[\u0E34-\u0E4B]{0,3}ย\s?น\s")]
    private static partial Regex AddresseeLabel();
}
