using DocIngest.Data;
using DocIngest.Data.Search;
using DocIngest.Web.Api;
using DocIngest.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Pages;

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
        var measureIds = Hits.Where(h => h.Entity == "measure").Select(h => h.EntityId).ToList();
        Measures = await MeasuresApi.LoadAsync(db, measureIds, ct);
    }

    /// <summary>Query string of the current filters, for the export links.</summary>
    public string ExportQuery() => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["agency"] = Agency, ["year"] = Year?.ToString(), ["unit"] = Unit, ["kind"] = Kind,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
