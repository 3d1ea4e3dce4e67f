using DocIngest.Web.Queries;
using DocIngest.Web.Ui;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocIngest.Web.Pages;

/// <summary>Measures, ITA scores and indicators side by side: one agency over fiscal years, or agencies in one year.</summary>
public sealed class CompareModel(CompareQueries compare, ChoiceQueries choices) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Years { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agencies { get; set; }

    public Comparison? Result { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<string> KnownAgencies { get; private set; } = [];
    public IReadOnlyList<int> KnownYears { get; private set; } = [];
    public bool ByYears => Year is null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        KnownAgencies = await choices.AgenciesAsync(ct);
        KnownYears = await choices.YearsAsync(ct);
        if (string.IsNullOrWhiteSpace(Agency) && string.IsNullOrWhiteSpace(Agencies)) return;
        var columns = CompareQueries.ParseColumns(Agency, Core.Thai.ThaiDigits.ToArabic(Years ?? ""), Year, Agencies);
        if (columns is null || columns.Count == 0)
        {
            Error = "เลือกหน่วยงานและปีงบประมาณอย่างน้อยหนึ่งปี (คั่นด้วยจุลภาค เช่น 2565,2566) หรือเลือกปีและหน่วยงานหลายแห่ง";
            return;
        }
        Result = await compare.BuildAsync(columns, ct);
    }

    public string ExportQuery() => Request.QueryString.Value ?? "";

    /// <summary>The ITA chart: one bar per column (its best score that year) on the 0–100 scale, labelled by year or agency.</summary>
    public BarChart? Chart(ThaiDisplay show) => Result is null ? null : new BarChart("คะแนน ITA",
        Result.Columns.Select(c =>
        {
            var ita = c.Ita.OrderByDescending(r => r.Score).FirstOrDefault();
            string value = ita is null ? "ไม่มีข้อมูล" : show.Number(ita.Score) + (ita.Grade is null ? "" : $" ({ita.Grade})");
            return new ChartBar(ByYears ? show.Number(c.FiscalYear) : c.Agency, ita?.Score, value);
        }).ToList(),
        new[] { 0, 25, 50, 75, 100 }.Select(t => new ChartTick(t, show.Number(t))).ToList(), maximum: 100);
}
