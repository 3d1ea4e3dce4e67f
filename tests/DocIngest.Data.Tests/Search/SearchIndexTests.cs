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

    [Fact]
    public async Task SearchAsync_SpacedWords_MatchInAnyOrder()
    {
        await StoreAsync(1, "เทศบาลตำบลนาคู", 2563, ("บันทึกข้อตกลงคุณธรรมในการจัดซื้อจัดจ้าง", "กองคลัง"));

        Assert.Single(await SearchAsync("บันทึก ข้อตกลง", new SearchFilter(Entity: "measure")));
        Assert.Single(await SearchAsync("จัดจ้าง บันทึก", new SearchFilter(Entity: "measure")));
        Assert.Empty(await SearchAsync("บันทึก สินบน", new SearchFilter(Entity: "measure")));
        Assert.Empty(await SearchAsync("\"ข้อตกลง บันทึก\"", new SearchFilter(Entity: "measure")));
    }

    [Fact]
    public async Task SearchAsync_YearTerm_MatchesFiscalYearFirstThenYearsInText()
    {
        // Both plans' measures carry the period ตุลาคม ๒๕๖๕ - กันยายน ๒๕๖๖; only one is of fiscal year 2566.
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการเปิดเผยข้อมูลสาธารณะ", "สำนักปลัด"));
        await StoreAsync(2, "องค์การบริหารส่วนตำบลกำปัง", 2564, ("มาตรการเปิดเผยข้อมูลข่าวสาร", "กองคลัง"));

        foreach (var year in new[] { "2566", "๒๕๖๖", "2023" })
        {
            var hits = await SearchAsync("เปิดเผยข้อมูล " + year, new SearchFilter(Entity: "measure"));
            Assert.Equal([2566, 2564], hits.Select(h => h.FiscalYear));
        }
        Assert.Empty(await SearchAsync("เปิดเผยข้อมูล 2550", new SearchFilter(Entity: "measure")));
        Assert.Equal([2564], (await SearchAsync("๒๕๖๔ ข่าวสาร", new SearchFilter(Entity: "measure"))).Select(h => h.FiscalYear));
    }

    [Fact]
    public async Task SearchAsync_MarksMissing_ApproximateHitRanksBelowExact()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด"));
        await StoreAsync(2, "องค์การบริหารส่วนตำบลกำปัง", 2566, ("มาตรการป้องกันผลประโยชนทับซอน", "สำนักปลัด")); // as OCR read it

        var hits = await SearchAsync("ผลประโยชน์ทับซ้อน", new SearchFilter(Entity: "measure"));

        Assert.Equal([false, true], hits.Select(h => h.Approximate));
        Assert.Equal(["องค์การบริหารส่วนตำบลโคกคอน", "องค์การบริหารส่วนตำบลกำปัง"], hits.Select(h => h.Organization));
        Assert.Contains("[ผลประโยชนทับซอน]", hits[1].Snippet);
    }

    [Fact]
    public async Task SearchAsync_MarksMissingDeepInLongText_SnippetAtTheMatch()
    {
        // The mark-tolerant judge scans only around where the skeleton holds the word: the snippet must still point
        // at the word, far into the text and after other words.
        string steps = string.Concat(Enumerable.Repeat("จัดทำแผนการดำเนินงานและรายงานผลต่อผู้บริหารทุกไตรมาส ", 6)) + "เปิดช่องทางรับเรื่องรองเรียนทางเว็บไซต์";
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, (steps, "สำนักปลัด"));

        var hit = Assert.Single(await SearchAsync("ร้องเรียน", new SearchFilter(Entity: "measure")));

        Assert.True(hit.Approximate);
        Assert.Contains("[รองเรียน]", hit.Snippet);
    }

    [Fact]
    public async Task SearchAsync_OneLetterSlip_FoundApproximatelyAndFarOffNot()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการป้องกันการรับสินบน", "สำนักปลัด"));

        var hit = Assert.Single(await SearchAsync("การรับสินบบ", new SearchFilter(Entity: "measure")));
        Assert.True(hit.Approximate);
        Assert.Empty(await SearchAsync("การรับเงินทอง", new SearchFilter(Entity: "measure")));
        Assert.False(Assert.Single(await SearchAsync("การรับสินบน", new SearchFilter(Entity: "measure"))).Approximate);
    }

    [Fact]
    public async Task SearchAsync_SpacesInsideStoredWord_CountAsExact()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลกำปัง", 2564, ("การส่งเสริมความโปร่งใสในการจัดซื้อจัด จ้าง", "กองคลัง"));

        Assert.False(Assert.Single(await SearchAsync("จัดซื้อจัดจ้าง", new SearchFilter(Entity: "measure"))).Approximate);
    }

    [Fact]
    public async Task SearchAsync_OrganisationShortForm_FindsFullNameAndRanksAgencyFirst()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการเผยแพร่ข้อมูลผ่านเว็บไซต์", "สำนักปลัด"));
        await StoreAsync(2, "เทศบาลตำบลนาคู", 2566, ("มาตรการเผยแพร่ข้อมูลของ อบต.โคกคอน ทางเว็บไซต์", "สำนักปลัด"));

        Assert.Equal(["เทศบาลตำบลนาคู"], (await SearchAsync("ทต.นาคู เว็บไซต์", new SearchFilter(Entity: "measure"))).Select(h => h.Organization));
        // Both measures name โคกคอน; the one of that agency first, though the other is newer and says อบต. literally.
        Assert.Equal(["องค์การบริหารส่วนตำบลโคกคอน", "เทศบาลตำบลนาคู"],
            (await SearchAsync("อบต.โคกคอน เว็บไซต์", new SearchFilter(Entity: "measure"))).Select(h => h.Organization));
    }

    [Fact]
    public async Task SearchAsync_TitleHit_RanksBeforeStepHit()
    {
        // Every sample measure's steps say จัดทำคู่มือการให้บริการประชาชน; only the first title names คู่มือ.
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการจัดทำคู่มือการปฏิบัติงาน", "สำนักปลัด"), ("มาตรการลดขั้นตอน", "กองช่าง"));

        var hits = await SearchAsync("คู่มือ", new SearchFilter(Entity: "measure"));

        Assert.Equal(["มาตรการจัดทำคู่มือการปฏิบัติงาน", "มาตรการลดขั้นตอน"], hits.Select(h => h.Title));
    }

    [Fact]
    public async Task SearchAsync_ConfirmedDocument_RanksBeforeUnreviewed()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการป้องกันการทุจริต", "สำนักปลัด"));
        await StoreAsync(2, "องค์การบริหารส่วนตำบลกำปัง", 2566, ("มาตรการป้องกันการทุจริต", "สำนักปลัด"));
        Assert.Equal("องค์การบริหารส่วนตำบลกำปัง", (await SearchAsync("ทุจริต", new SearchFilter(Entity: "measure")))[0].Organization);

        using (var db = _database.CreateContext())
        {
            long first = db.Documents.Single(d => d.Organization == "องค์การบริหารส่วนตำบลโคกคอน").Id;
            await new DocIngest.Data.Corrections.CorrectionService(db, new SearchIndex(db), TimeProvider.System).ConfirmAsync(first, "reviewer");
        }

        var hits = await SearchAsync("ทุจริต", new SearchFilter(Entity: "measure"));
        Assert.Equal(["องค์การบริหารส่วนตำบลโคกคอน", "องค์การบริหารส่วนตำบลกำปัง"], hits.Select(h => h.Organization));
        Assert.Equal([true, false], hits.Select(h => h.Confirmed));
    }

    [Fact]
    public async Task SearchAsync_OneAndTwoLetterTerms_UseCharacterIndexExactly()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการ ITA ข้อ 5", "สำนักปลัด"));

        Assert.Single(await SearchAsync("it 5", new SearchFilter(Entity: "measure")));
        Assert.Single(await SearchAsync("ข้อ", new SearchFilter(Entity: "measure")));
        Assert.Empty(await SearchAsync("IT 7", new SearchFilter(Entity: "measure")));
        Assert.Empty(await SearchAsync("ฮ", new SearchFilter(Entity: "measure")));
    }

    [Fact]
    public async Task SearchAsync_FiltersAskedOfIndex_NarrowLongAndShortTerms()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการ ITA เปิดเผยข้อมูล", "สำนักปลัด"));
        await StoreAsync(2, "เทศบาลตำบลกำปัง", 2564, ("มาตรการ ITA เปิดเผยข้อมูล", "กองคลัง"));

        foreach (var q in new[] { "เปิดเผยข้อมูล", "IT" })
        {
            Assert.Equal(2564, Assert.Single(await SearchAsync(q, new SearchFilter(FiscalYear: 2564, Entity: "measure"))).FiscalYear);
            Assert.Equal(2566, Assert.Single(await SearchAsync(q, new SearchFilter(ResponsibleUnit: "สำนักปลัด"))).FiscalYear);
            Assert.Equal(2, (await SearchAsync(q, new SearchFilter(Kind: "measure-plan", Entity: "measure"))).Count);
            Assert.Empty(await SearchAsync(q, new SearchFilter(Kind: "order")));
            Assert.Empty(await SearchAsync(q, new SearchFilter(FiscalYear: 2565)));
            Assert.Empty(await SearchAsync(q, new SearchFilter(ResponsibleUnit: "กอง")));
        }
    }

    [Fact]
    public async Task SearchAsync_AgencyFilterPartOrWithSpace_MatchesAsSubstring()
    {
        await StoreAsync(1, "เทศบาลตำบล บ้านนา", 2566, ("มาตรการเปิดเผยข้อมูล", "สำนักปลัด"));
        await StoreAsync(2, "องค์การบริหารส่วนตำบลกำปัง", 2566, ("มาตรการเปิดเผยข้อมูล", "สำนักปลัด"));

        Assert.Equal("เทศบาลตำบล บ้านนา", Assert.Single(await SearchAsync("เปิดเผย", new SearchFilter(Organization: "ตำบล บ้านนา", Entity: "measure"))).Organization);
        Assert.Equal("เทศบาลตำบล บ้านนา", Assert.Single(await SearchAsync("เปิดเผย", new SearchFilter(Organization: "บ้านนา", Entity: "measure"))).Organization);
        Assert.Equal(2, (await SearchAsync("เปิดเผย", new SearchFilter(Organization: "ตำบล", Entity: "measure"))).Count);
        Assert.Empty(await SearchAsync("เปิดเผย", new SearchFilter(Organization: "บ้านนาดี")));
    }

    [Fact]
    public async Task SearchAsync_YearTerm_FoundThroughYearTokenOfTextAndFiscalYear()
    {
        await StoreAsync(1, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการเปิดเผยข้อมูล ปี ๒๕๖๓", "สำนักปลัด"));
        await StoreAsync(2, "องค์การบริหารส่วนตำบลกำปัง", 2563, ("มาตรการเปิดเผยข้อมูล", "สำนักปลัด"));

        var hits = await SearchAsync("เปิดเผยข้อมูล 2020", new SearchFilter(Entity: "measure"));

        Assert.Equal([2563, 2566], hits.Select(h => h.FiscalYear)); // the fiscal year first, then the year in the text
        Assert.Empty(await SearchAsync("เปิดเผยข้อมูล 2561", new SearchFilter(Entity: "measure"))); // the periods name 2565 and 2566
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

    [Fact]
    public async Task MigrateAsync_RowsIndexedWithoutFilterTokens_IndexedAgainAndFilterable()
    {
        await using var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_directory, "tolerant.db")};Pooling=False");
        await Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(db)
            .MigrateAsync("20261204230000_SearchTolerant");
        // A row as the tolerant layout wrote it: keys and loose text, no filter tokens.
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database,
            "INSERT INTO search_rows (id, entity, entity_id, document_id, source_id, organization, fiscal_year, kind, units, confirmed, keys) VALUES " +
            "(1, 'measure', 12, 2, 2, 'องค์การบริหารส่วนตำบลกำปัง', 2564, 'measure-plan', '|กองคลัง|', 0, ' กำปัง 2564 2021 '); " +
            "INSERT INTO search_text (rowid, title, content) VALUES (1, 'มาตรการเปิดเผยข้อมูล', 'จัดทำรายงาน กองคลัง'); " +
            "INSERT INTO search_loose (rowid, title, content, keys) VALUES (1, 'มาตรการเปิดเผยขอมูล', 'จัดทำรายงานกองคลัง', 'กำปัง25642021')");

        await db.MigrateAsync();

        var index = new SearchIndex(db);
        Assert.Equal(12L, Assert.Single(await index.SearchAsync("เปิดเผยข้อมูล 2564", new SearchFilter(FiscalYear: 2564, ResponsibleUnit: "กองคลัง"))).EntityId);
        Assert.Single(await index.SearchAsync("กองคลัง", new SearchFilter(Kind: "measure-plan")));
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a handle still open; the OS cleans the temp folder */ }
    }
}
