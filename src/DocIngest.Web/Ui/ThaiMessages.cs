using System.Text.RegularExpressions;

namespace DocIngest.Web.Ui;

/// <summary>
/// The pipeline's failure reasons and parser warnings (English, for logs and the JSON contract) in Thai for the
/// people who read them in the UI. Known messages are translated with their figures; anything else gets a Thai
/// sentence saying what kind of problem it is, so no English reaches a clerk.
/// </summary>
public static partial class ThaiMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Thai)[] Rules =
    [
        (R(@"^file is empty \(0 bytes\)"), _ => "ไฟล์ว่างเปล่า (๐ ไบต์)"),
        (R(@"^file not found"), _ => "ไม่พบไฟล์"),
        (R(@"^file is (\d+) MB, over the limit of (\d+) MB"), m => $"ไฟล์ใหญ่ {m.Groups[1].Value} MB เกินขีดจำกัด {m.Groups[2].Value} MB"),
        (R(@"^cannot read file"), _ => "อ่านไฟล์ไม่ได้"),
        (R(@"^unsupported media type|^not a supported document|is not a supported document"), _ => "ไม่ใช่ไฟล์เอกสารที่รองรับ (PDF, TIFF, JPEG, PNG, DOCX)"),
        (R(@"^password-protected PDF"), _ => "PDF ติดรหัสผ่าน เปิดอ่านไม่ได้"),
        (R(@"^corrupt or truncated PDF"), _ => "ไฟล์ PDF เสียหรือไม่ครบ"),
        (R(@"^PDF has no pages"), _ => "PDF ไม่มีหน้า"),
        (R(@"^(?:PDF|image|DOCX) has (\d+) (?:pages|frames), over the limit of (\d+)"), m => $"มี {m.Groups[1].Value} หน้า เกินขีดจำกัด {m.Groups[2].Value} หน้า"),
        (R(@"^page (\d+) .*too large to render"), m => $"หน้า {m.Groups[1].Value} ใหญ่เกินกว่าจะแปลงเป็นภาพได้"),
        (R(@"^page (\d+) of the PDF (?:cannot be rendered|rendered to an unreadable image)"), m => $"แปลงหน้า {m.Groups[1].Value} ของ PDF เป็นภาพไม่ได้"),
        (R(@"^corrupt (?:image header|or truncated image)"), _ => "ไฟล์ภาพเสียหรือไม่ครบ"),
        (R(@"^image has no frames"), _ => "ไฟล์ภาพไม่มีภาพ"),
        (R(@"^DOCX holds no text"), _ => "ไฟล์ Word ไม่มีข้อความ (ภาพในไฟล์ Word ไม่ถูกอ่าน)"),
        (R(@"^corrupt DOCX|^DOCX has no document body"), _ => "ไฟล์ Word เสียหรือไม่ครบ"),
        (R(@"zip bomb"), _ => "ไฟล์ Word ขยายตัวผิดปกติ (อาจเป็นไฟล์อันตราย) จึงไม่อ่าน"),
        (R(@"stopped the worker (\d+) times"), m => $"ไฟล์นี้ทำให้ตัวอ่านหยุดทำงาน {m.Groups[1].Value} ครั้ง จึงพักไว้"),
        (R(@"symbolic link|FIFO|device"), _ => "ไม่ใช่ไฟล์ธรรมดา (ลิงก์หรือไฟล์พิเศษ) จึงไม่รับ"),
        (R(@"^header: (?:ส่วนราชการ )?\(?agency\)? not found|^header: ส่วนราชการ \(agency\) not found"), _ => "ส่วนหัว: ไม่พบส่วนราชการ"),
        (R(@"^header: เรื่อง \(subject\) not found"), _ => "ส่วนหัว: ไม่พบเรื่อง"),
        (R(@"^header: เรียน/เสนอ \(addressee\) not found"), _ => "ส่วนหัว: ไม่พบเรียน/เสนอ"),
        (R(@"^header: วันที่ \(date\) not found"), _ => "ส่วนหัว: ไม่พบวันที่ หรือวันที่ไม่ถูกต้อง"),
        (R(@"^header: no memo header fields found"), _ => "ส่วนหัว: ไม่พบช่องของบันทึกข้อความ"),
        (R(@"^header: issue date"), _ => "ส่วนหัว: ไม่พบวันที่ออก (ณ วันที่ …)"),
        (R(@"^header: meeting date"), _ => "ส่วนหัว: ไม่พบวันที่ประชุม"),
        (R(@"^header: phone not readable: '(.*)'"), m => $"ส่วนหัว: อ่านเบอร์โทรไม่ได้: '{m.Groups[1].Value}'"),
        (R(@"^header: date not readable: '(.*)'"), m => $"ส่วนหัว: อ่านวันที่ไม่ได้: '{m.Groups[1].Value}'"),
        (R(@"^title: no title line"), _ => "ไม่พบบรรทัดชื่อเรื่อง"),
        (R(@"^fiscal year: no"), _ => "ไม่พบปีงบประมาณและวันที่"),
        (R(@"^organization: no named"), _ => "ไม่พบชื่อหน่วยงาน"),
        (R(@"^sections: memo body not found"), _ => "ไม่พบเนื้อความของบันทึก"),
        (R(@"^signatures: no signer"), _ => "ไม่พบชื่อผู้ลงนามในวงเล็บ"),
        (R(@"^ita: analysis without"), _ => "ผลวิเคราะห์ ITA ไม่มีคะแนนตัวชี้วัดที่อ่านได้"),
        (R(@"^ita: indicator (\d+) printed with two scores \((.*) and (.*)\)"), m => $"ตัวชี้วัดที่ {m.Groups[1].Value} พิมพ์คะแนนสองค่า ({m.Groups[2].Value} และ {m.Groups[3].Value}) ใช้ค่าแรก"),
        (R(@"^measures: measure plan without"), _ => "แผนมาตรการที่อ่านมาตรการไม่ได้"),
        (R(@"^members: no committee"), _ => "ไม่พบรายชื่อกรรมการ"),
        (R(@"^members: (\d+) member\(s\) without"), m => $"กรรมการ {m.Groups[1].Value} คนไม่มีหน้าที่ที่อ่านได้"),
        (R(@"^members: no attendance"), _ => "ไม่พบรายชื่อผู้มาประชุม"),
        (R(@"^page (\d+): period '(.*)' of measure '(.*)' could not be read as dates"), m => $"หน้า {m.Groups[1].Value}: อ่านระยะเวลา '{m.Groups[2].Value}' ของมาตรการ '{m.Groups[3].Value}' เป็นวันที่ไม่ได้"),
        (R(@"^page (\d+): measure row(?: (\d+))? has no title"), m => $"หน้า {m.Groups[1].Value}: แถวมาตรการ{(m.Groups[2].Success ? " " + m.Groups[2].Value : "")} ไม่มีชื่อมาตรการ จึงข้าม"),
        (R(@"^page (\d+): a (\d+)-column table"), m => $"หน้า {m.Groups[1].Value}: ตาราง {m.Groups[2].Value} คอลัมน์ที่อ่านคอลัมน์ไม่ครบ ควรตรวจมาตรการ"),
        (R(@"^page (\d+): a measure table row without a title"), m => $"หน้า {m.Groups[1].Value}: แถวตารางมาตรการไม่มีชื่อ จึงข้าม"),
        (R(@"^classifier:"), _ => "ไม่พบแบบจำลองจำแนก ใช้กฎแทน"),
    ];

    /// <summary>A failure reason or parser warning in Thai.</summary>
    public static string Thai(string? message)
    {
        if (string.IsNullOrWhiteSpace(message)) return "";
        // Already Thai (our own messages, corrections replay warnings): as it is.
        if (!message.Any(char.IsAsciiLetter) || message.Count(c => c >= '\u0E00' && c <= '\u0E7F') > message.Count(char.IsAsciiLetter)) return message;
        foreach (var (pattern, thai) in Rules)
        {
            var m = pattern.Match(message);
            if (m.Success) return thai(m);
        }
        return message.StartsWith("page ", StringComparison.Ordinal) || message.Contains(':')
            ? "ผลการอ่านมีคำเตือน ควรตรวจค่าในเอกสารนี้"
            : "อ่านไฟล์นี้ไม่สำเร็จ";
    }

    private static Regex R(string pattern) => new(pattern, RegexOptions.CultureInvariant);
}
