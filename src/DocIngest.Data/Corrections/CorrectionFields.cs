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

/// <summary>
/// One correctable field of a target: its camelCase name, value type, whether it may be empty, its choices and range,
/// and how the review form shows it: Thai <see cref="Label"/> (the audit history uses the same words), whether it is
/// long text, the document kinds it is shown for and the kinds that need a value in it.
/// </summary>
public sealed record CorrectionField(string Name, CorrectionValueType Type, bool Required, IReadOnlyList<string>? Choices = null,
    double? Minimum = null, double? Maximum = null)
{
    /// <summary>The field's Thai label on the review form and in the audit history.</summary>
    public string Label { get; init; } = Name;

    /// <summary>Text that runs to several lines (titles, subjects, section text): a multi-line box.</summary>
    public bool Long { get; init; }

    /// <summary>
    /// The document kinds (kebab-case, e.g. "memo") on whose form the field is shown even when empty; null: every
    /// kind. On other kinds it is shown only when it holds a value (a memo header read from an order).
    /// </summary>
    public IReadOnlyList<string>? ShownFor { get; init; }

    /// <summary>The document kinds that need a value here: left empty by the parser, it is flagged for a person.</summary>
    public IReadOnlyList<string> NeededBy { get; init; } = [];

    /// <summary>The field that holds this value as printed (the date's printed text): its box and its hint.</summary>
    public string? PrintedIn { get; init; }

    /// <summary>Not an input of its own on the form (the printed date is the date's hint).</summary>
    public bool OnForm { get; init; } = true;

    /// <summary>Whether a document of this kind shows the field when it holds <paramref name="hasValue"/>.</summary>
    public bool ShownOn(string kind, bool hasValue) => OnForm && (hasValue || ShownFor is null || ShownFor.Contains(kind));

    /// <summary>Whether a document of this kind needs a value in the field.</summary>
    public bool NeededOn(string kind) => NeededBy.Contains(kind);
}

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

    // Document kinds as the form and the log spell them.
    private const string Memo = "memo", Order = "order", Announcement = "announcement", Minutes = "minutes", Plan = "measure-plan", Ita = "ita-analysis";

    /// <summary>
    /// The one list of reviewable fields: per target, in form order, each with its Thai label, value type, the kinds
    /// it applies to and how it is read from and written to its record. The review form, the correction service,
    /// the replay after a re-parse and the audit history all read it, so no field key is spelled twice.
    /// </summary>
    private static readonly Dictionary<CorrectionTarget, FieldAccessor[]> Catalogue = new()
    {
        [CorrectionTarget.Document] =
        [
            Choice<DocumentRecord>("kind", "ประเภทเอกสาร", "kind", Kinds, r => r.Kind, (r, v) => r.Kind = v!, required: true),
            Text<DocumentRecord>("title", "ชื่อเรื่อง/หัวเรื่อง", "title", r => r.Title, (r, v) => r.Title = v).With(f => f with { Long = true, NeededBy = [Order, Announcement, Plan] }),
            Text<DocumentRecord>("organization", "หน่วยงาน", "organization", r => r.Organization, (r, v) => r.Organization = v).With(f => f with { NeededBy = [Order, Announcement, Plan, Ita] }),
            Integer<DocumentRecord>("fiscalYear", "ปีงบประมาณ (พ.ศ.)", "fiscalYear", r => r.FiscalYear, (r, v) => r.FiscalYear = v, MinFiscalYear, MaxFiscalYear).With(f => f with { NeededBy = [Plan, Ita] }),
            Text<DocumentRecord>("orderNumber", "คำสั่งที่", "orderNumber", r => r.OrderNumber, (r, v) => r.OrderNumber = v).With(f => f with { ShownFor = [Order], NeededBy = [Order] }),
            Text<DocumentRecord>("agency", "ส่วนราชการ", "header.agency", r => r.Agency, (r, v) => r.Agency = v).With(f => f with { ShownFor = [Memo], NeededBy = [Memo] }),
            Text<DocumentRecord>("phone", "โทร.", "header.phone", r => r.Phone, (r, v) => r.Phone = v).With(f => f with { ShownFor = [Memo] }),
            Text<DocumentRecord>("reference", "ที่", "header.reference", r => r.Reference, (r, v) => r.Reference = v).With(f => f with { ShownFor = [Memo], NeededBy = [Memo] }),
            // The header date is stored as its ISO text, so it is validated as a date but kept as text.
            Date<DocumentRecord>("date", "วันที่", "header.date", r => ParseDate(r.Date), (r, v) => r.Date = v?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .With(f => f with { ShownFor = [Memo, Order, Announcement, Minutes], NeededBy = [Memo, Order, Announcement], PrintedIn = "dateText" }),
            Text<DocumentRecord>("dateText", "วันที่ (ตามที่พิมพ์)", "header.dateText", r => r.DateText, (r, v) => r.DateText = v).With(f => f with { OnForm = false }),
            Text<DocumentRecord>("subject", "เรื่อง", "header.subject", r => r.Subject, (r, v) => r.Subject = v).With(f => f with { Long = true, ShownFor = [Memo], NeededBy = [Memo] }),
            Text<DocumentRecord>("addressee", "เรียน", "header.addressee", r => r.Addressee, (r, v) => r.Addressee = v).With(f => f with { ShownFor = [Memo] }),
        ],
        [CorrectionTarget.Section] =
        [
            Choice<SectionRecord>("type", "ประเภทหัวข้อ", "type", SectionTypes, r => r.Type, (r, v) => r.Type = v!, required: true),
            Text<SectionRecord>("heading", "หัวข้อ", "heading", r => r.Heading, (r, v) => r.Heading = v),
            Text<SectionRecord>("text", "ข้อความ", "text", r => r.Text, (r, v) => r.Text = v!, required: true).With(f => f with { Long = true }),
        ],
        [CorrectionTarget.Measure] =
        [
            Integer<MeasureRecord>("number", "ที่", "number", r => r.Number, (r, v) => r.Number = v, 0, 9999),
            Text<MeasureRecord>("title", "มาตรการ", "title", r => r.Title, (r, v) => r.Title = v!, required: true).With(f => f with { Long = true }),
            Lines<MeasureRecord>("steps", "ขั้นตอน/วิธีการ", "steps", r => r.Steps.OrderBy(s => s.Order).Select(s => s.Text),
                (r, v) => ReplaceChildren(r.Steps, v.Select((t, k) => new MeasureStep { Order = k, Text = t }))),
            Lines<MeasureRecord>("responsible", "ผู้รับผิดชอบ", "responsible", r => r.Responsible.OrderBy(s => s.Order).Select(s => s.Unit),
                (r, v) => ReplaceChildren(r.Responsible, v.Select((u, k) => new MeasureResponsible { Order = k, Unit = u }))).With(f => f with { NeededBy = [Plan] }),
            Text<MeasureRecord>("periodText", "ระยะเวลา", "period.text", r => r.PeriodText, (r, v) => r.PeriodText = v),
            Date<MeasureRecord>("periodStart", "เริ่ม", "period.start", r => r.PeriodStart, (r, v) => r.PeriodStart = v).With(f => f with { PrintedIn = "periodText" }),
            Date<MeasureRecord>("periodEnd", "สิ้นสุด", "period.end", r => r.PeriodEnd, (r, v) => r.PeriodEnd = v).With(f => f with { PrintedIn = "periodText" }),
            Text<MeasureRecord>("progress", "ผลการดำเนินงาน", "progress", r => r.Progress, (r, v) => r.Progress = v).With(f => f with { Long = true }),
            // Kept by the schema and the API; not a column of the review table.
            Text<MeasureRecord>("followUp", "การติดตาม", "followUp", r => r.FollowUp, (r, v) => r.FollowUp = v).With(f => f with { OnForm = false }),
        ],
        [CorrectionTarget.Indicator] =
        [
            // 1..10: the schema's range for ITA indicator numbers.
            Integer<IndicatorRecord>("number", "ที่", "number", r => r.Number, (r, v) => r.Number = v!.Value, 1, 10, required: true),
            Text<IndicatorRecord>("name", "ตัวชี้วัด", "name", r => r.Name, (r, v) => r.Name = v),
            Number<IndicatorRecord>("score", "คะแนน", "score", r => r.Score, (r, v) => r.Score = v!.Value, 0, 100, required: true),
        ],
        [CorrectionTarget.ItaResult] =
        [
            Integer<ItaResultRecord>("fiscalYear", "ปีงบประมาณ", "fiscalYear", r => r.FiscalYear, (r, v) => r.FiscalYear = v, MinFiscalYear, MaxFiscalYear),
            Number<ItaResultRecord>("score", "คะแนน ITA", "score", r => r.Score, (r, v) => r.Score = v!.Value, 0, 100, required: true),
            Choice<ItaResultRecord>("grade", "ระดับ", "grade", Grades, r => r.Grade, (r, v) => r.Grade = v),
        ],
        [CorrectionTarget.Member] = PersonFields(),
        [CorrectionTarget.Signature] = PersonFields(),
    };

    /// <summary>The log's pseudo-fields, which are no values of a record.</summary>
    private static readonly Dictionary<(CorrectionTarget, string), string> PseudoLabels = new()
    {
        [(CorrectionTarget.Document, Confirmed)] = "การยืนยัน",
        [(CorrectionTarget.Measure, MeasureRows.Field)] = "แถวของตาราง",
    };

    /// <summary>The Thai label of a field as the review form shows it (the audit history uses the same words).</summary>
    public static string Label(CorrectionTarget target, string field) =>
        PseudoLabels.TryGetValue((target, field), out var label) ? label : Find(target, field)?.Info.Label ?? field;

    /// <summary>A record's value of a field as canonical text (what the log stores and the form compares against).</summary>
    public static string? Read(CorrectionTarget target, object record, string field) =>
        (Find(target, field) ?? throw new ArgumentException($"{target}.{field} is not a correctable field", nameof(field))).Get(record);

    /// <summary>One reviewable field of a target by name (its label, type, kinds), or null.</summary>
    public static CorrectionField? Field(CorrectionTarget target, string field) => Find(target, field)?.Info;

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
        Text<PersonRecord>("name", "ชื่อ", "name", r => r.Name, (r, v) => r.Name = v!, required: true),
        Text<PersonRecord>("position", "ตำแหน่ง", "position", r => r.Position, (r, v) => r.Position = v),
        Text<PersonRecord>("role", "หน้าที่", "role", r => r.Role, (r, v) => r.Role = v),
    ];

    // Each typed field keeps its value as canonical text (what the log stores and what is compared for "changed"),
    // and converts only at the record.

    private static FieldAccessor Text<T>(string name, string label, string path, Func<T, string?> get, Action<T, string?> set, bool required = false) =>
        new(new CorrectionField(name, CorrectionValueType.Text, required) { Label = label }, path, r => get((T)r), (r, v) => set((T)r, v),
            raw => Normalized(raw));

    private static FieldAccessor Choice<T>(string name, string label, string path, IReadOnlyList<string> choices, Func<T, string?> get, Action<T, string?> set,
        bool required = false) =>
        new(new CorrectionField(name, CorrectionValueType.Choice, required, choices) { Label = label }, path, r => get((T)r), (r, v) => set((T)r, v),
            raw => Normalized(raw) is not { } text ? null
                : choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
                  ?? throw new FormatException($"ต้องเป็นค่าใดค่าหนึ่งในรายการ ({string.Join(", ", choices)})"));

    private static FieldAccessor Integer<T>(string name, string label, string path, Func<T, int?> get, Action<T, int?> set, int min, int max, bool required = false) =>
        new(new CorrectionField(name, CorrectionValueType.Integer, required, null, min, max) { Label = label }, path,
            r => get((T)r)?.ToString(CultureInfo.InvariantCulture), (r, v) => set((T)r, v is null ? null : int.Parse(v, CultureInfo.InvariantCulture)),
            raw =>
            {
                if (Normalized(raw) is not { } text) return null;
                if (!int.TryParse(ThaiDigits.ToArabic(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
                    throw new FormatException($"'{text}' ไม่ใช่จำนวนเต็ม");
                if (value < min || value > max) throw new FormatException($"{value} อยู่นอกช่วง {min}–{max}");
                return value.ToString(CultureInfo.InvariantCulture);
            });

    private static FieldAccessor Number<T>(string name, string label, string path, Func<T, double?> get, Action<T, double?> set, double min, double max, bool required = false) =>
        new(new CorrectionField(name, CorrectionValueType.Number, required, null, min, max) { Label = label }, path,
            r => get((T)r)?.ToString(CultureInfo.InvariantCulture), (r, v) => set((T)r, v is null ? null : double.Parse(v, CultureInfo.InvariantCulture)),
            raw =>
            {
                if (Normalized(raw) is not { } text) return null;
                if (!double.TryParse(ThaiDigits.ToArabic(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
                    throw new FormatException($"'{text}' ไม่ใช่ตัวเลข (ใช้จุด . เป็นจุดทศนิยม)");
                if (value < min || value > max) throw new FormatException($"{value.ToString(CultureInfo.InvariantCulture)} อยู่นอกช่วง {min}–{max}");
                return value.ToString(CultureInfo.InvariantCulture);
            });

    private static FieldAccessor Date<T>(string name, string label, string path, Func<T, DateOnly?> get, Action<T, DateOnly?> set) =>
        new(new CorrectionField(name, CorrectionValueType.Date, false) { Label = label }, path,
            r => get((T)r)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (r, v) => set((T)r, ParseDate(v)),
            raw =>
            {
                if (Normalized(raw) is not { } text) return null;
                return PrintedDate.Parse(text)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                       ?? throw new FormatException($"'{text}' ไม่ใช่วันที่ที่อ่านได้ (พิมพ์ตามเอกสาร เช่น ๓ พ.ย. ๖๖, 3/11/2566 หรือ ๓ พฤศจิกายน ๒๕๖๖)");
            });

    private static FieldAccessor Lines<T>(string name, string label, string path, Func<T, IEnumerable<string>> get, Action<T, IReadOnlyList<string>> set) =>
        new(new CorrectionField(name, CorrectionValueType.Lines, false) { Label = label }, path,
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

    /// <summary>The same accessor with its description changed (label aside: kinds, long text).</summary>
    public FieldAccessor With(Func<CorrectionField, CorrectionField> change) => new(change(Info), JsonPath, get, set, parse);

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
