using DocIngest.Data.Corrections;
using DocIngest.Data.Jobs;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace DocIngest.Data;

/// <summary>The database engines DocIngest runs on.</summary>
public enum DatabaseProvider { Sqlite, Postgres }

public static class DataServiceCollectionExtensions
{
    /// <summary>The store on the chosen provider: the context, queue, result store, search index and corrections.</summary>
    public static IServiceCollection AddDocIngestData(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
            services.AddDbContext<DocIngestDbContext, PostgresDocIngestDbContext>(o => o.UseNpgsql(connectionString));
        else
            services.AddDbContext<DocIngestDbContext, SqliteDocIngestDbContext>(o => o.UseSqlite(connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<JobQueue>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<ResultStore>();
        services.AddScoped<CorrectionService>();
        return services;
    }

    /// <summary>A context outside dependency injection (tools, benchmarks, tests).</summary>
    public static DocIngestDbContext CreateContext(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Postgres
        ? new PostgresDocIngestDbContext(new DbContextOptionsBuilder<PostgresDocIngestDbContext>().UseNpgsql(connectionString).Options)
        : new SqliteDocIngestDbContext(new DbContextOptionsBuilder<SqliteDocIngestDbContext>().UseSqlite(connectionString).Options);

    /// <summary>
    /// Brings the schema up to date; on SQLite also sets WAL journaling, so readers (API) never block the writer (workers).
    /// </summary>
    public static async Task MigrateAsync(this DocIngestDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        // Rows indexed before the tolerant search index existed get their folded forms (a no-op once done).
        await new Search.SearchIndex(db).BackfillAsync(ct);
    }
}

/// <summary>Lets the design-time tooling build the SQLite model without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDocIngestDbContext>
{
    public SqliteDocIngestDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDocIngestDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets the design-time tooling build the PostgreSQL model (no server is contacted).</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDocIngestDbContext>
{
    public PostgresDocIngestDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDocIngestDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
