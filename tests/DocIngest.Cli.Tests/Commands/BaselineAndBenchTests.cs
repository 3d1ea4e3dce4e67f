using DocIngest.Cli.Tools;
using DocIngest.Core.Extraction;
using DocIngest.Pipeline;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Cli.Tests.Commands;

/// <summary>The commands that run the real tesseract CLI beside DocIngest, on a scanned (image-only) PDF.</summary>
public class BaselineAndBenchTests : TempDirectoryTest
{
    private const string Line = "บันทึกข้อความ ส่วนราชการ สำนักปลัด";

    /// <summary>No image decoder is needed: PDF pages are rendered by poppler; the recogniser is the test double.</summary>
    private static PipelineEngines Engines(ExtractionOptions _) => new(null, () => new FakePageRecognizer(), null);

    [Fact]
    public void Eval_BaselineTesseract_PrintsTesseractCerBesideOurs()
    {
        Write("scan.pdf", TestPdfs.Scanned(200, Line));
        var expected = new ExtractionResult
        {
            Source = new SourceInfo("scan.pdf", new string('0', 64), "application/pdf", 1),
            Pages = [new PageResult { Number = 1, Method = "ocr", Text = Line }],
            Documents = [new Document { Kind = DocumentKind.Other, PageStart = 1, PageEnd = 1 }],
        };
        File.WriteAllText(Path.Combine(Directory, "scan.expected.json"), ExtractionJson.Serialize(expected));
        var thresholds = Write("t.json", "{}"u8.ToArray());

        var run = CliRun.Invoke(Engines, "eval", Directory, "--baseline", "tesseract", "--thresholds", thresholds);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var row = run.Out.Split('\n').Single(l => l.StartsWith("scan"));
        var cells = row[32..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double ours = double.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture);
        double tesseract = double.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ours > 0.5, $"the fake recogniser reads nothing of the line, CER {ours}");
        Assert.InRange(tesseract, 0, 0.3);
    }

    [Fact]
    public void Bench_ScannedPdf_PrintsPageTimesProcessorTimesRatiosAndPeakMemory()
    {
        var scan = Write("scan.pdf", TestPdfs.Scanned(150, Line));

        var run = CliRun.Invoke(Engines, "bench", scan, "--runs", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("scan.pdf p1", lines[1]);
        Assert.StartsWith("TOTAL (1 pages, median of 1)", lines[2]);
        // Wall ms, ratio, then processor ms of each side and their ratio: the CLI child's time is counted, never zero.
        Assert.Matches(@"^TOTAL \(1 pages, median of 1\)\s+\d+\s+\d+\s+\d+\.\d\d\s+\d+\s+[1-9]\d*\s+\d+\.\d\d$", lines[2].TrimEnd());
        Assert.Matches(@"^peak memory: docingest \d+ MB .*, tesseract CLI [1-9]\d* MB", lines[3]);
        Assert.Matches(@"^garbage collection over the 1 timed reads: gen0/gen1/gen2 \d+/\d+/\d+, paused \d+ ms \(.*\), \d+ MB allocated a page$", lines[4]);
    }

    [Fact]
    public void Bench_TwoScansAndABrokenFile_BenchesEachScanInOrderAndReportsTheBrokenOne()
    {
        // Files are loaded one at a time as they are benched: a file that cannot be read between two good ones is
        // reported, and the pages of both others are still read and summed.
        var first = Write("first.pdf", TestPdfs.Scanned(150, Line));
        var broken = Write("broken.pdf", "not a pdf"u8.ToArray());
        var second = Write("second.pdf", TestPdfs.Scanned(150, Line));

        var run = CliRun.Invoke(Engines, "bench", first, broken, second, "--runs", "1");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("broken.pdf", run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("first.pdf p1", lines[1]);
        Assert.StartsWith("second.pdf p1", lines[2]);
        Assert.StartsWith("TOTAL (2 pages, median of 1)", lines[3]);
        Assert.StartsWith("garbage collection over the 2 timed reads", lines[5]);
    }

    [Fact]
    public void Bench_StagesFlag_PrintsStageTableAfterGcFigures()
    {
        var scan = Write("scan.pdf", TestPdfs.Scanned(150, Line));

        var run = CliRun.Invoke(Engines, "bench", scan, "--runs", "2", "--stages");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("garbage collection over the 2 timed reads", lines[4]);
        Assert.StartsWith("stages (mean per page over 2 page reads;", lines[5]);
        // The test double reports no stages of its own: all its time is outside them.
        Assert.StartsWith("outside the stages", lines[7]);
        Assert.StartsWith("all", lines[8]);
    }

    [Fact]
    public void Bench_CallsOption_WritesTheCallFileAndPrintsItsSummary()
    {
        var scan = Write("scan.pdf", TestPdfs.Scanned(150, Line));
        string calls = Path.Combine(Directory, "calls.tsv");

        var run = CliRun.Invoke(Engines, "bench", scan, "--runs", "1", "--calls", calls);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Without --stages no stage table; the test double makes no engine call, so the summary holds its total alone.
        Assert.DoesNotContain(lines, l => l.StartsWith("stages (", StringComparison.Ordinal));
        Assert.StartsWith("OCR calls by stage and engine (mean per page over 1 page reads)", lines[5]);
        Assert.StartsWith("all", lines[7]);
        Assert.Equal([OcrCallsTable.Header], File.ReadAllLines(calls));
    }
}
