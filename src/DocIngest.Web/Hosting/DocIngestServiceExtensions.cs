using DocIngest.Data;
using DocIngest.Web.Api;
using DocIngest.Web.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Hosting;

public static class DocIngestServiceExtensions
{
    /// <summary>Options (validated on start), the store, intake, watcher and workers, API plumbing. The extractor is added separately.</summary>
    public static WebApplicationBuilder AddDocIngestService(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DocIngestOptions>().Bind(builder.Configuration.GetSection(DocIngestOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();

        var options = builder.Configuration.GetSection(DocIngestOptions.Section).Get<DocIngestOptions>() ?? new DocIngestOptions();
        var provider = Enum.TryParse<DatabaseProvider>(options.Database.Provider, true, out var p) ? p : DatabaseProvider.Sqlite;
        string? connection = builder.Configuration.GetConnectionString("DocIngest");
        if (connection is null && provider == DatabaseProvider.Postgres)
            throw new InvalidOperationException("DocIngest:Database:Provider is Postgres but ConnectionStrings:DocIngest is not set");
        connection ??= $"Data Source={options.DataPath(builder.Environment.ContentRootPath, "docingest.db")};Default Timeout=30";
        services.AddDocIngestData(provider, connection);

        services.AddSingleton<WorkSignal>();
        services.AddSingleton<FileIntake>();
        services.AddSingleton<PageImageStore>();
        services.AddHostedService<InboxWatcher>();
        services.AddHostedService<IngestionWorker>();

        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        return builder;
    }

    /// <summary>
    /// Makes the data directory ready (clear error when it cannot be written) and the schema current, before the
    /// workers start.
    /// </summary>
    public static async Task PrepareDocIngestAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DocIngestOptions>>().Value;
        string data = options.DataPath(app.Environment.ContentRootPath);
        try
        {
            Directory.CreateDirectory(data);
            string probe = Path.Combine(data, ".write-test");
            await File.WriteAllTextAsync(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"DocIngest:DataDirectory '{data}' is not writable: {e.Message}", e);
        }
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DocIngestDbContext>().MigrateAsync();
    }

    public static WebApplication MapDocIngestApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapDocumentsApi();
        app.MapPagesApi();
        app.MapMeasuresApi();
        app.MapCompareApi();
        app.MapExportApi();
        return app;
    }
}

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(DocIngestDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
