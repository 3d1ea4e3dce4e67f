using System.Globalization;
using DocIngest.Core.Extraction;
using DocIngest.Core.Thai;
using DocIngest.Data.Entities;

namespace DocIngest.Data.Corrections;

/// <summary>How a correctable value is written (and which input the review UI shows for it).</summary>
public enum CorrectionValueType
{
    /// <summary>Free text, trimmed; empty means no value.</summary>
    Text,
    /// <summary>A whole number (Thai digits accepted).</summary>
    Integer,
    /// <summary>A decimal number, invariant culture ("85.5").</summary>
    Number,
    /// <summary>A date, stored ISO yyyy-MM-dd (Common Era); typed as printed (see <see cref="PrintedDate"/>).</summary>
    Date,
    /// <summary>A list, one item per line ("\n"-separated); blank lines are dropped.</summary>
    Lines,
    /// <summary>One of <see cref="CorrectionField.Choices"/>.</summary>
    Choice,
}

/// <summary>One correctable field of a target: its camelCase name, value type, whether it may be empty, its choices and range.</summary>
public sealed record CorrectionField(string Name, CorrectionValueType Type, bool Required, IReadOnlyList<string>? Choices = null,
    double? Minimum = null, double? Maximum = null);

/// <summary>
/// The one list of what a reviewer may correct, per target, with how each value is validated, read from and written
/// to its record. <see cref="CorrectionService"/> (edits) and the replay after a re-parse both go through it, so a
/// value is interpreted the same way when it is entered and when it is re-applied.
/// </summary>
public static class CorrectionFields
{
    /// <summary>The pseudo-field of a document's confirmation in the correction log (not editable as a value).</summary>
    public const string Confirmed = "confirmed";

    private static readonly IReadOnlyList<string> Kinds = Enum.GetValues<DocumentKind>().Select(KebabEnumConverter<DocumentKind>.Format).ToArray();
    private static readonly IReadOnlyList<string> SectionTypes = Enum.GetValues<SectionType>().Select(KebabEnumConverter<SectionType>.Format).ToArray();
    private static readonly IReadOnlyList<string> Grades = ["AA", "A", "B", "C", "D", "E", "F"];

    // Fiscal years are Buddhist Era; the range catches a CE year or a misread digit.
    private const int MinFiscalYear = 2400, MaxFiscalYear = 2700;

