using DocIngest.Pipeline;

namespace DocIngest.Web.Hosting;

public static class ExtractionRegistration
{
    /// <summary>The real extraction pipeline (Tesseract engines, parsers), one shared thread-safe instance.</summary>
    public static IServiceCollection AddDocIngestExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        // Wired to the pipeline's composition root when the OCR and parser stages are merged.
        services.AddSingleton<IExtractor>(_ => throw new InvalidOperationException("extraction pipeline not composed yet"));
        return services;
    }
}
