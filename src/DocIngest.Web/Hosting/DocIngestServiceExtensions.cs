using DocIngest.Web.Queries;
using DocIngest.Core.Classification;
using DocIngest.Data;
using DocIngest.Pipeline;
using DocIngest.Pipeline.Classification;
using DocIngest.Web.Access;
using DocIngest.Web.Api;
using DocIngest.Web.Ingestion;
using DocIngest.Web.Learning;
using DocIngest.Web.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Hosting;

public static class DocIngestServiceExtensions
{
    /// <summary>Room for the multipart boundary and headers around an uploaded file of the largest allowed size.</summary>
    public const long UploadEnvelopeBytes = 64 * 1024;

    /// <summary>Options (validated on start: <see cref="DocIngestOptions"/>, the passes' <see cref="PipelineOptions"/>), the store, intake, watcher and workers, API plumbing. The extractor is added separately.</summary>
    public static WebApplicationBuilder AddDocIngestService(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DocIngestOptions>().Bind(builder.Configuration.GetSection(DocIngestOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocIngestOptions>, DocIngestPathsValidator>();

        services.AddSingleton<IValidateOptions<DocIngestOptions>, DatabaseConnectionValidator>();
        // The page passes' numbers and the passes switched off (DocIngest:Pipeline); a misspelt key fails the start
        // rather than leaving a threshold at its default unnoticed.
        services.AddOptions<PipelineOptions>()
            .Bind(builder.Configuration.GetSection(PipelineOptions.Section), binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations().ValidateOnStart();

        // Everything below reads the options bound and validated above, when the service is built, not a second binding.
        string contentRoot = builder.Environment.ContentRootPath;
        var configuration = builder.Configuration;
        services.AddDocIngestData(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocIngestOptions>>().Value;
            return new DatabaseChoice(options.Provider, configuration.GetConnectionString("DocIngest")
                ?? $"Data Source={options.DataPath(contentRoot, "docingest.db")};Default Timeout=30");
        });

        // One size limit for every way in: Kestrel's request body (with room for the multipart envelope), the upload
        // form, the watch folder (FileIntake) and the reader (ExtractionOptions.MaxFileBytes).
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<DocIngestOptions>>((k, o) => k.Limits.MaxRequestBodySize = o.Value.MaxFileBytes + UploadEnvelopeBytes);
        services.AddOptions<Microsoft.AspNetCore.Http.Features.FormOptions>()
            .Configure<IOptions<DocIngestOptions>>((f, o) => f.MultipartBodyLengthLimit = o.Value.MaxFileBytes + UploadEnvelopeBytes);

        services.AddSingleton<WorkSignal>();
        services.AddSingleton<FileIntake>();
        services.AddSingleton<PageImageStore>();
        services.AddScoped<FailedJobs>();
        services.AddHostedService<InboxWatcher>();
        services.AddHostedService<IngestionWorker>();

        // The classifiers the pipeline reads, from data/models when a retrained model was adopted there, else the
        // committed ones of data/training (DOCINGEST_TRAINING_DIR, read here from the host's configuration, overrides where).
        services.AddSingleton(sp => new ClassifierModelFiles(
            ClassifierLearning.ModelDirectory(sp.GetRequiredService<IOptions<DocIngestOptions>>().Value, builder.Environment.ContentRootPath),
            TrainingDirectory.Find(builder.Configuration[TrainingDirectory.Variable])));
        services.AddSingleton(sp => ClassifierModels.Load(sp.GetRequiredService<ClassifierModelFiles>()));
        services.AddScoped<ClassifierLearning>();
        services.AddHostedService<RetrainScheduler>();

        builder.AddDocIngestAccess();
        services.AddThaiIdentity();
        services.AddHttpContextAccessor();
        services.AddScoped<ThaiDisplay>();
        services.AddDocIngestQueries();
        // The pages live in this assembly; named explicitly so hosts whose entry assembly differs (tests) find them.
        services.AddRazorPages().AddApplicationPart(typeof(DocIngestServiceExtensions).Assembly);

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
    /// Makes the data directory ready (clear error when it cannot be written), the schema current and the archive
    /// consistent with the queue, before the workers start.
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
        await scope.ServiceProvider.GetRequiredService<AdminBootstrap>().RunAsync();
        // Before the watcher and workers start: a file a crash left archived without a job would otherwise never be read.
        // Staged moves are finished only on a single-node store; with PostgreSQL another machine may be making one now.
        await app.Services.GetRequiredService<FileIntake>().RecoverArchiveAsync(singleNode: options.Provider == DatabaseProvider.Sqlite);
    }

    /// <summary>The middleware, the API and the UI, in order: errors, static files (public), access, endpoints.</summary>
    public static WebApplication MapDocIngestApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The UI's CSS and scripts live next to the assembly, so the app serves them whatever its content root is.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")),
        });
        app.UseDocIngestAccess();
        app.MapOpenApi();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapRazorPages();
        app.MapDocumentsApi();
        app.MapPagesApi();
        app.MapMeasuresApi();
        app.MapCompareApi();
        app.MapExportApi();
        app.MapCorrectionsApi();
        app.MapLearningApi();
        app.MapUsersApi();
        return app;
    }
}

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(DocIngestDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
