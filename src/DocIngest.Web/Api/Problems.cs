namespace DocIngest.Web.Api;

/// <summary>
/// Problem details a person may read: a stable <c>type</c> for scripts to branch on (it never changes with the wording),
/// with Thai <c>title</c> and <c>detail</c>.
/// </summary>
public static class Problems
{
    public const string NotFound = "/problems/not-found";
    public const string NotReady = "/problems/not-ready";
    public const string InvalidCorrection = "/problems/invalid-correction";
    public const string UnknownField = "/problems/unknown-field";
    public const string Conflict = "/problems/conflict";
    public const string BadUpload = "/problems/bad-upload";
    public const string BadRequest = "/problems/bad-request";
    public const string NotFailed = "/problems/not-failed";
    public const string TooLarge = "/problems/too-large";
    public const string QueryTooShort = "/problems/query-too-short";

    private static readonly Dictionary<string, string> Titles = new()
    {
        [NotFound] = "ไม่พบ",
        [NotReady] = "ยังอ่านไม่เสร็จ",
        [InvalidCorrection] = "ค่าที่แก้ไขไม่ถูกต้อง",
        [UnknownField] = "ไม่มีช่องหรือแถวนี้",
        [Conflict] = "มีผู้อื่นบันทึกก่อน",
        [BadUpload] = "ส่งไฟล์ไม่สำเร็จ",
        [BadRequest] = "คำขอไม่ถูกต้อง",
        [NotFailed] = "ไฟล์นี้ไม่ได้ล้มเหลว",
        [TooLarge] = "ไฟล์ใหญ่เกินขีดจำกัด",
        [QueryTooShort] = "คำค้นสั้นเกินไป",
    };

    /// <summary>A problem result of a known type with a Thai detail.</summary>
    public static IResult Result(string type, int status, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: Titles[type], type: type, extensions: extensions);
}
