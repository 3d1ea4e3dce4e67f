using DocIngest.Core.Comparison;
using DocIngest.Data;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Queries;

public sealed record CompareColumn(string Agency, int FiscalYear, int DocumentCount, IReadOnlyList<ItaScoreDto> Ita, IReadOnlyList<IndicatorDto> Indicators);
public sealed record ItaScoreDto(int? FiscalYear, double Score, string? Grade);
public sealed record IndicatorDto(int Number, string? Name, double Score);
public sealed record MeasureRow(double Similarity, IReadOnlyList<MeasureDto?> Cells);
public sealed record IndicatorRow(int Number, string? Name, IReadOnlyList<double?> Scores, IReadOnlyList<double?> Changes);
public sealed record Comparison(IReadOnlyList<CompareColumn> Columns, IReadOnlyList<MeasureRow> Measures, IReadOnlyList<IndicatorRow> Indicators);

/// <summary>Side-by-side comparison: one agency across fiscal years, or several agencies in one year.</summary>
public sealed class CompareQueries(DocIngestDbContext db, MeasureQueries measures)
{
    /// <summary>Most columns compared at once: each aligns its measures with every other, so the work grows with the square.</summary>
    public const int MaxColumns = 8;

    /// <summary>The columns asked for, each once; null when the request names none, or more than <see cref="MaxColumns"/>.</summary>
    public static IReadOnlyList<(string Agency, int Year)>? ParseColumns(string? agency, string? years, int? year, string? agencies)
    {
        var columns = ParseAllColumns(agency, years, year, agencies)?.Distinct().ToList();
        return columns is null || columns.Count > MaxColumns ? null : columns;
    }

    private static IReadOnlyList<(string Agency, int Year)>? ParseAllColumns(string? agency, string? years, int? year, string? agencies)
    {
        static IEnumerable<string> Split(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!string.IsNullOrWhiteSpace(agency) && !string.IsNullOrWhiteSpace(years))
        {
            var ys = Split(years).Select(y => int.TryParse(y, out var v) ? v : (int?)null).ToList();
            return ys.Any(y => y is null) ? null : ys.Select(y => (agency.Trim(), y!.Value)).ToList();
        }
        if (year is not null && !string.IsNullOrWhiteSpace(agencies))
            return Split(agencies).Select(a => (a, year.Value)).ToList();
        return null;
    }

    public async Task<Comparison> BuildAsync(IReadOnlyList<(string Agency, int Year)> columns, CancellationToken ct)
    {
        var built = new List<CompareColumn>();
        var measureColumns = new List<IReadOnlyList<MeasureDto>>();
        foreach (var (agency, year) in columns)
        {
            var docs = await db.Documents.AsNoTracking().Where(d => d.Organization != null && d.Organization.Contains(agency))
                .Include(d => d.ItaResults).Include(d => d.Indicators).AsSplitQuery().ToListAsync(ct);
            var ita = docs.SelectMany(d => d.ItaResults.Select(r => new ItaScoreDto(r.FiscalYear ?? d.FiscalYear, r.Score, r.Grade)))
                .Where(r => r.FiscalYear == year).DistinctBy(r => (r.Score, r.Grade)).ToList();
            var indicators = docs.SelectMany(d => d.Indicators.Where(i => (i.FiscalYear ?? d.FiscalYear) == year))
                .GroupBy(i => i.Number).Select(g => new IndicatorDto(g.Key, g.First().Name, g.First().Score)).OrderBy(i => i.Number).ToList();
            var docIds = docs.Where(d => d.FiscalYear == year).Select(d => d.Id).ToList();
            measureColumns.Add(await measures.OfDocumentsAsync(docIds, ct));
            built.Add(new CompareColumn(agency, year, docIds.Count, ita, indicators));
        }

        var rows = MeasureAligner.Align(measureColumns.Select(c => (IReadOnlyList<string>)c.Select(m => m.Title).ToList()).ToList())
            .Select(r => new MeasureRow(r.Similarity, r.Cells.Select((i, c) => i is null ? null : measureColumns[c][i.Value]).ToList()))
            .ToList();

        var indicatorRows = built.SelectMany(c => c.Indicators).Select(i => i.Number).Distinct().Order().Select(n =>
        {
            var scores = built.Select(c => c.Indicators.FirstOrDefault(i => i.Number == n)?.Score).ToList();
            var changes = scores.Select((s, k) => k == 0 || s is null || scores[k - 1] is null ? null : (double?)Math.Round(s.Value - scores[k - 1]!.Value, 2)).ToList();
            var name = built.SelectMany(c => c.Indicators).First(i => i.Number == n).Name;
            return new IndicatorRow(n, name, scores, changes);
        }).ToList();
        return new Comparison(built, rows, indicatorRows);
    }
}
