using DocIngest.Data;
using DocIngest.Data.Entities;
using DocIngest.Web.Queries;

namespace DocIngest.Web.Tests.Queries;

public sealed class ChoiceQueriesTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"docingest-units-{Guid.NewGuid():N}.db");

    private DocIngestDbContext Context() => DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite, $"Data Source={_path};Pooling=false");

    private async Task<DocumentRecord> StoreAsync(int n, bool confirmed, params string[] units)
    {
        await using var db = Context();
        var source = new SourceFile { Sha256 = n.ToString("x64"), FileName = $"{n}.pdf", ArchivePath = $"archive/{n}", CreatedAt = DateTime.UtcNow };
        var document = new DocumentRecord
        {
            SourceFile = source, Kind = "measure-plan", Confirmed = confirmed,
            Measures = units.Select((u, i) => new MeasureRecord { Order = i, Title = "มาตรการ " + i, Responsible = [new MeasureResponsible { Unit = u }] }).ToList(),
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync();
        return document;
    }

    [Fact]
    public async Task UnitCatalogueAsync_StoreUnchanged_SameCatalogueWithoutRebuilding()
    {
        await using (var db = Context()) await db.MigrateAsync();
        await StoreAsync(1, confirmed: true, "งานพัสดุเทศกิจ");
        var cache = new UnitCatalogueCache();

        await using var read = Context();
        var first = await new ChoiceQueries(read, cache).UnitCatalogueAsync(default);
        var second = await new ChoiceQueries(read, cache).UnitCatalogueAsync(default);

        Assert.Contains("งานพัสดุเทศกิจ", first.Vouched);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task UnitCatalogueAsync_MeasuresStoredConfirmedOrRemoved_BuiltAgain()
    {
        await using (var db = Context()) await db.MigrateAsync();
        var unreviewed = await StoreAsync(1, confirmed: false, "งานป้องกันภัยพิเศษ");
        var cache = new UnitCatalogueCache();
        async Task<IReadOnlyList<string>> VouchedAsync()
        {
            await using var read = Context();
            return (await new ChoiceQueries(read, cache).UnitCatalogueAsync(default)).Vouched;
        }

        Assert.DoesNotContain("งานป้องกันภัยพิเศษ", await VouchedAsync()); // one unchecked file vouches for nothing

        await StoreAsync(2, confirmed: true, "งานสวนสาธารณะ");
        Assert.Contains("งานสวนสาธารณะ", await VouchedAsync());

        await using (var db = Context())
        {
            // A confirmation is recorded as a correction, as CorrectionService does.
            var document = await db.Documents.FindAsync(unreviewed.Id);
            document!.Confirmed = true;
            db.Corrections.Add(new Correction { SourceFileId = document.SourceFileId, Field = "confirmed", NewValue = "true", UserName = "admin", At = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        Assert.Contains("งานป้องกันภัยพิเศษ", await VouchedAsync());

        await using (var db = Context())
        {
            db.Documents.Remove((await db.Documents.FindAsync(unreviewed.Id))!);
            await db.SaveChangesAsync();
        }
        Assert.DoesNotContain("งานป้องกันภัยพิเศษ", await VouchedAsync());
    }

    public void Dispose()
    {
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
