using System.Text.Json;
using DocIngest.Pipeline;
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

    /// <summary>
    /// Reads every page as the truth's first line, except the page 60 px wide: the <c>missed lines</c> pass changes that
    /// one (and says so), reading the truth's first two lines; without the pass it reads the first line only.
    /// </summary>
    private sealed class OnePassRecognizer(bool missedLinesOn, System.Collections.Concurrent.ConcurrentQueue<int> reads) : DocIngest.Ocr.Engine.IPageRecognizer
    {
        public DocIngest.Core.Content.PageContent Recognize(DocIngest.Ocr.Imaging.GrayImage page, int pageNumber) =>
            RecognizeWithImage(page, pageNumber, DocIngest.Ocr.Timing.StageRecorder.None).Content;

        public DocIngest.Ocr.Engine.RecognizedPage RecognizeWithImage(DocIngest.Ocr.Imaging.GrayImage page, int pageNumber, DocIngest.Ocr.Timing.IStageRecorder stages)
        {
            reads.Enqueue(page.Width);
            var lines = new List<string> { TruthLines[0] };
            if (page.Width == 60 && missedLinesOn)
            {
                lines.Add(TruthLines[1]);
                stages.RecordChange("missed lines");
            }
            var block = new DocIngest.Core.Content.TextBlock(lines.Select((l, i) => new DocIngest.Core.Content.TextLine(l, new DocIngest.Core.Content.BoundingBox(10, 20 + 50 * i, 300, 40), 0.9)).ToList());
            return new(new DocIngest.Core.Content.PageContent(pageNumber, DocIngest.Core.Content.PageMethod.Ocr, [block]) { Width = page.Width, Height = page.Height, MeanConfidence = 0.9 }, page);
        }

        public void Dispose() { }
    }

    private void WritePages(params (string Id, int Width, string Split)[] pages)
    {
        string pdf = Write("truth.pdf", TestPdfs.WithLines(TruthLines));
        foreach (var page in pages) Write(page.Id + ".png", TestImages.PngHeader(page.Width, 70));
        var manifest = new
        {
            version = 2,
            pages = pages.Select(p => new { id = p.Id, document = p.Id, page = 1, kind = "memo", split = p.Split, profile = "scan300-grey", image = p.Id + ".png", pdf }).ToArray(),
        };
        File.WriteAllText(Path.Combine(Directory, "manifest.json"), JsonSerializer.Serialize(manifest));
    }

    [Fact]
    public void EvalCorpus_AblatePass_ReadsAgainOnlyThePagesItChangedWithTheFiguresOfAWholeRerun()
    {
        WritePages(("memo-a.p1", 50, "held-out"), ("memo-b.p1", 60, "tune"), ("memo-c.p1", 70, "tune"));
        var reads = new System.Collections.Concurrent.ConcurrentQueue<int>();
        PipelineEngines Engines(ExtractionOptions options) => new(new PngHeaderDecoder(), () => new OnePassRecognizer(
            !options.WithoutPasses.Any(p => DocIngest.Ocr.Engine.LinePasses.Key(p) == "missed lines"), reads), null);
        string[] AblationRow(params string[] flags)
        {
            var run = CliRun.Invoke(Engines, ["eval-corpus", Directory, "--thresholds", Thresholds(1.0), "--workers", "1", "--ablate-passes", "missed-lines", .. flags]);
            var row = run.Out.Split('\n').Single(l => l.StartsWith("missed-lines", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Every column but "read": how many pages were read again.
            return [.. row[..2], .. row[3..]];
        }

        var shortcut = AblationRow();
        int shortcutReads = reads.Count;
        var whole = AblationRow("--ablate-every-page");

        Assert.Equal(3 + 1, shortcutReads);
        Assert.Equal(3 + 3, reads.Count - shortcutReads);
        Assert.Equal("0/1", shortcut[1]);
        // The pass helps the page it changed: tuning CER rises without it.
        Assert.StartsWith("+", shortcut[6]);
        Assert.Equal(whole, shortcut);
    }
}
