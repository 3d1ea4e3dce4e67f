using DocIngest.Data.Search;
using DocIngest.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocIngest.Web.Pages;

/// <summary>Thai full-text search over measures (and sections, document text), with filters and highlights.</summary>
public sealed class SearchModel(SearchQueries search, ChoiceQueries choices) : PageModel
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
        Agencies = await choices.AgenciesAsync(ct);
        Years = (await choices.YearsAsync(ct)).Reverse().ToList(); // newest first
        Units = await choices.UnitsAsync(ct);
        if (!Searched) return;
        string? entity = Entity is null or "" ? "measure" : Entity == "all" ? null : Entity;
        Hits = await search.SearchAsync(Q!, new SearchFilter(Agency, Year, Kind, Unit, entity), 100, ct);
        // Hits of every kind carry an entity id of their own table: measure facts only for measure hits.
        var context = await search.ContextAsync(Hits, ct);
        Measures = context.Measures;
        SectionOrders = context.SectionOrders;
        Parts = context.Parts;
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
