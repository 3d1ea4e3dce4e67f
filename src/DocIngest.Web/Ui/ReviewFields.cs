using System.Globalization;
using DocIngest.Core.Review;
using DocIngest.Core.Thai;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;

namespace DocIngest.Web.Ui;

/// <summary>How a field is edited on the review page.</summary>
public enum FieldInput { Text, Multiline, Date, Number, Kind, SectionType, Grade }

/// <summary>
/// One editable value on the review page: its form key (target|order|field, the address a correction is stored
/// under), Thai label, current value, where it was read on the page, and whether a person should look at it.
/// </summary>
public sealed record FieldView(CorrectionTarget Target, int Order, string Field, string Label, string? Value, FieldInput Input,
    TextLocation? Where, bool NeedsCheck, bool Corrected)
{
    public string Key => KeyOf(Target, Order, Field);

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

    private static readonly HashSet<string> MemoRequired = ["agency", "reference", "date", "subject"];

    public IReadOnlyList<FieldView> Header()
    {
        var d = document;
        var fields = new List<FieldView>
        {
            Field(CorrectionTarget.Document, 0, "kind", "ประเภทเอกสาร", d.Kind, FieldInput.Kind, locate: false),
            Field(CorrectionTarget.Document, 0, "title", "ชื่อเรื่อง/หัวเรื่อง", d.Title, FieldInput.Text),
            Field(CorrectionTarget.Document, 0, "organization", "หน่วยงาน", d.Organization, FieldInput.Text),
            Field(CorrectionTarget.Document, 0, "fiscalYear", "ปีงบประมาณ (พ.ศ.)", Int(d.FiscalYear), FieldInput.Number, locate: false),
        };
        if (d.Kind == "order" || d.OrderNumber is not null)
            fields.Add(Field(CorrectionTarget.Document, 0, "orderNumber", "คำสั่งที่", d.OrderNumber, FieldInput.Text));
        fields.AddRange(
        [
            Field(CorrectionTarget.Document, 0, "agency", "ส่วนราชการ", d.Agency, FieldInput.Text),
            Field(CorrectionTarget.Document, 0, "phone", "โทร.", d.Phone, FieldInput.Text),
            Field(CorrectionTarget.Document, 0, "reference", "ที่", d.Reference, FieldInput.Text),
            Field(CorrectionTarget.Document, 0, "dateText", "วันที่ (ตามที่พิมพ์)", d.DateText, FieldInput.Text),
            Field(CorrectionTarget.Document, 0, "date", "วันที่ (ค.ศ. ISO)", d.Date, FieldInput.Date, locate: false),
            Field(CorrectionTarget.Document, 0, "subject", "เรื่อง", d.Subject, FieldInput.Text),
            Field(CorrectionTarget.Document, 0, "addressee", "เรียน", d.Addressee, FieldInput.Text),
        ]);
        return fields.Select(f => f.NeedsCheck || f.Corrected || document.Confirmed || !Implausible(f) ? f : f with { NeedsCheck = true }).ToList();
    }

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
        type = type with { Where = text.Where, NeedsCheck = !type.Corrected && !document.Confirmed && s.Confidence is < 0.6 };
        return (IReadOnlyList<FieldView>)
        [
            type,
            Field(CorrectionTarget.Section, s.Order, "heading", "หัวข้อ", s.Heading, FieldInput.Text, corrected: corrected),
            text,
        ];
    }).ToList();

    public IReadOnlyList<IReadOnlyList<FieldView>> Measures() => document.Measures.OrderBy(m => m.Order).Select(m =>
    {
        bool c = m.Origin == ValueOrigin.Corrected;
        var title = Field(CorrectionTarget.Measure, m.Order, "title", "มาตรการ", m.Title, FieldInput.Multiline, corrected: c);
        return (IReadOnlyList<FieldView>)
        [
            Field(CorrectionTarget.Measure, m.Order, "number", "ที่", Int(m.Number), FieldInput.Number, locate: false, corrected: c) with { Where = title.Where },
            title,
            Field(CorrectionTarget.Measure, m.Order, "steps", "ขั้นตอน/วิธีการ", string.Join('\n', m.Steps.OrderBy(s => s.Order).Select(s => s.Text)), FieldInput.Multiline, corrected: c),
            Field(CorrectionTarget.Measure, m.Order, "responsible", "ผู้รับผิดชอบ", string.Join('\n', m.Responsible.OrderBy(r => r.Order).Select(r => r.Unit)), FieldInput.Multiline, corrected: c),
            Field(CorrectionTarget.Measure, m.Order, "periodText", "ระยะเวลา", m.PeriodText, FieldInput.Text, corrected: c),
            Field(CorrectionTarget.Measure, m.Order, "progress", "ผลการดำเนินงาน", m.Progress, FieldInput.Multiline, corrected: c),
        ];
    }).ToList();

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

    private FieldView Flag(FieldView f, bool doubt) => doubt && !f.Corrected && !document.Confirmed ? f with { NeedsCheck = true } : f;

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
        bool needsCheck = !corrected && !document.Confirmed && (
            where is not null && where.Confidence < (value!.Any(ThaiDigits.IsDigit) ? CheckDigitsBelow : CheckBelow)
            || locate && !string.IsNullOrWhiteSpace(value) && where is null && input != FieldInput.Multiline && _hasBoxes
            || string.IsNullOrWhiteSpace(value) && document.Kind == "memo" && target == CorrectionTarget.Document && MemoRequired.Contains(field));
        return new FieldView(target, order, field, label, value, input, where, needsCheck, corrected);
    }

    private static string? Int(int? v) => v?.ToString(CultureInfo.InvariantCulture);
    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
