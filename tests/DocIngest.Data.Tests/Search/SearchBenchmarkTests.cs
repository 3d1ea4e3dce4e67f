using DocIngest.Data.Search;
using DocIngest.Data.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Tests.Search;

public class SearchBenchmarkTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    [Fact]
    public async Task GenerateSqliteIndexAsync_SmallStore_RowsSearchableWithFilters()
    {
        await SearchBenchmark.GenerateSqliteIndexAsync(_database.CreateContext, 120);

        using var db = _database.CreateContext();
        Assert.Equal(120L, db.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM {SearchIndex.SqliteRowsTable} WHERE entity = 'measure'").Single());
        Assert.Equal(3L, db.Database.SqlQueryRaw<long>($"SELECT count(*) AS \"Value\" FROM {SearchIndex.SqliteRowsTable} WHERE entity = 'document'").Single());
        var index = new SearchIndex(db);
        var all = await index.SearchAsync("ของ", new SearchFilter(Entity: "measure"), limit: 500); // every title ends "ของ" + the agency
        Assert.Equal(120, all.Count);
        int year = all[0].FiscalYear!.Value;
        var ofYear = await index.SearchAsync("ของ", new SearchFilter(FiscalYear: year, Entity: "measure"), limit: 500);
        Assert.Equal(all.Count(h => h.FiscalYear == year), ofYear.Count);
        Assert.All(ofYear, h => Assert.Equal(year, h.FiscalYear));
    }

    public void Dispose() => _database.Dispose();
}
