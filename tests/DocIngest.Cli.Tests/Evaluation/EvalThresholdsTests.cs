using DocIngest.Cli.Evaluation;

namespace DocIngest.Cli.Tests.Evaluation;

public class EvalThresholdsTests : TempDirectoryTest
{
    [Fact]
    public void Violations_CerAboveMaxAndKindBelowMin_AreBothReported()
    {
        var thresholds = new EvalThresholds(new Dictionary<string, Bound> { ["pageCer"] = new(Max: 0.1), ["documentKind"] = new(Min: 0.9) });
        var scores = new EvalScores { PageCer = new CerTally(20, 100), DocumentKind = new Tally(1, 2) };

        var violations = thresholds.Violations(scores);

        Assert.Equal(["pageCer 0.200 is above 0.100", "documentKind 0.500 is below 0.900"], violations);
    }

    [Fact]
    public void Violations_MetricWithNothingScored_IsNotJudged()
    {
        var thresholds = new EvalThresholds(new Dictionary<string, Bound> { ["measureF1"] = new(Min: 0.8) });

        Assert.Empty(thresholds.Violations(new EvalScores()));
    }

    [Fact]
    public void Load_UnknownMetricName_Throws()
    {
        var path = Write("t.json", "{\"pageCre\": {\"max\": 0.1}}"u8.ToArray());

        var error = Assert.Throws<InvalidOperationException>(() => EvalThresholds.Load(path));

        Assert.Contains("pageCre", error.Message);
    }

    [Fact]
    public void Load_RepositoryThresholdsFile_HasOnlyKnownMetrics()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DocIngest.sln"))) root = root.Parent;
        Assert.NotNull(root);

        var samples = EvalThresholds.Load(Path.Combine(root.FullName, "eval-thresholds.json"), DocIngest.Cli.Commands.EvalCommand.SamplesSection);
        var corpus = EvalThresholds.Load(Path.Combine(root.FullName, "eval-thresholds.json"), DocIngest.Cli.Commands.EvalCorpusCommand.ThresholdsSection,
            DocIngest.Cli.Evaluation.Corpus.CorpusScores.MetricNames.ToList());

        var documents = EvalThresholds.Load(Path.Combine(root.FullName, "eval-thresholds.json"), DocIngest.Cli.Commands.EvalCommand.HeldOutDocumentsSection);

        Assert.Contains("pageCer", samples.Bounds.Keys);
        Assert.Contains("cer", corpus.Bounds.Keys);
        Assert.Contains("documentKind", documents.Bounds.Keys);
    }

    [Fact]
    public void Load_MissingSection_ThrowsNamingIt()
    {
        var path = Write("t.json", "{\"samplesRegression\": {\"pageCer\": {\"max\": 0.1}}}"u8.ToArray());

        var error = Assert.Throws<InvalidOperationException>(() => EvalThresholds.Load(path, "corpusHeldOut"));

        Assert.Contains("corpusHeldOut", error.Message);
    }
}
