using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Web.Ui;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Web.Queries;

/// <summary>What the filters and editors offer: stored agencies, fiscal years and responsible units.</summary>
public sealed class ChoiceQueries(DocIngestDbContext db, UnitCatalogueCache unitCatalogues)
{
    /// <summary>Most units offered in a filter or suggestion list: the list is read, not scrolled.</summary>
    public const int MaxUnits = 200;

    public async Task<IReadOnlyList<string>> AgenciesAsync(CancellationToken ct) =>
        await db.Documents.AsNoTracking().Where(d => d.Organization != null).Select(d => d.Organization!).Distinct().OrderBy(a => a).ToListAsync(ct);

    /// <summary>Fiscal years (BE), oldest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct) =>
        await db.Documents.AsNoTracking().Where(d => d.FiscalYear != null).Select(d => d.FiscalYear!.Value).Distinct().OrderBy(y => y).ToListAsync(ct);

    /// <summary>Responsible units stored, in alphabetical order (the search filter).</summary>
    public async Task<IReadOnlyList<string>> UnitsAsync(CancellationToken ct) =>
        await db.MeasureResponsible.AsNoTracking().Select(r => r.Unit).Distinct().OrderBy(u => u).Take(MaxUnits).ToListAsync(ct);

    /// <summary>
    /// The catalogue of responsible units: the official list (<see cref="UnitCatalogue"/>) and the stored units a
    /// person vouched for (on a confirmed document or in a corrected row) or that several files print alike. A unit
    /// read once, on one unchecked file, is not in it: that is where OCR's misreadings are. Built again only when the
    /// stored measures have changed since it was last built (<see cref="UnitCatalogueCache"/>).
    /// </summary>
    public async Task<UnitCatalogue> UnitCatalogueAsync(CancellationToken ct)
    {
        // The version is read before the catalogue is built: a change made meanwhile gives a newer version next time.
        var version = await StoreVersionAsync(ct);
        if (unitCatalogues.Get(version) is { } cached) return cached;
        var catalogue = await BuildUnitCatalogueAsync(ct);
        unitCatalogues.Set(version, catalogue);
        return catalogue;
    }

    /// <summary>The stored measures' <see cref="MeasureStoreVersion"/>: newest ids by primary key and a count of documents.</summary>
    public async Task<MeasureStoreVersion> StoreVersionAsync(CancellationToken ct) =>
        new(await db.Measures.MaxAsync(m => (long?)m.Id, ct), await db.Documents.MaxAsync(d => (long?)d.Id, ct), await db.Documents.CountAsync(ct),
            await db.Corrections.MaxAsync(c => (long?)c.Id, ct));

    private async Task<UnitCatalogue> BuildUnitCatalogueAsync(CancellationToken ct)
    {
        // Joined explicitly: a correlated SelectMany needs APPLY, which SQLite does not have.
        var units = from r in db.MeasureResponsible.AsNoTracking()
                    join m in db.Measures.AsNoTracking() on r.MeasureId equals m.Id
                    join d in db.Documents.AsNoTracking() on m.DocumentId equals d.Id
                    select new { r.Unit, d.SourceFileId, Vouched = d.Confirmed || m.Origin == ValueOrigin.Corrected };
        var vouched = await units.Where(u => u.Vouched).Select(u => u.Unit).Distinct().OrderBy(u => u).Take(MaxUnits).ToListAsync(ct);
        var shared = await units.Select(u => new { u.Unit, u.SourceFileId }).Distinct()
            .GroupBy(x => x.Unit).Where(g => g.Count() >= UnitCatalogue.FilesToTrust)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).Take(MaxUnits).ToListAsync(ct);
        var stored = shared.Concat(vouched).Distinct().ToList();
        return new UnitCatalogue(stored);
    }
}
