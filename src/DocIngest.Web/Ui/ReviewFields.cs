using System.Globalization;
using DocIngest.Core.Review;
using DocIngest.Core.Thai;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;

namespace DocIngest.Web.Ui;

/// <summary>How a field is edited on the review page.</summary>
public enum FieldInput { Text, Multiline, Date, Number, Kind, SectionType, Grade, Lines }

/// <summary>
/// One editable value on the review page: its form key (target|order|field, the address a correction is stored
/// under), Thai label, current value, where it was read on the page, and whether a person should look at it.
/// </summary>
public sealed record FieldView(CorrectionTarget Target, int Order, string Field, string Label, string? Value, FieldInput Input,
    TextLocation? Where, bool NeedsCheck, bool Corrected)
{
    public string Key => KeyOf(Target, Order, Field);

    /// <summary>The stored value as the form shows it: what "changed" is measured against (differs from Value after a refused save).</summary>
    public string? Original { get; init; } = Value;

    /// <summary>Why the value is flagged (Thai), or null.</summary>
    public string? Reason { get; init; }

    /// <summary>What another reviewer saved into this value after the editor loaded it (a conflict), or null.</summary>
    public string? Theirs { get; init; }

    /// <summary>The values a choice field allows, from the correction catalogue that validates them; empty for free input.</summary>
    public IReadOnlyList<string> Choices =>
        CorrectionFields.Describe(Target).FirstOrDefault(f => f.Name == Field)?.Choices ?? [];

    /// <summary>The form key of a value's address (also how corrections in the log are matched to fields).</summary>
    public static string KeyOf(CorrectionTarget target, int order, string field) =>
        $"f|{target}|{order.ToString(CultureInfo.InvariantCulture)}|{field}";

    /// <summary>"page x y w h" for the page image highlight, or empty.</summary>
    public string Box => Where is null ? "" : string.Join(' ', new[] { Where.Page }.Concat(Where.Box).Select(v => v.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Parses a form key back into its address; null for anything else in the form.</summary>
    public static (CorrectionTarget Target, int Order, string Field)? ParseKey(string key)
    {
        var parts = key.Split('|');
        if (parts.Length != 4 || parts[0] != "f") return null;
        if (!Enum.TryParse<CorrectionTarget>(parts[1], out var target) || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out int order))
            return null;
        return (target, order, parts[3]);
    }
}

/// <summary>
/// Builds the review page's fields from a stored document: each value located on the page images and flagged
/// for checking when it was read with low confidence, could not be found on the page, or is missing where the
/// kind of document needs it. Values a person corrected are not flagged again.
/// </summary>
public sealed class ReviewFieldBuilder(TextLocator locator, DocumentRecord document, IReadOnlySet<string> correctedKeys,
    IReadOnlyList<string> warnings, DateOnly today)
{
    /// <summary>Below this OCR confidence a value is marked for checking.</summary>
    public const double CheckBelow = 0.75;

    /// <summary>Digits are what Tesseract misreads most (๖ as ๐, ๘ as ๙): values with digits are checked below this.</summary>
    public const double CheckDigitsBelow = 0.9;

    // Pages without boxes (text layer, DOCX) give nothing to find a value on: not finding it there is no doubt.
    private readonly bool _hasBoxes = locator.HasBoxes(document.PageStart, document.PageEnd);

    /// <summary>
    /// The document's own values, those its kind has: a memo's header (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน) only on a
    /// memo (or where the parser found one), an order's number on an order. The date is shown and typed in the
    /// Buddhist Era (stored ISO); the printed date text is the hint beside it.
    /// </summary>
    public IReadOnlyList<FieldView> Header()
    {
        var d = document;
        bool memo = d.Kind == "memo";
        bool Has(string? v) => !string.IsNullOrWhiteSpace(v);
        var fields = new List<FieldView>
        {
            Field(CorrectionTarget.Document, 0, "kind", "ประเภทเอกสาร", d.Kind, FieldInput.Kind, locate: false),
            Field(CorrectionTarget.Document, 0, "title", "ชื่อเรื่อง/หัวเรื่อง", d.Title, FieldInput.Multiline),
            Field(CorrectionTarget.Document, 0, "organization", "หน่วยงาน", d.Organization, FieldInput.Text),
            Field(CorrectionTarget.Document, 0, "fiscalYear", "ปีงบประมาณ (พ.ศ.)", Int(d.FiscalYear), FieldInput.Number, locate: false),
        };
        if (d.Kind == "order" || d.OrderNumber is not null)
            fields.Add(Field(CorrectionTarget.Document, 0, "orderNumber", "คำสั่งที่", d.OrderNumber, FieldInput.Text));
        if (memo || Has(d.Agency)) fields.Add(Field(CorrectionTarget.Document, 0, "agency", "ส่วนราชการ", d.Agency, FieldInput.Text));
        if (memo || Has(d.Phone)) fields.Add(Field(CorrectionTarget.Document, 0, "phone", "โทร.", d.Phone, FieldInput.Text));
        if (memo || Has(d.Reference)) fields.Add(Field(CorrectionTarget.Document, 0, "reference", "ที่", d.Reference, FieldInput.Text));
        if (memo || d.Kind is "order" or "announcement" or "minutes" || Has(d.Date) || Has(d.DateText))
        {
            var date = Field(CorrectionTarget.Document, 0, "date", "วันที่", d.Date, FieldInput.Date, locate: false);
            // The printed text is where the date was read: its box is the date's box.
            var printed = locator.Locate(d.DateText, document.PageStart, document.PageEnd);
            fields.Add(date with { Where = printed });
        }
        if (memo || Has(d.Subject)) fields.Add(Field(CorrectionTarget.Document, 0, "subject", "เรื่อง", d.Subject, FieldInput.Multiline));
        if (memo || Has(d.Addressee)) fields.Add(Field(CorrectionTarget.Document, 0, "addressee", "เรียน", d.Addressee, FieldInput.Text));
        var needs = RequiredByKind.GetValueOrDefault(d.Kind) ?? [];
        return fields.Select(f =>
        {
            if (f.NeedsCheck || f.Corrected || document.Confirmed) return f;
            if (string.IsNullOrWhiteSpace(f.Value) && needs.Contains(f.Field)) return f with { NeedsCheck = true, Reason = "เอกสารประเภทนี้ต้องมีค่านี้ แต่อ่านไม่พบ" };
            return Implausible(f) ? f with { NeedsCheck = true, Reason = "ค่านี้ไม่น่าเป็นไปได้ (วันที่/ปีนอกช่วง ไม่ตรงกัน หรือมีคำเตือนจากการอ่าน)" } : f;
        }).ToList();
    }

    /// <summary>The document values each kind needs: one the parser left empty is flagged.</summary>
    private static readonly Dictionary<string, HashSet<string>> RequiredByKind = new()
    {
        ["memo"] = ["agency", "reference", "date", "subject"],
        ["order"] = ["orderNumber", "title", "date", "organization"],
        ["announcement"] = ["title", "organization", "date"],
        ["measure-plan"] = ["title", "organization", "fiscalYear"],
        ["ita-analysis"] = ["organization", "fiscalYear"],
    };

    /// <summary>Header values that cannot be right: a date or fiscal year out of range or disagreeing, a field a warning names.</summary>
    private bool Implausible(FieldView f)
    {
        if (warnings.Any(w => w.Contains($"({f.Field})", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith($"header: {f.Field} ", StringComparison.OrdinalIgnoreCase)))
            return true;
        bool hasDate = DateOnly.TryParseExact(document.Date, "yyyy-MM-dd", out var date);
        return f.Field switch
        {
            "date" or "dateText" => hasDate && !Plausibility.IsPlausibleDate(date, today),
            "fiscalYear" => document.FiscalYear is { } fy && (!Plausibility.IsPlausibleYear(fy, today) || hasDate && !Plausibility.FiscalYearMatchesDate(fy, date))
                || document.FiscalYear is null && document.Kind is "measure-plan" or "ita-analysis",
            _ => false,
        };
    }

    public IReadOnlyList<IReadOnlyList<FieldView>> Sections() => document.Sections.OrderBy(s => s.Order).Select(s =>
    {
        bool corrected = s.Origin == ValueOrigin.Corrected;
        var text = Field(CorrectionTarget.Section, s.Order, "text", "ข้อความ", s.Text, FieldInput.Multiline, corrected: corrected);
        var type = Field(CorrectionTarget.Section, s.Order, "type", "ประเภทหัวข้อ", s.Type, FieldInput.SectionType, locate: false, corrected: corrected);
        // The classifier's own doubt decides whether a section type needs a look.
        bool doubtful = !type.Corrected && !document.Confirmed && s.Confidence is < 0.6;
        type = type with { Where = text.Where, NeedsCheck = doubtful, Reason = doubtful ? "ไม่แน่ใจประเภทหัวข้อ (ตัวจำแนกมั่นใจต่ำ)" : null };
        return (IReadOnlyList<FieldView>)
        [
            type,
            Field(CorrectionTarget.Section, s.Order, "heading", "หัวข้อ", s.Heading, FieldInput.Text, corrected: corrected),
            text,
        ];
    }).ToList();

    /// <summary>The measure table's rows: number, title, steps (one per line), responsible units, period as printed and as two dates, progress.</summary>
    public IReadOnlyList<IReadOnlyList<FieldView>> Measures() => document.Measures.OrderBy(m => m.Order).Select(m =>
    {
        bool c = m.Origin == ValueOrigin.Corrected;
        var title = Field(CorrectionTarget.Measure, m.Order, "title", "มาตรการ", m.Title, FieldInput.Multiline, corrected: c);
        var period = Field(CorrectionTarget.Measure, m.Order, "periodText", "ระยะเวลา", m.PeriodText, FieldInput.Text, corrected: c);
        var number = Field(CorrectionTarget.Measure, m.Order, "number", "ที่", Int(m.Number), FieldInput.Number, locate: false, corrected: c) with { Where = title.Where };
        // A period printed but not read as dates is what a clerk must type in.
        bool periodUnread = !string.IsNullOrWhiteSpace(m.PeriodText) && m.PeriodStart is null && PeriodHasDigits(m.PeriodText);
        return (IReadOnlyList<FieldView>)
        [
            number,
            title,
            Field(CorrectionTarget.Measure, m.Order, "steps", "ขั้นตอน/วิธีการ (บรรทัดละขั้น)", string.Join('\n', m.Steps.OrderBy(s => s.Order).Select(s => s.Text)), FieldInput.Lines, corrected: c),
            Required(Field(CorrectionTarget.Measure, m.Order, "responsible", "ผู้รับผิดชอบ (บรรทัดละหน่วย)", string.Join('\n', m.Responsible.OrderBy(r => r.Order).Select(r => r.Unit)), FieldInput.Lines, corrected: c),
                document.Kind == "measure-plan"),
            period,
            Flag(Field(CorrectionTarget.Measure, m.Order, "periodStart", "เริ่ม", Iso(m.PeriodStart), FieldInput.Date, locate: false, corrected: c) with { Where = period.Where },
                periodUnread, "ระยะเวลาที่พิมพ์ไว้ยังไม่ได้อ่านเป็นวันที่"),
            Field(CorrectionTarget.Measure, m.Order, "periodEnd", "สิ้นสุด", Iso(m.PeriodEnd), FieldInput.Date, locate: false, corrected: c) with { Where = period.Where },
            Field(CorrectionTarget.Measure, m.Order, "progress", "ผลการดำเนินงาน", m.Progress, FieldInput.Multiline, corrected: c),
        ];
    }).ToList();

    /// <summary>An empty row of the measure table (order -1): the template the editor copies for an added row.</summary>
    public static IReadOnlyList<FieldView> EmptyMeasure()
    {
        FieldView F(string field, string label, FieldInput input) => new(CorrectionTarget.Measure, -1, field, label, null, input, null, false, false);
        return
        [
            F("number", "ที่", FieldInput.Number), F("title", "มาตรการ", FieldInput.Multiline),
            F("steps", "ขั้นตอน/วิธีการ (บรรทัดละขั้น)", FieldInput.Lines), F("responsible", "ผู้รับผิดชอบ (บรรทัดละหน่วย)", FieldInput.Lines),
            F("periodText", "ระยะเวลา", FieldInput.Text), F("periodStart", "เริ่ม", FieldInput.Date), F("periodEnd", "สิ้นสุด", FieldInput.Date),
            F("progress", "ผลการดำเนินงาน", FieldInput.Multiline),
        ];
    }

    private static bool PeriodHasDigits(string text) => text.Any(ThaiDigits.IsDigit);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private FieldView Required(FieldView f, bool needed) =>
        needed && string.IsNullOrWhiteSpace(f.Value) ? Flag(f, true, "เอกสารประเภทนี้ต้องมีค่านี้ แต่อ่านไม่พบ") : f;

    public IReadOnlyList<IReadOnlyList<FieldView>> Indicators() => document.Indicators.OrderBy(i => i.Number).Select(i =>
    {
        bool c = i.Origin == ValueOrigin.Corrected;
        var name = Field(CorrectionTarget.Indicator, i.Order, "name", "ตัวชี้วัด", i.Name, FieldInput.Text, corrected: c);
        return (IReadOnlyList<FieldView>)
        [
            Field(CorrectionTarget.Indicator, i.Order, "number", "ที่", Int(i.Number), FieldInput.Number, locate: false, corrected: c) with { Where = name.Where },
            name,
            Field(CorrectionTarget.Indicator, i.Order, "score", "คะแนน", Num(i.Score), FieldInput.Text, corrected: c),
        ];
    }).ToList();

    public IReadOnlyList<IReadOnlyList<FieldView>> ItaResults() => document.ItaResults.Select(r =>
    {
        bool c = r.Origin == ValueOrigin.Corrected;
        // A grade that does not follow from the score means one of them was misread.
        bool disagree = r.Grade is not null && r.Grade != Plausibility.ItaGrade(r.Score);
        bool badYear = r.FiscalYear is { } y && !Plausibility.IsPlausibleYear(y, today);
        return (IReadOnlyList<FieldView>)
        [
            Flag(Field(CorrectionTarget.ItaResult, r.Order, "fiscalYear", "ปีงบประมาณ", Int(r.FiscalYear), FieldInput.Number, corrected: c), badYear),
            Flag(Field(CorrectionTarget.ItaResult, r.Order, "score", "คะแนน ITA", Num(r.Score), FieldInput.Text, corrected: c), disagree),
            Flag(Field(CorrectionTarget.ItaResult, r.Order, "grade", "ระดับ", r.Grade, FieldInput.Grade, locate: false, corrected: c), disagree),
        ];
    }).ToList();

    private FieldView Flag(FieldView f, bool doubt, string reason = "ค่านี้ไม่สอดคล้องกับค่าอื่น (คะแนนกับระดับ หรือปีนอกช่วง)") =>
        doubt && !f.Corrected && !document.Confirmed && !f.NeedsCheck ? f with { NeedsCheck = true, Reason = reason } : f;

    public IReadOnlyList<IReadOnlyList<FieldView>> People(PersonKind kind) => document.People.Where(p => p.Kind == kind).OrderBy(p => p.Order).Select(p =>
    {
        bool c = p.Origin == ValueOrigin.Corrected;
        var target = kind == PersonKind.Member ? CorrectionTarget.Member : CorrectionTarget.Signature;
        return (IReadOnlyList<FieldView>)
        [
            Field(target, p.Order, "name", "ชื่อ", p.Name, FieldInput.Text, corrected: c),
            Field(target, p.Order, "position", "ตำแหน่ง", p.Position, FieldInput.Text, corrected: c),
            Field(target, p.Order, "role", "หน้าที่", p.Role, FieldInput.Text, corrected: c),
        ];
    }).ToList();

    private FieldView Field(CorrectionTarget target, int order, string field, string label, string? value, FieldInput input,
        bool locate = true, bool corrected = false)
    {
        var where = locate ? locator.Locate(value, document.PageStart, document.PageEnd) : null;
        corrected |= correctedKeys.Contains(FieldView.KeyOf(target, order, field));
        string? reason = corrected || document.Confirmed ? null
            : where is not null && where.Confidence < (value!.Any(ThaiDigits.IsDigit) ? CheckDigitsBelow : CheckBelow)
                ? "อ่านจากภาพได้ไม่ชัด (ความมั่นใจ OCR ต่ำ)"
            : locate && !string.IsNullOrWhiteSpace(value) && where is null && input is not (FieldInput.Multiline or FieldInput.Lines) && _hasBoxes
                ? "หาค่านี้บนหน้าเอกสารไม่พบ"
            : ValueCheck.Problem(field, value, input);
        return new FieldView(target, order, field, label, value, input, where, reason is not null, corrected) { Reason = reason };
    }

    private static string? Int(int? v) => v?.ToString(CultureInfo.InvariantCulture);
    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
