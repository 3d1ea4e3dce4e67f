using DocIngest.Ocr.Engine;
using DocIngest.Pipeline;
using DocIngest.Web.Learning;
using Microsoft.Extensions.Options;

namespace DocIngest.Web.Hosting;

public static class ExtractionRegistration
{
    /// <summary>
    /// The real extraction pipeline (Tesseract engines, parsers), one shared thread-safe instance with Workers engines.
    /// Its classifiers come from data/models when a retrained model was adopted there, and are swapped in place
    /// when a new one is adopted. Workers come from the validated <see cref="DocIngestOptions"/>, the passes' numbers from
    /// the validated <see cref="PipelineOptions"/> (DocIngest:Pipeline); the tessdata folder
    /// and the languages from the host's configuration (DOCINGEST_TESSDATA, DOCINGEST_LANGUAGES in the environment).
    /// </summary>
    public static IServiceCollection AddDocIngestExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IExtractor>(sp =>
        {
            var service = sp.GetRequiredService<IOptions<DocIngestOptions>>().Value;
            var options = new ExtractionOptions
            {
                Workers = service.Workers,
                MaxFileBytes = service.MaxFileBytes,
                PageTimeLimit = service.PageTimeLimit,
                ModelDirectory = ClassifierLearning.ModelDirectory(service, sp.GetRequiredService<IHostEnvironment>().ContentRootPath),
                TessdataPath = Setting(configuration, TessdataLocator.EnvironmentVariable),
                Languages = Setting(configuration, DefaultEngines.LanguagesVariable),
                Pipeline = sp.GetRequiredService<IOptions<PipelineOptions>>().Value,
            }.Validate();
            return new ExtractionPipeline(options, DefaultEngines.Create(options, sp.GetRequiredService<DocIngest.Core.Classification.ClassifierModels>()));
        });
        return services;
    }

    private static string? Setting(IConfiguration configuration, string key) => configuration[key] is { Length: > 0 } value ? value : null;
}
