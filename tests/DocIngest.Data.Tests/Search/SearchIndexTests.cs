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
