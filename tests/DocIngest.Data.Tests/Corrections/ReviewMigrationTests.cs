using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DocIngest.Data.Tests.Corrections;

public class ReviewMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("docingest-migrate-").FullName;

    [Fact]
    public async Task MigrateAsync_IndicatorsStoredBeforeReview_NumberedPerDocument()
    {
        await using var db = DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_directory, "old.db")};Pooling=False");
        await db.GetService<IMigrator>().MigrateAsync("20261123202409_Initial");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO SourceFiles (Id, Sha256, FileName, SizeBytes, PageCount, ArchivePath, CreatedAt) VALUES (1, 'a', 'a.pdf', 1, 1, 'archive/a', '2026-01-01');" +
            "INSERT INTO Documents (Id, SourceFileId, \"Index\", Kind, PageStart, PageEnd, Confirmed) VALUES (1, 1, 0, 'ita-analysis', 1, 1, 0), (2, 1, 1, 'ita-analysis', 1, 1, 0);" +
            "INSERT INTO Indicators (Id, DocumentId, Number, Score, Origin) VALUES (10, 1, 1, 80, 0), (11, 2, 1, 70, 0), (12, 1, 2, 90, 0), (13, 1, 3, 60, 0);" +
            "INSERT INTO ItaResults (Id, DocumentId, Score, Origin) VALUES (20, 2, 88, 0), (21, 2, 89, 0);");

        await db.MigrateAsync();

        Assert.Equal([(10L, 0), (11L, 0), (12L, 1), (13L, 2)], (await db.Indicators.OrderBy(i => i.Id).ToListAsync()).Select(i => (i.Id, i.Order)));
        Assert.Equal([0, 1], (await db.ItaResults.OrderBy(i => i.Id).ToListAsync()).Select(i => i.Order));
        // The search index made by the Initial migration now lives in the side table and its FTS5 text table.
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM search_rows").SingleAsync());
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM search_text").SingleAsync());
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a handle still open; the OS cleans the temp folder */ }
    }
}
