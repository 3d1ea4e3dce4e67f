using DocIngest.Core.Extraction;
using DocIngest.Core.Review;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Web.Access;
using DocIngest.Web.Queries;
using DocIngest.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocIngest.Web.Pages.Documents;

/// <summary>
/// The review page: page images beside the parsed document of a file, every value editable; saving stores each
/// change as an audited correction; confirming marks the document checked (and feeds the classifiers).
/// </summary>
public sealed class ReviewModel(ReviewQueries review, ChoiceQueries choices, CorrectionService corrections, IAuthorizationService authorization,
    TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Part { get; set; }

    public SourceFile Source { get; private set; } = null!;
    public IReadOnlyList<DocumentRecord> Parts { get; private set; } = [];
    public DocumentRecord? Document { get; private set; }
    public IReadOnlyList<DocIngest.Core.Extraction.PageResult> Pages { get; private set; } = [];
    public IReadOnlyList<Correction> History { get; private set; } = [];
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public bool CanEdit { get; private set; }
    /// <summary>The responsible units the measure editor suggests and checks against.</summary>
    public UnitCatalogue Units { get; private set; } = UnitCatalogue.Official;
    public string? Error { get; private set; }
    /// <summary>After a save in place: what was saved (Thai).</summary>
    public string? Message { get; private set; }
    /// <summary>What another reviewer saved after this editor loaded the document (a refused, conflicting save).</summary>
    public IReadOnlyList<Correction> Conflict { get; private set; } = [];
    /// <summary>The values this person typed in a conflicting save that rearranged the table, listed so none is lost.</summary>
    public IReadOnlyList<(string Where, string? Value)> Unsaved { get; private set; } = [];
    /// <summary>The document's revision the form is based on (sent back with the save).</summary>
    public int Revision => Document?.Revision ?? 0;

    public IReadOnlyList<FieldView> Header { get; private set; } = [];
    public IReadOnlyList<IReadOnlyList<FieldView>> Sections { get; private set; } = [];
    public IReadOnlyList<IReadOnlyList<FieldView>> Measures { get; private set; } = [];
    public IReadOnlyList<IReadOnlyList<FieldView>> Indicators { get; private set; } = [];
    public IReadOnlyList<IReadOnlyList<FieldView>> ItaResults { get; private set; } = [];
    public IReadOnlyList<IReadOnlyList<FieldView>> Members { get; private set; } = [];
    public IReadOnlyList<IReadOnlyList<FieldView>> Signatures { get; private set; } = [];

    /// <summary>Values the user typed in a save that was refused, shown again instead of the stored ones.</summary>
    private IFormCollection? _posted;

    public int NeedsCheckCount => Header.Concat(Sections.SelectMany(x => x)).Concat(Measures.SelectMany(x => x))
        .Concat(Indicators.SelectMany(x => x)).Concat(ItaResults.SelectMany(x => x)).Concat(Members.SelectMany(x => x))
        .Concat(Signatures.SelectMany(x => x)).Count(f => f.NeedsCheck);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return new ContentResult { Content = NotFoundPage(id), ContentType = "text/html; charset=utf-8", StatusCode = 404 };
        }
        BuildFields();
        return Page();
    }

    /// <summary>A Thai page for a file that is not there (an old link, a removed file), never a raw 404.</summary>
    private static string NotFoundPage(long id) =>
        $"<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>ไม่พบเอกสาร · DocIngest</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>" +
        $"<body><main><h1>ไม่พบเอกสาร</h1><p class=\"card\" data-testid=\"not-found\">ไม่มีไฟล์หมายเลข {id} อาจถูกลบไปแล้ว หรือลิงก์ไม่ถูกต้อง</p>" +
        "<p><a href=\"/\">กลับไปกล่องเอกสาร</a> · <a href=\"/search\">ค้นหามาตรการ</a></p></main></body></html>";

    public async Task<IActionResult> OnPostAsync(long id, string? command, int? revision, string? rows, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, AccessExtensions.CanReview)).Succeeded) return Forbid();
        if (!await LoadAsync(id, ct) || Document is null) return NotFound();

        // A table left as it was (a form posted without the page's script sends it whole) is no rearrangement.
        if (rows == MeasureRows.Identity(Document.Measures.Count)) rows = null;
        var edits = new List<FieldEdit>();
        foreach (var (key, value) in Request.Form)
        {
            if (FieldView.ParseKey(key) is not { } address) continue;
            edits.Add(new FieldEdit(address.Target, address.Order, address.Field, value.ToString().Replace("\r\n", "\n")));
        }
        string user = User.Identity?.Name ?? "?";
        bool confirm = command == "confirm";
        // The page's script saves in place (fetch) and swaps in the answer; without it, post-redirect-get.
        bool inPlace = Request.Headers["X-Requested-With"] == "fetch";
        try
        {
            var outcome = await corrections.SaveAsync(new DocumentSave(Document.Id, edits, user, confirm, revision, string.IsNullOrWhiteSpace(rows) ? null : rows), ct);
            int values = outcome.Written.Count(c => c.Field != CorrectionFields.Confirmed);
            string message = (values, confirm) switch
            {
                (0, true) => "ยืนยันเอกสารแล้ว",
                (_, true) => $"บันทึกการแก้ไข {values} รายการและยืนยันเอกสารแล้ว",
                (0, false) => "ไม่มีค่าที่เปลี่ยน",
                _ => $"บันทึกการแก้ไข {values} รายการแล้ว",
            };
            if (!inPlace)
            {
                TempData["Message"] = message;
                return Redirect($"/documents/{id}?part={Part}");
            }
            Message = message;
            await LoadAsync(id, ct);
            BuildFields();
            return Page();
        }
        catch (CorrectionConflictException e)
        {
            // Nothing was written. Show the document as the other person left it, with this person's values kept:
            // in their fields when the table was not rearranged, else listed, so no typed value is lost.
            Error = e.Message;
            Conflict = e.Since;
            await LoadAsync(id, ct);
            if (string.IsNullOrWhiteSpace(rows)) _posted = Request.Form;
            else Unsaved = edits.Select(x => (CorrectionFields.Describe(x.Target, x.TargetOrder, x.Field), x.NewValue)).ToList();
            BuildFields();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        catch (CorrectionException e)
        {
            // Nothing was written: the loaded document still holds, shown with what the user typed.
            Error = e.Message;
            if (string.IsNullOrWhiteSpace(rows)) _posted = Request.Form;
            else Unsaved = edits.Select(x => (CorrectionFields.Describe(x.Target, x.TargetOrder, x.Field), x.NewValue)).ToList();
            BuildFields();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await review.LoadAsync(id, Part, ct) is not { } data) return false;
        Source = data.Source;
        CanEdit = (await authorization.AuthorizeAsync(User, AccessExtensions.CanReview)).Succeeded;
        Parts = data.Parts;
        Pages = data.Pages;
        History = await corrections.HistoryAsync(id, ct);
        Document = data.Document;
        Warnings = data.Warnings;
        if (Document is not null) Part = Document.Index;
        if (Document?.Measures.Count > 0 || Document?.Kind == "measure-plan") Units = await choices.UnitCatalogueAsync(ct);
        return true;
    }

    /// <summary>The editable values of the loaded document, located on its pages and flagged for checking.</summary>
    private void BuildFields()
    {
        if (Document is null) return;
        var correctedKeys = History.Where(c => c.DocumentIndex == Document.Index)
            .Select(c => FieldView.KeyOf(c.Target, c.TargetOrder, c.Field)).ToHashSet();
        var fields = new ReviewFieldBuilder(new TextLocator(Pages), Document, correctedKeys, Warnings, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), Units);
        Header = Posted(fields.Header());
        Sections = fields.Sections().Select(Posted).ToList();
        Measures = fields.Measures().Select(Posted).ToList();
        Indicators = fields.Indicators().Select(Posted).ToList();
        ItaResults = fields.ItaResults().Select(Posted).ToList();
        Members = fields.People(PersonKind.Member).Select(Posted).ToList();
        Signatures = fields.People(PersonKind.Signature).Select(Posted).ToList();
    }

    private IReadOnlyList<FieldView> Posted(IReadOnlyList<FieldView> fields) => fields.Select(f =>
    {
        // Dates are shown and typed in the Buddhist Era; what "changed" is judged against is the same display form.
        if (f.Input == FieldInput.Date)
        {
            string? shown = DisplayDate(f.Value);
            f = f with { Value = shown, Original = shown };
        }
        var theirs = Conflict.LastOrDefault(c => FieldView.KeyOf(c.Target, c.TargetOrder, c.Field) == f.Key);
        if (theirs is not null) f = f with { Theirs = $"{theirs.UserName}: {(f.Input == FieldInput.Date ? DisplayDate(theirs.NewValue) : theirs.NewValue) ?? "(ว่าง)"}" };
        return _posted is not null && _posted.TryGetValue(f.Key, out var v) ? f with { Value = v.ToString() } : f;
    }).ToList();

    private static string? DisplayDate(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? PrintedDate.Format(d) : iso;

    /// <summary>One audit row in the words of the form: where, and old/new values as a person reads them.</summary>
    public static (string Where, string? Old, string? New) Describe(Correction c)
    {
        string where = CorrectionFields.Describe(c.Target, c.TargetOrder, c.Field);
        if (c.Field == CorrectionFields.Confirmed) return ("ยืนยันเอกสาร", c.OldValue == "true" ? "ยืนยันแล้ว" : "ยังไม่ยืนยัน", c.NewValue == "true" ? "ยืนยันแล้ว" : "ยกเลิกการยืนยัน");
        if (c.Field == MeasureRows.Field) return (where, null, MeasureRows.Describe(c.OldValue, c.NewValue));
        string? Show(string? v) => c.Field switch
        {
            "date" or "periodStart" or "periodEnd" => DisplayDate(v),
            "kind" => v is null ? null : ThaiDisplay.KindLabel(v),
            "type" when c.Target == CorrectionTarget.Section => v is null ? null : ThaiDisplay.SectionLabel(v),
            _ => v,
        };
        return (where, Show(c.OldValue), Show(c.NewValue));
    }

    /// <summary>The first page to show: the document's first page.</summary>
    public int FirstPage => Document?.PageStart ?? 1;
}
