namespace DocIngest.Cli.Tests.Commands;

public class EvalSearchCommandTests : TempDirectoryTest
{
    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DocIngest.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Run_RepositoryQualitySet_MeetsItsThresholds()
    {
        string root = RepositoryRoot();

        var run = CliRun.Invoke("eval-search", Path.Combine(root, "eval", "search", "quality.json"), "--thresholds", Path.Combine(root, "eval-thresholds.json"));

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("overall", run.Out);
        Assert.Contains("organization", run.Out);
    }

    [Fact]
    public void Run_QueryThatFindsNothing_FailsTheGateAndShowsTheQuery()
    {
        var set = Write("set.json", System.Text.Encoding.UTF8.GetBytes("""
            {"documents": [{"key": "d", "organization": "องค์การบริหารส่วนตำบลโคกคอน", "fiscalYear": 2566, "confirmed": false, "source": "test",
              "measures": [{"key": "m1", "title": "มาตรการป้องกันการรับสินบน", "steps": [], "responsible": ["สำนักปลัด"], "period": null}]}],
             "queries": [{"type": "spaced", "q": "การรับ สินบน", "expect": ["m1"]}, {"type": "ocr", "q": "ประชาสัมพันธ์", "expect": ["m1"]}]}
            """));
        var thresholds = Write("t.json", """{"searchQuality": {"recall10": {"min": 0.95}, "mrr": {"min": 0.9}}}"""u8.ToArray());

        var run = CliRun.Invoke("eval-search", set, "--thresholds", thresholds);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ประชาสัมพันธ์", run.Out);
        Assert.DoesNotContain("การรับ สินบน", run.Out); // perfect queries are listed only with --verbose
        Assert.Contains("recall10 0.500 is below 0.950", run.Error);
    }

    [Fact]
    public void Run_QueryNamingUnknownMeasure_IsAnError()
    {
        var set = Write("set.json", """{"documents": [], "queries": [{"type": "x", "q": "ก", "expect": ["nope"]}]}"""u8.ToArray());

        var run = CliRun.Invoke("eval-search", set);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("nope", run.Error);
    }
}
