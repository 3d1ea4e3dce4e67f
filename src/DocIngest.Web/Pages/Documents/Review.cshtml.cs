using DocIngest.Core.Extraction;
using DocIngest.Core.Review;
using DocIngest.Data;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Web.Access;
using DocIngest.Web.Ui;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Pages.Documents;

/// <summary>
/// The review page: page images beside the parsed document of a file, every value editable; saving stores each
/// change as an audited correction; confirming marks the document checked (and feeds the classifiers).
/// </summary>
public sealed class ReviewModel(DocIngestDbContext db, CorrectionService corrections, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Part { get; set; }

    public SourceFile Source { get; private set; } = null!;
    public IReadOnlyList<DocumentRecord> Parts { get; private set; } = [];
    public DocumentRecord? Document { get; private set; }
    public IReadOnlyList<DocIngest.Core.Extraction.PageResult> Pages { get; private set; } = [];
    public IReadOnlyList<Correction> History { get; private set; } = [];
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public string? Error { get; private set; }

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
        if (!await LoadAsync(id, ct)) return NotFound();
        BuildFields();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? command, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, AccessExtensions.CanReview)).Succeeded) return Forbid();
        if (!await LoadAsync(id, ct) || Document is null) return NotFound();

        var edits = new List<FieldEdit>();
        foreach (var (key, value) in Request.Form)
        {
            if (FieldView.ParseKey(key) is not { } address) continue;
            edits.Add(new FieldEdit(address.Target, address.Order, address.Field, value.ToString().Replace("\r\n", "\n")));
        }
        string user = User.Identity?.Name ?? "?";
        try
        {
            var written = await corrections.ApplyAsync(Document.Id, edits, user, ct);
            bool confirm = command == "confirm";
            if (confirm) await corrections.ConfirmAsync(Document.Id, user, ct);
            TempData["Message"] = (written.Count, confirm) switch
            {
                (0, true) => "ยืนยันเอกสารแล้ว",
                (_, true) => $"บันทึกการแก้ไข {written.Count} รายการและยืนยันเอกสารแล้ว",
                (0, false) => "ไม่มีค่าที่เปลี่ยน",
                _ => $"บันทึกการแก้ไข {written.Count} รายการแล้ว",
            };
            return Redirect($"/documents/{id}?part={Part}");
        }
        catch (CorrectionException e)
        {
            // Nothing was written: the loaded document still holds, shown with what the user typed.
            Error = e.Message;
            _posted = Request.Form;
            BuildFields();
            return Page();
        }
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var source = await db.SourceFiles.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return false;
        Source = source;
        CanEdit = (await authorization.AuthorizeAsync(User, AccessExtensions.CanReview)).Succeeded;
        Parts = await db.Documents.AsNoTracking().Where(d => d.SourceFileId == id).OrderBy(d => d.Index).ToListAsync(ct);
        Pages = source.ResultJson is null ? [] : ExtractionJson.Deserialize(source.ResultJson).Pages;
        History = await corrections.HistoryAsync(id, ct);
        var current = Parts.FirstOrDefault(d => d.Index == Part) ?? Parts.FirstOrDefault();
        if (current is null) return true;
        Part = current.Index;
        Document = await db.Documents.AsNoTracking().Where(d => d.Id == current.Id)
            .Include(d => d.Sections).Include(d => d.Measures).ThenInclude(m => m.Steps).Include(d => d.Measures).ThenInclude(m => m.Responsible)
            .Include(d => d.Indicators).Include(d => d.ItaResults).Include(d => d.People).AsSplitQuery().FirstAsync(ct);
        Warnings = Document.WarningsJson is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<string>>(Document.WarningsJson) ?? [];
        return true;
    }

    /// <summary>The editable values of the loaded document, located on its pages and flagged for checking.</summary>
    private void BuildFields()
    {
        if (Document is null) return;
        var correctedKeys = History.Where(c => c.DocumentIndex == Document.Index)
            .Select(c => FieldView.KeyOf(c.Target, c.TargetOrder, c.Field)).ToHashSet();
        var fields = new ReviewFieldBuilder(new TextLocator(Pages), Document, correctedKeys, Warnings, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        Header = Posted(fields.Header());
        Sections = fields.Sections().Select(Posted).ToList();
        Measures = fields.Measures().Select(Posted).ToList();
        Indicators = fields.Indicators().Select(Posted).ToList();
        ItaResults = fields.ItaResults().Select(Posted).ToList();
        Members = fields.People(PersonKind.Member).Select(Posted).ToList();
        Signatures = fields.People(PersonKind.Signature).Select(Posted).ToList();
    }

    private IReadOnlyList<FieldView> Posted(IReadOnlyList<FieldView> fields) => _posted is null ? fields
        : fields.Select(f => _posted.TryGetValue(f.Key, out var v) ? f with { Value = v.ToString() } : f).ToList();

    /// <summary>The first page to show: the document's first page.</summary>
    public int FirstPage => Document?.PageStart ?? 1;
}
