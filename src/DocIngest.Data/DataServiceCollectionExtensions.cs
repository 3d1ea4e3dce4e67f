using DocIngest.Data.Jobs;
using DocIngest.Data.Search;
using DocIngest.Data.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace DocIngest.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The store on SQLite (the embedded default): the context, queue, result store and search index.</summary>
    public static IServiceCollection AddDocIngestData(this IServiceCollection services, string sqliteConnectionString)
    {
        services.AddDbContext<DocIngestDbContext>(o => o.UseSqlite(sqliteConnectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<JobQueue>();
        services.AddScoped<SearchIndex>();
        services.AddScoped<ResultStore>();
        return services;
    }

    /// <summary>
    /// Brings the schema up to date and sets WAL journaling, so readers (API) never block the writer (workers).
    /// </summary>
    public static async Task MigrateAsync(this DocIngestDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}

/// <summary>Lets the design-time tooling build the model without the web host.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<DocIngestDbContext>
{
    public DocIngestDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DocIngestDbContext>().UseSqlite("Data Source=design.db").Options);
}
