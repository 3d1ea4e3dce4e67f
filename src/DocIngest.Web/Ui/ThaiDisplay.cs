using System.Globalization;
using DocIngest.Core.Extraction;
using DocIngest.Core.Thai;

namespace DocIngest.Web.Ui;

/// <summary>
/// How the UI shows values: Thai labels, dates in the Buddhist Era and Bangkok time, digits as the user chose
/// (a cookie set on the settings page; Arabic unless Thai is chosen). Stored values are never changed by this.
/// </summary>
public sealed class ThaiDisplay(IHttpContextAccessor http)
{
    public const string DigitsCookie = "docingest.digits";

    private static readonly TimeZoneInfo Bangkok = FindBangkok();

    /// <summary>True when the user asked for Thai digits.</summary>
    public bool ThaiDigits => http.HttpContext?.Request.Cookies[DigitsCookie] == "thai";

    /// <summary>The text with its digits in the user's preferred form.</summary>
    public string Digits(string? text) => text is null ? "" : ThaiDigits ? Core.Thai.ThaiDigits.ToThai(text) : Core.Thai.ThaiDigits.ToArabic(text);

    public string Number(double? value, string format = "0.##") => value is null ? "" : Digits(value.Value.ToString(format, CultureInfo.InvariantCulture));

    public string Number(int? value) => value is null ? "" : Digits(value.Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A UTC time as "29 พ.ย. 2569 20:30" in Bangkok time.</summary>
    public string Time(DateTime? utc)
    {
        if (utc is null) return "";
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc), Bangkok);
        return Digits($"{local.Day} {ThaiMonths.Abbreviation(local.Month)} {ThaiCalendar.ToBuddhistEra(local.Year)} {local:HH:mm}");
    }

    /// <summary>An ISO date (CE) as "29 พฤศจิกายน 2569"; anything unparsable is shown as stored.</summary>
    public string Date(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Date(d) : iso ?? "";

    public string Date(DateOnly? date) => date is null ? ""
        : Digits($"{date.Value.Day} {ThaiMonths.FullName(date.Value.Month)} {ThaiCalendar.ToBuddhistEra(date.Value.Year)}");

    public static string KindLabel(string kind) => kind switch
    {
        "memo" => "บันทึกข้อความ",
        "order" => "คำสั่ง",
        "announcement" => "ประกาศ",
        "minutes" => "รายงานการประชุม",
        "measure-plan" => "แผน/มาตรการ",
        "ita-analysis" => "ผลการวิเคราะห์ ITA",
        _ => "อื่น ๆ",
    };

    public static string SectionLabel(string type) => type switch
    {
        "background" => "เรื่องเดิม",
        "facts" => "ข้อเท็จจริง",
        "legal" => "ข้อกฎหมาย",
        "considerations" => "ข้อพิจารณา",
        "proposal" => "ข้อเสนอ",
        "closing" => "คำลงท้าย",
        _ => "เนื้อความ",
    };

    public static string StatusLabel(string status) => status switch
    {
        "Queued" => "รอคิว",
        "Running" => "กำลังอ่าน",
        "Succeeded" => "อ่านแล้ว รอยืนยัน",
        "Confirmed" => "ยืนยันแล้ว",
        "NeedsReview" => "รอตรวจ",
        "Failed" => "ล้มเหลว",
        "Duplicate" => "ซ้ำ",
        _ => status,
    };

    /// <summary>The document kinds as the schema names them, for filters.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        Enum.GetValues<DocumentKind>().Select(KebabEnumConverter<DocumentKind>.Format).ToArray();

    private static TimeZoneInfo FindBangkok()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok"); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Thailand has no daylight saving: a fixed +07:00 is exact when the tz database is missing.
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
        }
    }
}
