using System.Collections.Concurrent;
using DocIngest.Pipeline;

namespace DocIngest.Cli;

/// <summary>
/// Pipelines for reading files side by side: a caller takes an idle one (or a new one when all are busy) and gives it
/// back, so each worker thread reuses its engines from file to file. The first is made at once, so that a pipeline that
/// cannot be made (no tessdata, an unknown pass) fails the command before any file is read.
/// </summary>
public sealed class ExtractorPool : IDisposable
{
    private readonly ConcurrentBag<ExtractionPipeline> _idle = [];
    private readonly ExtractionOptions _options;
    private readonly Func<ExtractionOptions, PipelineEngines> _createEngines;

    public ExtractorPool(ExtractionOptions options, Func<ExtractionOptions, PipelineEngines> createEngines)
    {
        _options = options;
        _createEngines = createEngines;
        _idle.Add(Composition.CreateExtractor(options, createEngines));
    }

    /// <summary>Runs <paramref name="work"/> with a pipeline no other thread is using.</summary>
    public T Use<T>(Func<ExtractionPipeline, T> work)
    {
        if (!_idle.TryTake(out var extractor)) extractor = Composition.CreateExtractor(_options, _createEngines);
        try
        {
            return work(extractor);
        }
        finally
        {
            _idle.Add(extractor);
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var extractor)) extractor.Dispose();
    }
}
