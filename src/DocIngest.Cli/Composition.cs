using DocIngest.Pipeline;

namespace DocIngest.Cli;

/// <summary>
/// The one place where the CLI's stages are chosen. Commands receive <see cref="CreateEngines"/> as a factory
/// delegate, so tests plug in test doubles and the composition root plugs in the real engines here.
/// </summary>
public static class Composition
{
    /// <summary>The engines behind <c>docingest</c>: the real stages (see <see cref="DefaultEngines"/>).</summary>
    public static PipelineEngines CreateEngines(ExtractionOptions options) => DefaultEngines.Create(HostEnvironment.Apply(options));

    /// <summary>The extractor for a batch: engines are created once and reused for every file.</summary>
    public static ExtractionPipeline CreateExtractor(ExtractionOptions options, Func<ExtractionOptions, PipelineEngines> createEngines) =>
        new(options, createEngines(options));
}
