using DocIngest.Data;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Ui;

/// <summary>The agencies and fiscal years stored so far, offered in the search and compare filters.</summary>
public static class FilterChoices
{
    public static async Task<IReadOnlyList<string>> AgenciesAsync(DocIngestDbContext db, CancellationToken ct) =>
        await db.Documents.AsNoTracking().Where(d => d.Organization != null).Select(d => d.Organization!).Distinct().OrderBy(a => a).ToListAsync(ct);

    /// <summary>Fiscal years (BE), oldest first.</summary>
    public static async Task<IReadOnlyList<int>> YearsAsync(DocIngestDbContext db, CancellationToken ct) =>
        await db.Documents.AsNoTracking().Where(d => d.FiscalYear != null).Select(d => d.FiscalYear!.Value).Distinct().OrderBy(y => y).ToListAsync(ct);
}
