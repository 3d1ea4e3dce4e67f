using DocIngest.Data;
using DocIngest.Data.Search;
using DocIngest.Web.Api;
using DocIngest.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Pages;

/// <summary>A search hit's document part: its record id, file, position in the file, and whether it is confirmed.</summary>
public sealed record HitPart(long Id, long SourceFileId, int Index, bool Confirmed);

/// <summary>Thai full-text search over measures (and sections, document text), with filters and highlights.</summary>
public sealed class SearchModel(SearchIndex index, DocIngestDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    /// <summary>measure (default), section, page, or "all".</summary>
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];
    public IReadOnlyDictionary<long, MeasureDto> Measures { get; private set; } = new Dictionary<long, MeasureDto>();
    /// <summary>The document part of every hit (hits name the part's record id): its file, position and review state.</summary>
    public IReadOnlyDictionary<long, HitPart> Parts { get; private set; } = new Dictionary<long, HitPart>();
    /// <summary>Order of each section hit within its document, for the link to it.</summary>
    public IReadOnlyDictionary<long, int> SectionOrders { get; private set; } = new Dictionary<long, int>();
    public IReadOnlyList<string> Agencies { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<string> Units { get; private set; } = [];
    public bool Searched => !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Agencies = await FilterChoices.AgenciesAsync(db, ct);
        Years = (await FilterChoices.YearsAsync(db, ct)).Reverse().ToList(); // newest first
        Units = await db.MeasureResponsible.AsNoTracking().Select(r => r.Unit).Distinct().OrderBy(u => u).Take(200).ToListAsync(ct);
        if (!Searched) return;
        string? entity = Entity is null or "" ? "measure" : Entity == "all" ? null : Entity;
        Hits = await index.SearchAsync(Q!, new SearchFilter(Agency, Year, Kind, Unit, entity), 100, ct);
        // Hits of every kind carry an entity id of their own table: measure facts only for measure hits.
        var measureIds = Hits.Where(h => h.Entity == "measure").Select(h => h.EntityId).ToList();
        Measures = await MeasuresApi.LoadAsync(db, measureIds, ct);
        var sectionIds = Hits.Where(h => h.Entity == "section").Select(h => h.EntityId).ToList();
        SectionOrders = await db.Sections.AsNoTracking().Where(s => sectionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Order, ct);
        var partIds = Hits.Select(h => h.DocumentId).Distinct().ToList();
        Parts = await db.Documents.AsNoTracking().Where(d => partIds.Contains(d.Id))
            .Select(d => new HitPart(d.Id, d.SourceFileId, d.Index, d.Confirmed)).ToDictionaryAsync(p => p.Id, ct);
    }

    /// <summary>
    /// Where a hit opens: the review page of its file at its part (document hits carry the part's record id, never
    /// the file's), scrolled to the measure or section; null when the part is gone (re-parsed since indexing).
    /// </summary>
    public string? Link(SearchHit hit)
    {
        if (!Parts.TryGetValue(hit.DocumentId, out var part)) return null;
        string anchor = hit.Entity switch
        {
            "measure" when Measures.TryGetValue(hit.EntityId, out var m) => $"#measure-{m.Order}",
            "section" when SectionOrders.TryGetValue(hit.EntityId, out int order) => $"#section-{order}",
            _ => "",
        };
        return $"/documents/{part.SourceFileId}?part={part.Index}{anchor}";
    }

    /// <summary>What a hit is, in Thai.</summary>
    public static string EntityLabel(string entity) => entity switch
    {
        "measure" => "มาตรการ",
        "section" => "เนื้อหา",
        _ => "ทั้งเอกสาร",
    };

    /// <summary>Query string of the current filters, for the export links.</summary>
    public string ExportQuery() => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["agency"] = Agency, ["year"] = Year?.ToString(), ["unit"] = Unit, ["kind"] = Kind,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
