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

/// <summary>A database engine and the connection string to reach it.</summary>
public sealed record DatabaseChoice(DatabaseProvider Provider, string ConnectionString);

public static class DataServiceCollectionExtensions
{
    /// <summary>The store on the chosen provider: the context, queue, result store, search index and corrections.</summary>
    public static IServiceCollection AddDocIngestData(this IServiceCollection services, DatabaseProvider provider, string connectionString) =>
        services.AddDocIngestData(_ => new DatabaseChoice(provider, connectionString));

    /// <summary>
    /// The store on the provider <paramref name="choose"/> names when a context is first needed, so a host can take it
    /// from its validated options instead of reading its configuration a second time while it registers services.
    /// Both providers' contexts are registered; <see cref="DocIngestDbContext"/> resolves to the chosen one.
    /// </summary>
    public static IServiceCollection AddDocIngestData(this IServiceCollection services, Func<IServiceProvider, DatabaseChoice> choose)
    {
        ArgumentNullException.ThrowIfNull(choose);
        services.AddDbContext<SqliteDocIngestDbContext>((sp, o) => o.UseSqlite(choose(sp).ConnectionString));
        services.AddDbContext<PostgresDocIngestDbContext>((sp, o) => o.UseNpgsql(choose(sp).ConnectionString));
        services.AddScoped<DocIngestDbContext>(sp => choose(sp).Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresDocIngestDbContext>()
            : sp.GetRequiredService<SqliteDocIngestDbContext>());
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
