using System.Collections.Concurrent;
using DocIngest.Data.Corrections;
using DocIngest.Data.Entities;
using DocIngest.Data.Jobs;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using DocIngest.Data.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Tests.Postgres;

/// <summary>The same store on a real PostgreSQL server: migrations, Thai search with pg_trgm, SKIP LOCKED claims.</summary>
public class PostgresStoreTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private async Task<string> MigratedDatabaseAsync()
    {
        string connection = server.CreateDatabase();
        await using var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
        await db.MigrateAsync();
        return connection;
    }

    [Fact]
    public async Task SearchAsync_TypedQueries_SameAnswersAsSqlite()
    {
        string connection = await MigratedDatabaseAsync();
        await using (var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection))
        {
            int n = 0;
            foreach (var (org, year, title) in new[]
                     {
                         ("องค์การบริหารส่วนตำบลโคกคอน", 2566, "มาตรการป้องกันผลประโยชน์ทับซ้อน"),
                         ("เทศบาลตำบลนาคู", 2563, "มาตรการป้องกันผลประโยชนทับซอน"), // marks lost, as OCR read it
                         ("เทศบาลตำบลนาคู", 2563, "มาตรการป้องกันการรับสินบน ITA"),
                     })
            {
                var source = new SourceFile { Sha256 = SampleResults.Sha(++n), FileName = $"{n}.pdf", ArchivePath = $"archive/{n}", CreatedAt = DateTime.UtcNow };
                db.SourceFiles.Add(source);
                await db.SaveChangesAsync();
                await new ResultStore(db, new SearchIndex(db)).SaveAsync(source, SampleResults.MeasurePlan(source.Sha256, org, year, (title, "สำนักปลัด")));
            }
        }

        await using var read = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
        var index = new SearchIndex(read);
        var measures = new SearchFilter(Entity: "measure");
        Assert.Equal([false, true], (await index.SearchAsync("ผลประโยชน์ ทับซ้อน", measures)).Select(h => h.Approximate));
        Assert.True(Assert.Single(await index.SearchAsync("การรับสินบบ", measures)).Approximate);
        Assert.Equal(2, (await index.SearchAsync("ทต.นาคู ๒๕๖๓", measures)).Count);
        Assert.Single(await index.SearchAsync("it นาคู", measures));
        Assert.Empty(await index.SearchAsync("IT โคกคอน", measures));
    }

    [Fact]
    public async Task SearchAsync_ThaiWordInsideRun_FoundWithFilters()
    {
        string connection = await MigratedDatabaseAsync();
        await using (var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection))
        {
            var source = new SourceFile { Sha256 = SampleResults.Sha(1), FileName = "a.pdf", ArchivePath = "archive/a", CreatedAt = DateTime.UtcNow };
            db.SourceFiles.Add(source);
            await db.SaveChangesAsync();
            await new ResultStore(db, new SearchIndex(db)).SaveAsync(source,
                SampleResults.MeasurePlan(source.Sha256, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด")));
        }

        await using var read = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
        var index = new SearchIndex(read);
        var hit = Assert.Single(await index.SearchAsync("ผลประโยชน์", new SearchFilter(Entity: "measure")));
        Assert.Contains("[ผลประโยชน์]", hit.Snippet);
        Assert.Single(await index.SearchAsync("ผลประโยชน์", new SearchFilter(Organization: "โคกคอน", FiscalYear: 2566, ResponsibleUnit: "สำนักปลัด")));
        Assert.Empty(await index.SearchAsync("ผลประโยชน์", new SearchFilter(FiscalYear: 2565)));
        Assert.NotEmpty(await index.SearchAsync("85.50", new SearchFilter(Entity: "section")));
    }

    [Fact]
    public async Task SearchAsync_WholeIndexAtOnce_SameAnswersAsNewestWindows()
    {
        string connection = await MigratedDatabaseAsync();
        using (var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection))
        {
            int n = 0;
            foreach (var (org, year, title, unit) in new[]
                     {
                         ("องค์การบริหารส่วนตำบลโคกคอน", 2563, "มาตรการป้องกันผลประโยชน์ทับซ้อน ITA", "สำนักปลัด"),
                         ("เทศบาลตำบลนาคู", 2565, "มาตรการเปิดเผยข้อมูล ผลประโยชน์ทับซ้อน", "กองคลัง"),
                         ("เทศบาลตำบลนาคู", 2566, "แนวทางการรับเรื่องร้องเรียน ITA", "กองช่าง"),
                     })
            {
                var source = new SourceFile { Sha256 = SampleResults.Sha(++n), FileName = $"{n}.pdf", ArchivePath = $"archive/{n}", CreatedAt = DateTime.UtcNow };
                db.SourceFiles.Add(source);
                await db.SaveChangesAsync();
                await new ResultStore(db, new SearchIndex(db)).SaveAsync(source, SampleResults.MeasurePlan(source.Sha256, org, year, (title, unit)));
            }
        }

        using var read = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
        var walking = new SearchIndex(read);
        var fromIndexes = new SearchIndex(read) { PostgresWindowRows = 0 }; // no window of the newest rows: the index asked about every row at once
        var cases = new (string Query, SearchFilter Filter)[]
        {
            ("ผลประโยชน์ทับซ้อน", new SearchFilter(Entity: "measure")), ("ผลประโยชน์ทับซ้อน", new SearchFilter(FiscalYear: 2565)),
            ("ผลประโยชน์ทับซ้อน", new SearchFilter(ResponsibleUnit: "สำนักปลัด")), ("ผลประโยชน์ทับซ้อน", new SearchFilter(Organization: "นาคู")),
            ("ผลประโยชน์ทับซ้อน", new SearchFilter(Kind: "order")), ("ITA ๒๕๖๓", new SearchFilter(Entity: "measure")),
            ("IT", new SearchFilter(FiscalYear: 2566, Entity: "measure")), ("ร้องเรืยน", new SearchFilter()),
        };
        foreach (var (query, filter) in cases)
        {
            var expected = (await walking.SearchAsync(query, filter)).Select(h => (h.Entity, h.EntityId)).ToList();
            Assert.Equal(expected, (await fromIndexes.SearchAsync(query, filter)).Select(h => (h.Entity, h.EntityId)).ToList());
        }
        Assert.Equal(2565, Assert.Single(await fromIndexes.SearchAsync("ผลประโยชน์ทับซ้อน", new SearchFilter(FiscalYear: 2565, Entity: "measure"))).FiscalYear);
        Assert.Equal(2563, Assert.Single(await fromIndexes.SearchAsync("ITA ๒๕๖๓", new SearchFilter(Entity: "measure"))).FiscalYear);
        Assert.Equal(2566, Assert.Single(await fromIndexes.SearchAsync("IT", new SearchFilter(FiscalYear: 2566, Entity: "measure"))).FiscalYear);
        Assert.Equal("เทศบาลตำบลนาคู", Assert.Single(await fromIndexes.SearchAsync("ผลประโยชน์", new SearchFilter(Organization: "นาคู", Entity: "measure"))).Organization);
    }

    [Fact]
    public async Task SearchAsync_MatchesAcrossSeveralBuckets_WindowsGiveTheNewestAsTheWholeIndexDoes()
    {
        string connection = await MigratedDatabaseAsync();
        // 5,000 measures and 100 plan rows: five recency buckets, so a first window of one bucket leaves the rest to
        // the wider window or to the whole index below it.
        await SearchBenchmark.GeneratePostgresIndexAsync(() => DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection), 5000);

        await using var read = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
        var windows = new SearchIndex(read) { PostgresWindowRows = SearchIndex.PostgresBucketRows };
        var whole = new SearchIndex(read) { PostgresWindowRows = 0 };
        var cases = new (string Query, SearchFilter Filter)[]
        {
            ("ร้องเรียน", new SearchFilter(Entity: "measure")), ("ร้องเรียน", new SearchFilter(ResponsibleUnit: "กองคลัง", Entity: "measure")),
            ("งบประมาณ ๒๕๖๓", new SearchFilter(ResponsibleUnit: "กองคลัง", Entity: "measure")), ("อบต.โคกคอน เว็บไซต์", new SearchFilter()),
            ("ทรัพยสิน", new SearchFilter(Organization: "โคกคอน")), ("กอ", new SearchFilter(Entity: "measure")), ("การรับสินบบ", new SearchFilter()),
        };
        foreach (var (query, filter) in cases)
        {
            var expected = (await whole.SearchAsync(query, filter, limit: 2000)).Select(h => h.EntityId).Order().ToList();
            Assert.True(expected.Count > 0, $"{query} finds nothing: the case tests no window");
            var found = (await windows.SearchAsync(query, filter, limit: 2000)).Select(h => h.EntityId).Order().ToList();
            // Past the candidate cap both keep the newest matches; below it, every match.
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public async Task SaveAsync_ReviewersSavingTheSameRevisionAtOnce_OneSavedTheOthersConflict()
    {
        string connection = await MigratedDatabaseAsync();
        long documentId;
        await using (var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection))
        {
            var source = new SourceFile { Sha256 = SampleResults.Sha(7), FileName = "p.pdf", ArchivePath = "archive/p", CreatedAt = DateTime.UtcNow };
            db.SourceFiles.Add(source);
            await db.SaveChangesAsync();
            await new ResultStore(db, new SearchIndex(db)).SaveAsync(source,
                SampleResults.MeasurePlan(source.Sha256, "องค์การบริหารส่วนตำบลโคกคอน", 2566, ("มาตรการป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด")));
            documentId = await db.Documents.Where(d => d.SourceFileId == source.Id).Select(d => d.Id).SingleAsync();
        }

        // Read committed lets every save pass the up-front revision check; the token on the row must still let only one win.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(r => Task.Run(async () =>
        {
            await using var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
            try
            {
                await new CorrectionService(db, new SearchIndex(db), TimeProvider.System).SaveAsync(new DocumentSave(documentId,
                    [new FieldEdit(CorrectionTarget.Measure, 0, "responsible", $"กอง {r}")], $"reviewer{r}", ExpectedRevision: 0));
                return "saved";
            }
            catch (CorrectionConflictException) { return "conflict"; }
        })));

        Assert.Equal(1, outcomes.Count(o => o == "saved"));
        Assert.Equal(4, outcomes.Count(o => o == "conflict"));
        await using var read = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
        Assert.Equal(1, (await read.Documents.SingleAsync(d => d.Id == documentId)).Revision);
        Assert.Single(await read.Corrections.ToListAsync());
    }

    [Fact]
    public async Task ClaimNextAsync_ManyWorkersOnOneQueue_EachJobOnce()
    {
        string connection = await MigratedDatabaseAsync();
        await using (var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection))
        {
            var queue = new JobQueue(db, TimeProvider.System);
            for (int i = 0; i < 40; i++) await queue.EnqueueAsync(SampleResults.Sha(i), $"{i}.tif", $"{i}.tif", $"archive/{i}", 1);
        }

        var claimed = new ConcurrentBag<long>();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
        {
            await using var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
            var queue = new JobQueue(db, TimeProvider.System);
            while (await queue.ClaimNextAsync($"machine-{w}", TimeSpan.FromMinutes(5)) is { } job)
            {
                claimed.Add(job.Id);
                await queue.CompleteAsync(job, needsReview: false);
            }
        })));

        Assert.Equal(40, claimed.Count);
        Assert.Equal(40, claimed.Distinct().Count());
    }

    [Fact]
    public async Task EnqueueAsync_SameContentFromTwoMachines_OneSourceOneDuplicate()
    {
        string connection = await MigratedDatabaseAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(m => Task.Run(async () =>
        {
            await using var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
            return (await new JobQueue(db, TimeProvider.System).EnqueueAsync(SampleResults.Sha(9), "same.tif", $"m{m}/same.tif", "archive/same", 1)).Outcome;
        })));

        Assert.Equal([IntakeOutcome.Queued, IntakeOutcome.Duplicate], outcomes.Order());
    }
    [Fact]
    public async Task ApplyAsync_OnPostgres_CorrectionSearchableAndKeptOnReingest()
    {
        string connection = await MigratedDatabaseAsync();
        long sourceId;
        await using (var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection))
        {
            sourceId = await ReviewSamples.StoreAsync(db, 1);
            var service = new CorrectionService(db, new SearchIndex(db), TimeProvider.System);
            long planId = await ReviewSamples.DocumentIdAsync(db, sourceId, 1);
            var written = await service.ApplyAsync(planId,
                [new FieldEdit(CorrectionTarget.Measure, 0, "title", "มาตรการเปิดเผยข้อมูลสาธารณะทางเว็บไซต์"), new FieldEdit(CorrectionTarget.ItaResult, 0, "score", "90.5")],
                "reviewer1");
            Assert.Equal(2, written.Count);
            await service.ConfirmAsync(planId, "reviewer1");
            await ReviewSamples.ReingestAsync(db, sourceId, ReviewSamples.Bundle(SampleResults.Sha(1)));
        }

        await using var read = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Postgres, connection);
        var plan = await ReviewSamples.LoadAsync(read, sourceId, 1);
        Assert.Equal("มาตรการเปิดเผยข้อมูลสาธารณะทางเว็บไซต์", plan.Measures.Single(m => m.Order == 0).Title);
        Assert.Equal(90.5, plan.ItaResults.Single().Score);
        Assert.True(plan.Confirmed);
        Assert.Single(await new SearchIndex(read).SearchAsync("ทางเว็บไซต์", new SearchFilter(Entity: "measure")));
        Assert.Equal(3, (await new CorrectionService(read, new SearchIndex(read), TimeProvider.System).HistoryAsync(sourceId)).Count);
        Assert.Empty(await read.Users.ToListAsync());
    }
}
