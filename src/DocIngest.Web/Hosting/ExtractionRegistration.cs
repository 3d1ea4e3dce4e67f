using DocIngest.Pipeline;
using DocIngest.Web.Learning;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Hosting;

public static class ExtractionRegistration
{
    /// <summary>
    /// The real extraction pipeline (Tesseract engines, parsers), one shared thread-safe instance with Workers engines.
    /// Its classifiers come from data/models when a retrained model was adopted there, and are swapped in place
    /// when a new one is adopted.
    /// </summary>
    public static IServiceCollection AddDocIngestExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IExtractor>(sp =>
        {
            var service = sp.GetRequiredService<IOptions<DocIngestOptions>>().Value;
            int workers = configuration.GetValue<int?>("DocIngest:Workers") ?? Environment.ProcessorCount;
            var options = new ExtractionOptions
            {
                Workers = workers,
                MaxFileBytes = service.MaxFileBytes,
                PageTimeLimit = service.PageTimeLimit,
                ModelDirectory = ClassifierLearning.ModelDirectory(service, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
            }.Validate();
            return new ExtractionPipeline(options, DefaultEngines.Create(options, sp.GetRequiredService<DocIngest.Core.Classification.ClassifierModels>()));
        });
        return services;
    }
}
