using DocIngest.Data.Entities;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using DocIngest.Data.Tests.TestSupport;

namespace DocIngest.Data.Tests.Search;

public class SearchIndexTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    private async Task StoreAsync(int n, string organization, int year, params (string, string)[] measures)
    {
        using var db = _database.CreateContext();
        var source = new SourceFile { Sha256 = SampleResults.Sha(n), FileName = $"f{n}.pdf", ArchivePath = $"archive/{n}", CreatedAt = DateTime.UtcNow };
        db.SourceFiles.Add(source);
        await db.SaveChangesAsync();
        await new ResultStore(db, new SearchIndex(db)).SaveAsync(source, SampleResults.MeasurePlan(source.Sha256, organization, year, measures));
    }

    private async Task<IReadOnlyList<SearchHit>> SearchAsync(string q, SearchFilter? filter = null)
    {
        using var db = _database.CreateContext();
        return await new SearchIndex(db).SearchAsync(q, filter ?? new SearchFilter());
    }

    [Fact]
    public async Task SearchAsync_WordInsideThaiRun_FindsMeasure()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด"));

        var hits = await SearchAsync("ผลประโยชน์", new SearchFilter(Entity: "measure"));

        var hit = Assert.Single(hits);
        Assert.Equal("measure", hit.Entity);
        Assert.Contains("[", hit.Snippet);
    }

    [Fact]
    public async Task SearchAsync_ThaiDigitsInText_FoundByArabicQuery()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการเผยแพร่ข้อมูล", "กองคลัง"));

        var hits = await SearchAsync("85.50");

        Assert.Contains(hits, h => h.Entity == "section");
    }

    [Fact]
    public async Task SearchAsync_Filters_NarrowByAgencyYearAndUnit()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการเปิดเผยข้อมูลสาธารณะ", "สำนักปลัด"));
        await StoreAsync(2, "องค์การบริหารส่วนตำบลกำปัง", 2564, ("มาตรการเปิดเผยข้อมูลข่าวสาร", "กองคลัง"));

        Assert.Equal(2, (await SearchAsync("เปิดเผยข้อมูล", new SearchFilter(Entity: "measure"))).Count);
        Assert.Single(await SearchAsync("เปิดเผยข้อมูล", new SearchFilter(Organization: "กำปัง", Entity: "measure")));
        Assert.Single(await SearchAsync("เปิดเผยข้อมูล", new SearchFilter(FiscalYear: 2566, Entity: "measure")));
        var byUnit = Assert.Single(await SearchAsync("เปิดเผยข้อมูล", new SearchFilter(ResponsibleUnit: "กองคลัง")));
        Assert.Equal(2564, byUnit.FiscalYear);
    }

    [Fact]
    public async Task SearchAsync_ShortQuery_FallsBackToSubstring()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการ ITA", "สำนักปลัด"));

        Assert.NotEmpty(await SearchAsync("IT", new SearchFilter(Entity: "measure")));
    }

    [Fact]
    public async Task SaveAsync_Reingest_ReplacesIndexRows()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการป้องกันการทุจริต", "สำนักปลัด"));
        using (var db = _database.CreateContext())
        {
            var source = db.SourceFiles.Single();
            await new ResultStore(db, new SearchIndex(db)).SaveAsync(source,
                SampleResults.MeasurePlan(source.Sha256, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการลดขั้นตอนการให้บริการ", "กองช่าง")));
        }

        Assert.Empty(await SearchAsync("ป้องกันการทุจริต", new SearchFilter(Entity: "measure")));
        Assert.Single(await SearchAsync("ลดขั้นตอน", new SearchFilter(Entity: "measure")));
        using var check = _database.CreateContext();
        Assert.Single(check.Documents);
        Assert.Single(check.Measures);
    }

    public void Dispose() => _database.Dispose();
}

public class SearchMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("docingest-migrate-").FullName;

    [Fact]
    public async Task MigrateAsync_IndexRowsOfFirstLayout_SearchableWithFiltersAfterwards()
    {
        await using var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_directory, "old.db")};Pooling=False");
        await Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db)
            .MigrateAsync("20261129133825_ReviewAndIdentity");
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
            "INSERT INTO search_index (title, content, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units) VALUES " +
            "('มาตรการป้องกันผลประโยชน์ทับซ้อน', 'จัดทำคู่มือ สำนักปลัด', 'measure', 11, 1, 1, 'องค์การบริหารส่วนตำบลโคกคอน', 2566, 'measure-plan', '|สำนักปลัด|'), " +
            "('มาตรการเปิดเผยข้อมูล', 'ผลประโยชน์ทับซ้อน กองคลัง', 'measure', 12, 2, 2, 'องค์การบริหารส่วนตำบลกำปัง', 2564, 'measure-plan', '|กองคลัง|')");

        await db.MigrateAsync();

        var index = new SearchIndex(db);
        var both = await index.SearchAsync("ผลประโยชน์ทับซ้อน", new SearchFilter(Entity: "measure"));
        Assert.Equal([11L, 12L], both.Select(h => h.EntityId)); // the title match ranks first
        var hit = Assert.Single(await index.SearchAsync("ผลประโยชน์", new SearchFilter(Organization: "กำปัง", FiscalYear: 2564, ResponsibleUnit: "กองคลัง")));
        Assert.Equal((12L, 2L, "measure-plan"), (hit.EntityId, hit.DocumentId, hit.Kind));
        Assert.Contains("[ผลประโยชน์]", hit.Snippet);
        await index.RemoveSourceAsync(1, CancellationToken.None);
        Assert.Single(await index.SearchAsync("ผลประโยชน์ทับซ้อน", new SearchFilter()));
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a handle still open; the OS cleans the temp folder */ }
    }
}
