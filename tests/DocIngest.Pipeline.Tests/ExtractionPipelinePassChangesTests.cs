using System.Text.Json;
using DocIngest.Core.Extraction;
using DocIngest.Ocr.Timing;

namespace DocIngest.Pipeline.Tests;

/// <summary>
/// What <c>eval-corpus --ablate</c> relies on to read again only the pages a pass changed: a pass that records no change
/// on a page leaves the page reading exactly as it does with the pass switched off.
/// </summary>
public sealed class ExtractionPipelinePassChangesTests
{
    [Fact]
    public void Extract_PassThatRanAndChangedNothing_PageReadsTheSameWithoutIt()
    {
        string path = Path.Combine(RepoRoot(), "sample-docs", "memo-kampang-invite-2564.png");
        var options = new ExtractionOptions { Workers = 1 };
        var stages = new StageTimings();
        string full;
        using (var pipeline = new ExtractionPipeline(options, DefaultEngines.Create(options))) full = Read(pipeline.Extract(path, stages));
        var passes = stages.Totals().Where(t => DefaultEngines.IsKnownPass(t.Stage)).ToList();
        // The recorder is told of changes at all (the digit model or the lexicon change some line of any memo) ...
        Assert.Contains(passes, t => t.Changes > 0);
        // ... and of a pass that did its work (engine calls, else its checks) without changing anything here.
        var quiet = passes.Where(t => t.Changes == 0).OrderByDescending(t => t.OcrCalls).ThenByDescending(t => t.Entries).First();

        var without = options with { WithoutPasses = new HashSet<string> { quiet.Stage } };
        using var pipelineWithout = new ExtractionPipeline(without, DefaultEngines.Create(without));

        Assert.Equal(full, Read(pipelineWithout.Extract(path)));
    }

    [Fact]
    public void Extract_RecorderWithTwoWorkers_Refused()
    {
        using var pipeline = new ExtractionPipeline(new ExtractionOptions { Workers = 2 }, new PipelineEngines(null, null, null));

        Assert.Throws<InvalidOperationException>(() => pipeline.Extract("any.png", new StageTimings()));
    }

    /// <summary>What the page reads: its text and its tables' cells.</summary>
    private static string Read(ExtractionResult result) =>
        JsonSerializer.Serialize(result.Pages.Select(p => new { p.Text, p.Tables }));

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
