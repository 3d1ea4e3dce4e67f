using DocIngest.Pipeline;

namespace DocIngest.Web.Hosting;

public static class ExtractionRegistration
{
    /// <summary>The real extraction pipeline (Tesseract engines, parsers), one shared thread-safe instance with Workers engines.</summary>
    public static IServiceCollection AddDocIngestExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IExtractor>(sp =>
        {
            int workers = configuration.GetValue<int?>("DocIngest:Workers") ?? Environment.ProcessorCount;
            var options = new ExtractionOptions { Workers = workers }.Validate();
            return new ExtractionPipeline(options, DefaultEngines.Create(options));
        });
        return services;
    }
}
