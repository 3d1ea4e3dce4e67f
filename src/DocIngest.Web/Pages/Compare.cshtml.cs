using System.Globalization;
using System.Net;
using System.Text;
using DocIngest.Data;
using DocIngest.Web.Ui;
using Microsoft.AspNetCore.Html;
using DocIngest.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocIngest.Web.Pages;

/// <summary>Measures, ITA scores and indicators side by side: one agency over fiscal years, or agencies in one year.</summary>
public sealed class CompareModel(DocIngestDbContext db) : PageModel
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
        KnownAgencies = await FilterChoices.AgenciesAsync(db, ct);
        KnownYears = await FilterChoices.YearsAsync(db, ct);
        if (string.IsNullOrWhiteSpace(Agency) && string.IsNullOrWhiteSpace(Agencies)) return;
        var columns = CompareApi.ParseColumns(Agency, Core.Thai.ThaiDigits.ToArabic(Years ?? ""), Year, Agencies);
        if (columns is null || columns.Count == 0)
        {
            Error = "เลือกหน่วยงานและปีงบประมาณอย่างน้อยหนึ่งปี (คั่นด้วยจุลภาค เช่น 2565,2566) หรือเลือกปีและหน่วยงานหลายแห่ง";
            return;
        }
        Result = await CompareApi.BuildAsync(db, columns, ct);
    }

    public string ExportQuery() => Request.QueryString.Value ?? "";

    /// <summary>
    /// The ITA chart: one bar per column on a 0–100 scale, as plain SVG (no script, no inline style: the CSP forbids
    /// both), built here because Razor reserves the &lt;text&gt; tag that SVG labels need.
    /// </summary>
    public IHtmlContent Chart(ThaiDisplay show)
    {
        if (Result is null) return HtmlString.Empty;
        const double left = 40, width = 560, baseline = 200, scale = 1.8;
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        static string E(string s) => WebUtility.HtmlEncode(s);
        var svg = new StringBuilder("<svg class=\"chart\" viewBox=\"0 0 620 240\" role=\"img\" aria-label=\"คะแนน ITA\" data-testid=\"ita-chart\">");
        svg.Append($"<line x1=\"{F(left)}\" y1=\"{F(baseline)}\" x2=\"{F(left + width)}\" y2=\"{F(baseline)}\" class=\"axis\"/>");
        foreach (int tick in new[] { 0, 25, 50, 75, 100 })
        {
            double y = baseline - scale * tick;
            svg.Append($"<line x1=\"36\" x2=\"{F(left + width)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" class=\"grid\"/>");
            svg.Append($"<text x=\"30\" y=\"{F(y + 4)}\" class=\"tick\">{E(show.Number(tick))}</text>");
        }
        int n = Math.Max(1, Result.Columns.Count);
        double step = width / n, bar = step * 0.6;
        for (int i = 0; i < Result.Columns.Count; i++)
        {
            var column = Result.Columns[i];
            var ita = column.Ita.OrderByDescending(r => r.Score).FirstOrDefault();
            double x = left + i * step + step * 0.2, height = ita is null ? 0 : scale * ita.Score;
            string label = ByYears ? show.Number(column.FiscalYear) : column.Agency;
            string value = ita is null ? "ไม่มีข้อมูล" : show.Number(ita.Score) + (ita.Grade is null ? "" : $" ({ita.Grade})");
            svg.Append($"<rect x=\"{F(x)}\" y=\"{F(baseline - height)}\" width=\"{F(bar)}\" height=\"{F(height)}\" class=\"bar\"><title>{E(label)}: {E(value)}</title></rect>");
            svg.Append($"<text x=\"{F(x + bar / 2)}\" y=\"218\" class=\"label\">{E(label)}</text>");
            svg.Append($"<text x=\"{F(x + bar / 2)}\" y=\"{F(baseline - height - 6)}\" class=\"value\">{E(value)}</text>");
        }
        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
