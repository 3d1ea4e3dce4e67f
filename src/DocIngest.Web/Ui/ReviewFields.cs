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
/// for checking when it was read with low confidence, could not be found on the page, does not validate, or is
/// missing where the kind of document needs it. Values a person corrected are not flagged again. Which fields there
/// are, their labels and the kinds they apply to come from the one field registry, <see cref="CorrectionFields"/>.
/// </summary>
public sealed class ReviewFieldBuilder(TextLocator locator, DocumentRecord document, IReadOnlySet<string> correctedKeys,
    IReadOnlyList<string> warnings, DateOnly today, UnitCatalogue? units = null)
{
    /// <summary>Below this OCR confidence a value is marked for checking.</summary>
    public const double CheckBelow = 0.75;

    /// <summary>Digits are what Tesseract misreads most (๖ as ๐, ๘ as ๙): values with digits are checked below this.</summary>
    public const double CheckDigitsBelow = 0.9;

    /// <summary>Why a responsible cell is flagged when one of its units is outside the catalogue.</summary>
    public const string UnitOutsideCatalogue = "หน่วยงานไม่อยู่ในรายการ";

    /// <summary>Why an overall ITA score is flagged when it cannot follow from the indicator scores beside it.</summary>
    public const string ItaTotalDisagrees = "คะแนนรวมไม่สอดคล้องกับคะแนนตัวชี้วัด";

    // Pages without boxes (text layer, DOCX) give nothing to find a value on: not finding it there is no doubt.
    private readonly bool _hasBoxes = locator.HasBoxes(document.PageStart, document.PageEnd);
    private readonly UnitCatalogue _units = units ?? UnitCatalogue.Official;

    /// <summary>How the form edits a registry field.</summary>
    public static FieldInput InputOf(CorrectionTarget target, CorrectionField field) => field.Type switch
    {
        CorrectionValueType.Choice => target switch
        {
            CorrectionTarget.Document => FieldInput.Kind,
            CorrectionTarget.Section => FieldInput.SectionType,
            _ => FieldInput.Grade,
        },
        CorrectionValueType.Integer => FieldInput.Number,
        CorrectionValueType.Date => FieldInput.Date,
        CorrectionValueType.Lines => FieldInput.Lines,
        CorrectionValueType.Text when field.Long => FieldInput.Multiline,
        _ => FieldInput.Text,
    };

    /// <summary>The form's label of a registry field: a list says it takes one item per line.</summary>
    public static string LabelOf(CorrectionField field) =>
        field.Type == CorrectionValueType.Lines ? $"{field.Label} (บรรทัดละรายการ)" : field.Label;

    /// <summary>
    /// The document's own values, those its kind has (the registry's <see cref="CorrectionField.ShownFor"/>): a memo's
    /// header only on a memo (or where the parser found one), an order's number on an order. The date is shown and
    /// typed in the Buddhist Era (stored ISO); the printed date text is its box and hint.
    /// </summary>
    public IReadOnlyList<FieldView> Header()
    {
        var d = document;
        var fields = new List<FieldView>();
        foreach (var info in CorrectionFields.Describe(CorrectionTarget.Document))
        {
            string? value = CorrectionFields.Read(CorrectionTarget.Document, d, info.Name);
            string? printed = info.PrintedIn is { } p ? CorrectionFields.Read(CorrectionTarget.Document, d, p) : null;
            if (!info.ShownOn(d.Kind, !string.IsNullOrWhiteSpace(value) || !string.IsNullOrWhiteSpace(printed))) continue;
            // Values chosen or typed (kind, fiscal year, the date) are not looked for as printed text; the date's box is its printed text's.
            bool locate = info.Type is CorrectionValueType.Text or CorrectionValueType.Lines;
            var f = Field(CorrectionTarget.Document, 0, info.Name, value, locate: locate);
            if (info.PrintedIn is not null) f = f with { Where = locator.Locate(printed, document.PageStart, document.PageEnd) };
            fields.Add(f);
        }
        return fields.Select(f =>
        {
            if (f.NeedsCheck || f.Corrected || document.Confirmed) return f;
            if (string.IsNullOrWhiteSpace(f.Value) && CorrectionFields.Field(CorrectionTarget.Document, f.Field)!.NeededOn(d.Kind))
                return f with { NeedsCheck = true, Reason = "เอกสารประเภทนี้ต้องมีค่านี้ แต่อ่านไม่พบ" };
            return Implausible(f) ? f with { NeedsCheck = true, Reason = "ค่านี้ไม่น่าเป็นไปได้ (วันที่/ปีนอกช่วง ไม่ตรงกัน หรือมีคำเตือนจากการอ่าน)" } : f;
        }).ToList();
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
            "date" => hasDate && !Plausibility.IsPlausibleDate(date, today),
            "fiscalYear" => document.FiscalYear is { } fy && (!Plausibility.IsPlausibleYear(fy, today) || hasDate && !Plausibility.FiscalYearMatchesDate(fy, date))
                || document.FiscalYear is null && CorrectionFields.Field(CorrectionTarget.Document, "fiscalYear")!.NeededOn(document.Kind),
            _ => false,
        };
    }

    public IReadOnlyList<IReadOnlyList<FieldView>> Sections() => document.Sections.OrderBy(s => s.Order).Select(s =>
    {
        bool corrected = s.Origin == ValueOrigin.Corrected;
        var text = Field(CorrectionTarget.Section, s.Order, "text", s.Text, corrected: corrected);
        var type = Field(CorrectionTarget.Section, s.Order, "type", s.Type, locate: false, corrected: corrected);
        // The classifier's own doubt decides whether a section type needs a look.
        bool doubtful = !type.Corrected && !document.Confirmed && s.Confidence is < 0.6;
        type = type with { Where = text.Where, NeedsCheck = doubtful, Reason = doubtful ? "ไม่แน่ใจประเภทหัวข้อ (ตัวจำแนกมั่นใจต่ำ)" : null };
        return (IReadOnlyList<FieldView>)
        [
            type,
            Field(CorrectionTarget.Section, s.Order, "heading", s.Heading, corrected: corrected),
            text,
        ];
    }).ToList();

    /// <summary>
    /// The measure table's rows, in the registry's column order: number, title, steps (one per line), responsible
    /// units (one per line, checked against the unit catalogue), period as printed and as two dates, progress.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<FieldView>> Measures() => document.Measures.OrderBy(m => m.Order).Select(m =>
    {
        bool c = m.Origin == ValueOrigin.Corrected;
        var title = Field(CorrectionTarget.Measure, m.Order, "title", m.Title, corrected: c);
        var period = Field(CorrectionTarget.Measure, m.Order, "periodText", m.PeriodText, corrected: c);
        // A period printed but not read as dates is what a clerk must type in.
        bool periodUnread = !string.IsNullOrWhiteSpace(m.PeriodText) && m.PeriodStart is null && PeriodHasDigits(m.PeriodText);
        string units = string.Join('\n', m.Responsible.OrderBy(r => r.Order).Select(r => r.Unit));
        var responsible = Required(Field(CorrectionTarget.Measure, m.Order, "responsible", units, corrected: c), document.Kind);
        var outside = _units.Outside(units);
        return (IReadOnlyList<FieldView>)
        [
            Field(CorrectionTarget.Measure, m.Order, "number", Int(m.Number), locate: false, corrected: c) with { Where = title.Where },
            title,
            Field(CorrectionTarget.Measure, m.Order, "steps", string.Join('\n', m.Steps.OrderBy(s => s.Order).Select(s => s.Text)), corrected: c),
            Flag(responsible, outside.Count > 0, $"{UnitOutsideCatalogue}: {string.Join(", ", outside.Take(3))}"),
            period,
            Flag(Field(CorrectionTarget.Measure, m.Order, "periodStart", Iso(m.PeriodStart), locate: false, corrected: c) with { Where = period.Where },
                periodUnread, "ระยะเวลาที่พิมพ์ไว้ยังไม่ได้อ่านเป็นวันที่"),
            Field(CorrectionTarget.Measure, m.Order, "periodEnd", Iso(m.PeriodEnd), locate: false, corrected: c) with { Where = period.Where },
            Field(CorrectionTarget.Measure, m.Order, "progress", m.Progress, corrected: c),
        ];
    }).ToList();

    /// <summary>
    /// The box of a whole table row, "page x y w h" (empty when nothing of it was found): the union of its cells' boxes
    /// on the page of its title (or first located cell) that share the title's band across the page. A short value
    /// such as a unit may have been found in another row (the same unit printed elsewhere); it stays out of the union.
    /// </summary>
    public static string RowBox(IReadOnlyList<FieldView> row)
    {
        var located = row.Where(f => f.Where is not null).Select(f => (f.Field, Where: f.Where!)).ToList();
        if (located.Count == 0) return "";
        var anchor = located.FirstOrDefault(x => x.Field == "title").Where ?? located[0].Where;
        int top = anchor.Box[1], bottom = anchor.Box[1] + anchor.Box[3];
        var cells = located.Select(x => x.Where).Where(w => w.Page == anchor.Page && w.Box[1] < bottom && w.Box[1] + w.Box[3] > top).ToList();
        int x0 = cells.Min(w => w.Box[0]), y0 = cells.Min(w => w.Box[1]);
        int x1 = cells.Max(w => w.Box[0] + w.Box[2]), y1 = cells.Max(w => w.Box[1] + w.Box[3]);
        return string.Join(' ', new[] { anchor.Page, x0, y0, x1 - x0, y1 - y0 }.Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>An empty row of the measure table (order -1): the template the editor copies for an added row.</summary>
    public static IReadOnlyList<FieldView> EmptyMeasure() => CorrectionFields.Describe(CorrectionTarget.Measure).Where(f => f.OnForm)
        .Select(f => new FieldView(CorrectionTarget.Measure, -1, f.Name, LabelOf(f), null, InputOf(CorrectionTarget.Measure, f), null, false, false))
        .ToList();

    private static bool PeriodHasDigits(string text) => text.Any(ThaiDigits.IsDigit);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private FieldView Required(FieldView f, string kind) =>
        string.IsNullOrWhiteSpace(f.Value) && CorrectionFields.Field(f.Target, f.Field)!.NeededOn(kind) ? Flag(f, true, "เอกสารประเภทนี้ต้องมีค่านี้ แต่อ่านไม่พบ") : f;

    public IReadOnlyList<IReadOnlyList<FieldView>> Indicators() => document.Indicators.OrderBy(i => i.Number).Select(i =>
    {
        bool c = i.Origin == ValueOrigin.Corrected;
        var name = Field(CorrectionTarget.Indicator, i.Order, "name", i.Name, corrected: c);
        return (IReadOnlyList<FieldView>)
        [
            Field(CorrectionTarget.Indicator, i.Order, "number", Int(i.Number), locate: false, corrected: c) with { Where = name.Where },
            name,
            Field(CorrectionTarget.Indicator, i.Order, "score", Num(i.Score), corrected: c),
        ];
    }).ToList();

    /// <summary>
    /// The overall ITA results. A grade that does not follow from its score, a year out of range, or an overall score
    /// that cannot follow from the year's ten indicator scores on the same document is flagged.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<FieldView>> ItaResults() => document.ItaResults.Select(r =>
    {
        bool c = r.Origin == ValueOrigin.Corrected;
        // A grade that does not follow from the score means one of them was misread.
        bool disagree = r.Grade is not null && r.Grade != Plausibility.ItaGrade(r.Score);
        bool badYear = r.FiscalYear is { } y && !Plausibility.IsPlausibleYear(y, today);
        int? year = r.FiscalYear ?? document.FiscalYear;
        var indicators = document.Indicators.Where(i => (i.FiscalYear ?? document.FiscalYear) == year).Select(i => (i.Number, i.Score)).ToList();
        bool totalOff = Plausibility.ItaScoreFitsIndicators(r.Score, indicators) == false;
        var score = Flag(Field(CorrectionTarget.ItaResult, r.Order, "score", Num(r.Score), corrected: c), disagree);
        if (totalOff)
            score = Flag(score, true, $"{ItaTotalDisagrees} (คะแนนรวมต้องอยู่ระหว่าง {Num(indicators.Min(i => i.Score))}–{Num(indicators.Max(i => i.Score))})");
        return (IReadOnlyList<FieldView>)
        [
            Flag(Field(CorrectionTarget.ItaResult, r.Order, "fiscalYear", Int(r.FiscalYear), corrected: c), badYear),
            score,
            Flag(Field(CorrectionTarget.ItaResult, r.Order, "grade", r.Grade, locate: false, corrected: c), disagree),
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
            Field(target, p.Order, "name", p.Name, corrected: c),
            Field(target, p.Order, "position", p.Position, corrected: c),
            Field(target, p.Order, "role", p.Role, corrected: c),
        ];
    }).ToList();

    /// <summary>A registry field's value on the form: located on the page, flagged when its reading is in doubt.</summary>
    private FieldView Field(CorrectionTarget target, int order, string field, string? value, bool locate = true, bool corrected = false)
    {
        var info = CorrectionFields.Field(target, field) ?? throw new ArgumentException($"{target}.{field} is not a reviewable field", nameof(field));
        var input = InputOf(target, info);
        var where = locate ? locator.Locate(value, document.PageStart, document.PageEnd) : null;
        corrected |= correctedKeys.Contains(FieldView.KeyOf(target, order, field));
        string? reason = corrected || document.Confirmed ? null
            : where is not null && where.Confidence < (value!.Any(ThaiDigits.IsDigit) ? CheckDigitsBelow : CheckBelow)
                ? "อ่านจากภาพได้ไม่ชัด (ความมั่นใจ OCR ต่ำ)"
            : locate && !string.IsNullOrWhiteSpace(value) && where is null && input is not (FieldInput.Multiline or FieldInput.Lines) && _hasBoxes
                ? "หาค่านี้บนหน้าเอกสารไม่พบ"
            : ValueCheck.Problem(field, value, input);
        return new FieldView(target, order, field, LabelOf(info), value, input, where, reason is not null, corrected) { Reason = reason };
    }

    private static string? Int(int? v) => v?.ToString(CultureInfo.InvariantCulture);
    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
