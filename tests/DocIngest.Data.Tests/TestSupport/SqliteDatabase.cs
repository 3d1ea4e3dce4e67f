using DocIngest.Data;
using Microsoft.EntityFrameworkCore;

namespace DocIngest.Data.Tests.TestSupport;

/// <summary>A real, migrated SQLite database in a temporary file, deleted on dispose.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("docingest-db-").FullName;

    public SqliteDatabase()
    {
        using var db = CreateContext();
        db.MigrateAsync().GetAwaiter().GetResult();
    }

    public string ConnectionString => $"Data Source={Path.Combine(_directory, "test.db")};Pooling=False";

    public DocIngestDbContext CreateContext() => DataServiceCollectionExtensions.CreateContext(DatabaseProvider.Sqlite, ConnectionString);

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a test left a handle open; the temp folder is cleaned by the OS */ }
    }
}