    private static readonly Dictionary<CorrectionTarget, FieldAccessor[]> Catalogue = new()
    {
        [CorrectionTarget.Document] =
        [
            Choice<DocumentRecord>("kind", "kind", Kinds, r => r.Kind, (r, v) => r.Kind = v!, required: true),
            Text<DocumentRecord>("title", "title", r => r.Title, (r, v) => r.Title = v),
            Text<DocumentRecord>("organization", "organization", r => r.Organization, (r, v) => r.Organization = v),
            Integer<DocumentRecord>("fiscalYear", "fiscalYear", r => r.FiscalYear, (r, v) => r.FiscalYear = v, MinFiscalYear, MaxFiscalYear),
            Text<DocumentRecord>("orderNumber", "orderNumber", r => r.OrderNumber, (r, v) => r.OrderNumber = v),
            Text<DocumentRecord>("agency", "header.agency", r => r.Agency, (r, v) => r.Agency = v),
            Text<DocumentRecord>("phone", "header.phone", r => r.Phone, (r, v) => r.Phone = v),
            Text<DocumentRecord>("reference", "header.reference", r => r.Reference, (r, v) => r.Reference = v),
            // The header date is stored as its ISO text, so it is validated as a date but kept as text.
            Date<DocumentRecord>("date", "header.date", r => ParseDate(r.Date), (r, v) => r.Date = v?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Text<DocumentRecord>("dateText", "header.dateText", r => r.DateText, (r, v) => r.DateText = v),
            Text<DocumentRecord>("subject", "header.subject", r => r.Subject, (r, v) => r.Subject = v),
            Text<DocumentRecord>("addressee", "header.addressee", r => r.Addressee, (r, v) => r.Addressee = v),
        ],
        [CorrectionTarget.Section] =
        [
            Choice<SectionRecord>("type", "type", SectionTypes, r => r.Type, (r, v) => r.Type = v!, required: true),
            Text<SectionRecord>("heading", "heading", r => r.Heading, (r, v) => r.Heading = v),
            Text<SectionRecord>("text", "text", r => r.Text, (r, v) => r.Text = v!, required: true),
        ],
        [CorrectionTarget.Measure] =
        [
            Integer<MeasureRecord>("number", "number", r => r.Number, (r, v) => r.Number = v, 0, 9999),
            Text<MeasureRecord>("title", "title", r => r.Title, (r, v) => r.Title = v!, required: true),
            Lines<MeasureRecord>("steps", "steps", r => r.Steps.OrderBy(s => s.Order).Select(s => s.Text),
                (r, v) => ReplaceChildren(r.Steps, v.Select((t, k) => new MeasureStep { Order = k, Text = t }))),
            Lines<MeasureRecord>("responsible", "responsible", r => r.Responsible.OrderBy(s => s.Order).Select(s => s.Unit),
                (r, v) => ReplaceChildren(r.Responsible, v.Select((u, k) => new MeasureResponsible { Order = k, Unit = u }))),
            Text<MeasureRecord>("periodText", "period.text", r => r.PeriodText, (r, v) => r.PeriodText = v),
            Date<MeasureRecord>("periodStart", "period.start", r => r.PeriodStart, (r, v) => r.PeriodStart = v),
            Date<MeasureRecord>("periodEnd", "period.end", r => r.PeriodEnd, (r, v) => r.PeriodEnd = v),
            Text<MeasureRecord>("progress", "progress", r => r.Progress, (r, v) => r.Progress = v),
            Text<MeasureRecord>("followUp", "followUp", r => r.FollowUp, (r, v) => r.FollowUp = v),
        ],
        [CorrectionTarget.Indicator] =
        [
            // 1..10: the schema's range for ITA indicator numbers.
            Integer<IndicatorRecord>("number", "number", r => r.Number, (r, v) => r.Number = v!.Value, 1, 10, required: true),
            Text<IndicatorRecord>("name", "name", r => r.Name, (r, v) => r.Name = v),
            Number<IndicatorRecord>("score", "score", r => r.Score, (r, v) => r.Score = v!.Value, 0, 100, required: true),
        ],
        [CorrectionTarget.ItaResult] =
        [
            Integer<ItaResultRecord>("fiscalYear", "fiscalYear", r => r.FiscalYear, (r, v) => r.FiscalYear = v, MinFiscalYear, MaxFiscalYear),
            Number<ItaResultRecord>("score", "score", r => r.Score, (r, v) => r.Score = v!.Value, 0, 100, required: true),
            Choice<ItaResultRecord>("grade", "grade", Grades, r => r.Grade, (r, v) => r.Grade = v),
        ],
        [CorrectionTarget.Member] = PersonFields(),
        [CorrectionTarget.Signature] = PersonFields(),
    };

    private static readonly Dictionary<(CorrectionTarget, string), string> Labels = new()
    {
        [(CorrectionTarget.Document, "kind")] = "ประเภทเอกสาร",
        [(CorrectionTarget.Document, "title")] = "ชื่อเรื่อง/หัวเรื่อง",
        [(CorrectionTarget.Document, "organization")] = "หน่วยงาน",
        [(CorrectionTarget.Document, "fiscalYear")] = "ปีงบประมาณ (พ.ศ.)",
        [(CorrectionTarget.Document, "orderNumber")] = "คำสั่งที่",
        [(CorrectionTarget.Document, "agency")] = "ส่วนราชการ",
        [(CorrectionTarget.Document, "phone")] = "โทร.",
        [(CorrectionTarget.Document, "reference")] = "ที่",
        [(CorrectionTarget.Document, "date")] = "วันที่",
        [(CorrectionTarget.Document, "dateText")] = "วันที่ (ตามที่พิมพ์)",
        [(CorrectionTarget.Document, "subject")] = "เรื่อง",
        [(CorrectionTarget.Document, "addressee")] = "เรียน",
        [(CorrectionTarget.Document, Confirmed)] = "การยืนยัน",
        [(CorrectionTarget.Section, "type")] = "ประเภทหัวข้อ",
        [(CorrectionTarget.Section, "heading")] = "หัวข้อ",
        [(CorrectionTarget.Section, "text")] = "ข้อความ",
        [(CorrectionTarget.Measure, "number")] = "ที่",
        [(CorrectionTarget.Measure, "title")] = "มาตรการ",
        [(CorrectionTarget.Measure, "steps")] = "ขั้นตอน/วิธีการ",
        [(CorrectionTarget.Measure, "responsible")] = "ผู้รับผิดชอบ",
        [(CorrectionTarget.Measure, "periodText")] = "ระยะเวลา",
        [(CorrectionTarget.Measure, "periodStart")] = "เริ่ม",
        [(CorrectionTarget.Measure, "periodEnd")] = "สิ้นสุด",
        [(CorrectionTarget.Measure, "progress")] = "ผลการดำเนินงาน",
        [(CorrectionTarget.Measure, "followUp")] = "การติดตาม",
        [(CorrectionTarget.Measure, MeasureRows.Field)] = "แถวของตาราง",
        [(CorrectionTarget.Indicator, "number")] = "ที่",
        [(CorrectionTarget.Indicator, "name")] = "ตัวชี้วัด",
        [(CorrectionTarget.Indicator, "score")] = "คะแนน",
        [(CorrectionTarget.ItaResult, "fiscalYear")] = "ปีงบประมาณ",
        [(CorrectionTarget.ItaResult, "score")] = "คะแนน ITA",
        [(CorrectionTarget.ItaResult, "grade")] = "ระดับ",
    };

    /// <summary>The Thai label of a field as the review form shows it (the audit history uses the same words).</summary>
    public static string Label(CorrectionTarget target, string field) =>
        Labels.TryGetValue((target, field), out var label) ? label
        : target is CorrectionTarget.Member or CorrectionTarget.Signature ? field switch { "name" => "ชื่อ", "position" => "ตำแหน่ง", "role" => "หน้าที่", _ => field }
        : field;

    /// <summary>The Thai name of a kind of record.</summary>
    public static string TargetLabel(CorrectionTarget target) => target switch
    {
        CorrectionTarget.Document => "ส่วนหัว",
        CorrectionTarget.Section => "หัวข้อเนื้อหา",
        CorrectionTarget.Measure => "มาตรการ",
        CorrectionTarget.Indicator => "ตัวชี้วัด ITA",
        CorrectionTarget.ItaResult => "ผลการประเมิน ITA",
        CorrectionTarget.Member => "กรรมการ/ผู้เข้าร่วม",
        _ => "ผู้ลงนาม",
    };

    /// <summary>Where a value is, in the words of the form: "มาตรการ แถวที่ 3 · ผู้รับผิดชอบ", "ส่วนหัว · เรื่อง".</summary>
    public static string Describe(CorrectionTarget target, int order, string field) =>
        target == CorrectionTarget.Document || field == MeasureRows.Field
            ? $"{TargetLabel(target)} · {Label(target, field)}"
            : $"{TargetLabel(target)} แถวที่ {order + 1} · {Label(target, field)}";

    /// <summary>The names of the fields a reviewer may correct on a target, in display order.</summary>
    public static IReadOnlyList<string> For(CorrectionTarget target) => Catalogue[target].Select(f => f.Info.Name).ToArray();

    /// <summary>The fields of a target with their value types, choices and ranges (for building the edit form).</summary>
    public static IReadOnlyList<CorrectionField> Describe(CorrectionTarget target) => Catalogue[target].Select(f => f.Info).ToArray();

    internal static FieldAccessor? Find(CorrectionTarget target, string field) =>
        Catalogue[target].FirstOrDefault(f => f.Info.Name == field);

    /// <summary>Where a corrected field is in the document JSON, e.g. "measures[2].period.start" or "header.subject".</summary>
    internal static string JsonPath(CorrectionTarget target, int order, FieldAccessor field) => target switch
    {
        CorrectionTarget.Document => field.JsonPath,
        CorrectionTarget.Section => $"sections[{order}].{field.JsonPath}",
        CorrectionTarget.Measure => $"measures[{order}].{field.JsonPath}",
        CorrectionTarget.Indicator => $"indicators[{order}].{field.JsonPath}",
        CorrectionTarget.ItaResult => $"itaResults[{order}].{field.JsonPath}",
        CorrectionTarget.Member => $"members[{order}].{field.JsonPath}",
        _ => $"signatures[{order}].{field.JsonPath}",
    };

    private static FieldAccessor[] PersonFields() =>
    [
        Text<PersonRecord>("name", "name", r => r.Name, (r, v) => r.Name = v!, required: true),
        Text<PersonRecord>("position", "position", r => r.Position, (r, v) => r.Position = v),
        Text<PersonRecord>("role", "role", r => r.Role, (r, v) => r.Role = v),
    ];

    // Each typed field keeps its value as canonical text (what the log stores and what is compared for "changed"),
    // and converts only at the record.

    private static FieldAccessor Text<T>(string name, string path, Func<T, string?> get, Action<T, string?> set, bool required = false) =>
        new(new CorrectionField(name, CorrectionValueType.Text, required), path, r => get((T)r), (r, v) => set((T)r, v),
            raw => Normalized(raw));

    private static FieldAccessor Choice<T>(string name, string path, IReadOnlyList<string> choices, Func<T, string?> get, Action<T, string?> set,
        bool required = false) =>
        new(new CorrectionField(name, CorrectionValueType.Choice, required, choices), path, r => get((T)r), (r, v) => set((T)r, v),
            raw => Normalized(raw) is not { } text ? null
                : choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
                  ?? throw new FormatException($"ต้องเป็นค่าใดค่าหนึ่งในรายการ ({string.Join(", ", choices)})"));

    private static FieldAccessor Integer<T>(string name, string path, Func<T, int?> get, Action<T, int?> set, int min, int max, bool required = false) =>
        new(new CorrectionField(name, CorrectionValueType.Integer, required, null, min, max), path,
            r => get((T)r)?.ToString(CultureInfo.InvariantCulture), (r, v) => set((T)r, v is null ? null : int.Parse(v, CultureInfo.InvariantCulture)),
            raw =>
            {
                if (Normalized(raw) is not { } text) return null;
                if (!int.TryParse(ThaiDigits.ToArabic(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
                    throw new FormatException($"'{text}' ไม่ใช่จำนวนเต็ม");
                if (value < min || value > max) throw new FormatException($"{value} อยู่นอกช่วง {min}–{max}");
                return value.ToString(CultureInfo.InvariantCulture);
            });

    private static FieldAccessor Number<T>(string name, string path, Func<T, double?> get, Action<T, double?> set, double min, double max, bool required = false) =>
        new(new CorrectionField(name, CorrectionValueType.Number, required, null, min, max), path,
            r => get((T)r)?.ToString(CultureInfo.InvariantCulture), (r, v) => set((T)r, v is null ? null : double.Parse(v, CultureInfo.InvariantCulture)),
            raw =>
            {
                if (Normalized(raw) is not { } text) return null;
                if (!double.TryParse(ThaiDigits.ToArabic(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
                    throw new FormatException($"'{text}' ไม่ใช่ตัวเลข (ใช้จุด . เป็นจุดทศนิยม)");
                if (value < min || value > max) throw new FormatException($"{value.ToString(CultureInfo.InvariantCulture)} อยู่นอกช่วง {min}–{max}");
                return value.ToString(CultureInfo.InvariantCulture);
            });

    private static FieldAccessor Date<T>(string name, string path, Func<T, DateOnly?> get, Action<T, DateOnly?> set) =>
        new(new CorrectionField(name, CorrectionValueType.Date, false), path,
            r => get((T)r)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (r, v) => set((T)r, ParseDate(v)),
            raw =>
            {
                if (Normalized(raw) is not { } text) return null;
                return PrintedDate.Parse(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                       ?? throw new FormatException($"'{text}' ไม่ใช่วันที่ที่อ่านได้ (พิมพ์ตามเอกสาร เช่น ๓ พ.ย. ๖๖, 3/11/2566 หรือ ๓ พฤศจิกายน ๒๕๖๖)");
            });

    private static FieldAccessor Lines<T>(string name, string path, Func<T, IEnumerable<string>> get, Action<T, IReadOnlyList<string>> set) =>
        new(new CorrectionField(name, CorrectionValueType.Lines, false), path,
            r => Normalized(string.Join('\n', get((T)r))), (r, v) => set((T)r, v is null ? [] : v.Split('\n')),
            raw => Normalized(raw) is not { } text ? null
                : Normalized(string.Join('\n', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))));

    /// <summary>Trimmed; empty is no value.</summary>
    internal static string? Normalized(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    private static DateOnly? ParseDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static void ReplaceChildren<TChild>(List<TChild> children, IEnumerable<TChild> replacement)
    {
        // Removed children are orphans of a required relationship, which EF deletes on save.
        children.Clear();
        children.AddRange(replacement);
    }
}

/// <summary>How one field is checked, read and written: values travel as canonical text (see <see cref="Normalize"/>).</summary>
internal sealed class FieldAccessor(CorrectionField info, string jsonPath, Func<object, string?> get, Action<object, string?> set,
    Func<string?, string?> parse)
{
    public CorrectionField Info { get; } = info;

    /// <summary>The field's path inside its record's JSON object.</summary>
    public string JsonPath { get; } = jsonPath;

    /// <summary>The record's current value as canonical text.</summary>
    public string? Get(object record) => get(record);

    /// <summary>Writes an already normalised value.</summary>
    public void Set(object record, string? value) => set(record, value);

    /// <summary>The canonical text of a reviewer's value; <see cref="FormatException"/> says why it is not acceptable.</summary>
    public string? Normalize(string? raw)
    {
        var value = parse(raw);
        if (value is null && Info.Required) throw new FormatException("ต้องกรอกค่านี้");
        return value;
    }
}
