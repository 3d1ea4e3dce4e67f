using System.Collections.Concurrent;
using DocIngest.Data.Entities;
using DocIngest.Data.Jobs;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using DocIngest.Data.Tests.TestSupport;

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
}
