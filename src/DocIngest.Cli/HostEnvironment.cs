using DocIngest.Ocr.Engine;
using DocIngest.Pipeline;
using DocIngest.Pipeline.Classification;

namespace DocIngest.Cli;

/// <summary>
/// The environment variables the command honours, read here and nowhere in the libraries: they reach the pipeline
/// as <see cref="ExtractionOptions"/>.
/// </summary>
public static class HostEnvironment
{
    /// <summary>The training directory from DOCINGEST_TRAINING_DIR, or null (the libraries then search for data/training).</summary>
    public static string? TrainingDirectory => Read(Pipeline.Classification.TrainingDirectory.Variable);

    /// <summary><paramref name="options"/> with what the environment sets and the options leave open.</summary>
    public static ExtractionOptions Apply(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            TrainingDirectory = options.TrainingDirectory ?? TrainingDirectory,
            TessdataPath = options.TessdataPath ?? Read(TessdataLocator.EnvironmentVariable),
            Languages = options.Languages ?? Read(DefaultEngines.LanguagesVariable),
        };
    }

    private static string? Read(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;
}
