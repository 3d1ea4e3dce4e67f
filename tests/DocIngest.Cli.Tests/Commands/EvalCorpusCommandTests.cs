using System.Text.Json;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Cli.Tests.Commands;

public class EvalCorpusCommandTests : TempDirectoryTest
{
    // The fake recogniser reads "หน้า N 50x70" on each of the two frames: far from this truth, so CER is high.
    private static readonly string[] TruthLines = ["หน้า 1 50x70", "ส่วนราชการ สำนักงานสาธารณสุขอำเภอหนองใหญ่ จังหวัดชลบุรี งานบริหารทั่วไป", "เรื่อง รายงานผลการวิเคราะห์การจัดซื้อจัดจ้าง ประจำปีงบประมาณ ๒๕๖๒"];

    private void WritePage(string id, string split)
    {
        Write(id + ".png", TestImages.PngHeader(50, 70));
        string pdf = Write(id + ".pdf", TestPdfs.WithLines(TruthLines));
        var manifest = new
        {
            version = 2,
            pages = new[] { new { id, document = id, page = 1, kind = "memo", split, profile = "scan300-grey", image = id + ".png", pdf } },
        };
        File.WriteAllText(Path.Combine(Directory, "manifest.json"), JsonSerializer.Serialize(manifest));
    }

    private string Thresholds(double maxCer) =>
        Write("thresholds.json", System.Text.Encoding.UTF8.GetBytes("{\"corpusHeldOut\": {\"cer\": {\"max\": " + maxCer.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}}"));

    [Fact]
    public void EvalCorpus_HeldOutPageAboveMaxCer_FailsNamingTheMetric()
    {
        WritePage("memo.p1", "held-out");

        var run = CliRun.Invoke("eval-corpus", Directory, "--thresholds", Thresholds(0.5), "--workers", "1");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("docingest: eval-corpus: held-out cer ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void EvalCorpus_SectionNamed_GatesOnThatSectionNotCorpusHeldOut()
    {
        WritePage("memo.p1", "held-out");
        // corpusHeldOut would pass (max 1.0); the named section's floor fails.
        string thresholds = Write("sections.json", System.Text.Encoding.UTF8.GetBytes(
            "{\"corpusHeldOut\": {\"cer\": {\"max\": 1.0}}, \"corpusDeskHeldOut\": {\"cer\": {\"max\": 0.5}}}"));

        var run = CliRun.Invoke("eval-corpus", Directory, "--thresholds", thresholds, "--section", "corpusDeskHeldOut", "--workers", "1");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("docingest: eval-corpus: held-out cer ", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void EvalCorpus_WithinThresholds_PrintsThePageAndTheHeldOutSum()
    {
        WritePage("memo.p1", "held-out");

        var run = CliRun.Invoke("eval-corpus", Directory, "--thresholds", Thresholds(1.0), "--workers", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("memo.p1 (H, scan300-grey)"));
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("held-out: all"));
        Assert.True(File.Exists(Path.Combine(Directory, "results", "memo.p1.json")));
    }

    [Fact]
    public void EvalCorpus_PageWithoutTables_CellsFileHoldsOnlyTheSeparator()
    {
        WritePage("memo.p1", "tune");

        CliRun.Invoke("eval-corpus", Directory, "--thresholds", Thresholds(1.0), "--workers", "1");

        // The layer's cells, a blank line, the reading's cells: neither side has a table here.
        Assert.Equal([""], File.ReadAllLines(Path.Combine(Directory, "results", "memo.p1.cells.txt")));
    }

    [Fact]
    public void EvalCorpus_TunePageAboveMaxCer_IsNotGated()
    {
        WritePage("memo.p1", "tune");

        var run = CliRun.Invoke("eval-corpus", Directory, "--thresholds", Thresholds(0.5), "--workers", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("tune: all"));
    }

    [Fact]
    public void EvalCorpus_NoManifest_SaysHowToMakeOne()
    {
        var run = CliRun.Invoke("eval-corpus", Directory, "--thresholds", Thresholds(1.0));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("tools/corpus/prepare.py", run.Error);
    }
}
