using DocIngest.Core.Numerics;
using System.Diagnostics;
using System.Globalization;
using DocIngest.Cli.CommandLine;
using DocIngest.Cli.Tools;
using DocIngest.Training.Tesseract;
using DocIngest.Ocr.Timing;
using DocIngest.Pipeline;
using DocIngest.Pipeline.Loading;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest bench FILE... [--runs N] [--stages] [--calls FILE]</c>: per page, the time DocIngest's warm page recogniser takes against
/// the plain tesseract CLI (tha, psm 3, one thread) on the same page image, with the ratio and the peak memory of each.
/// With <c>--stages</c> it also lists where the recogniser's time went, stage by stage, with the OCR calls of each
/// (<see cref="StageTimesTable"/>); with <c>--calls FILE</c> it writes every OCR engine call of the timed reads to FILE and
/// prints their sum by stage and engine (<see cref="OcrCallsTable"/>). Beside the wall times it gives each side's processor time (user + system; ours is
/// the whole process's, the CLI's its child process's), which other work on the machine does not inflate.
/// </summary>
public static class BenchCommand
{
    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        var parsed = ParsedArguments.Parse(args, ["stages"], "runs", "calls", PipelineOptionsFile.Option);
        if (parsed.Positionals.Count == 0) throw new UsageException("bench needs at least one FILE");
        int runs = parsed.PositiveInt("runs", 1);
        string? callsFile = parsed.Option("calls");
        var stages = parsed.Flag("stages") || callsFile is not null
            ? new StageTimings(threadProcessorTime: ProcessorTimes.CurrentThread, keepCalls: callsFile is not null)
            : null;
        var options = new ExtractionOptions { Workers = 1, Pipeline = PipelineOptionsFile.From(parsed) };
        var engines = context.CreateEngines(options);
        var createRecognizer = engines.CreateRecognizer
            ?? throw new InvalidOperationException("no OCR engine is configured: nothing to benchmark");

        using var images = new PageImages();
        var opener = new DocumentOpener(options, engines.ImageDecoder);
        using var recognizer = createRecognizer();
        bool warmedUp = false;
        // Summed over the timed reads alone: a file is loaded between them, and its decoding is no reading's cost.
        var gc = default(GcFigures);
        var tesseract = new TesseractCli();
        long tesseractPeak = 0;
        int pagesRead = 0, failed = 0;
        double oursTotal = 0, theirsTotal = 0, oursCpuTotal = 0, theirsCpuTotal = 0;
        var oursAllRuns = TimeSpan.Zero;
        using var callsOut = callsFile is null ? null : new StreamWriter(callsFile);
        callsOut?.WriteLine(OcrCallsTable.Header);
        context.Out.WriteLine($"{"page",-40}{"ours ms",10}{"tess ms",10}{"ratio",8}{"ours cpu",10}{"tess cpu",10}{"ratio",8}");
        foreach (var file in parsed.Positionals)
        {
            // One file's pages at a time: a page image held to the end of the run made the peak grow with every page
            // benched (about 12 MB a page; 905 MB over the 38 cell pages), which is the bench's memory, not the reader's.
            List<PageImage> pages;
            try
            {
                pages = images.Load(file, opener);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                context.ReportFileError(file, CliContext.Describe(e));
                failed++;
                continue;
            }
            foreach (var page in pages)
            {
                if (!warmedUp)
                {
                    warmedUp = true;
                    recognizer.Recognize(page.Image, page.Number); // warm-up: model load and first-call costs are not per-page costs
                }
                var ours = new List<double>();
                var theirs = new List<double>();
                var oursCpu = new List<double>();
                var theirsCpu = new List<double>();
                for (int run = 0; run < runs; run++)
                {
                    int callsBefore = stages?.Calls.Count ?? 0;
                    var gcBefore = GcFigures.Now();
                    var cpu = ProcessorTimes.Self();
                    var clock = Stopwatch.StartNew();
                    recognizer.RecognizeWithImage(page.Image, page.Number, stages ?? StageRecorder.None);
                    ours.Add(clock.Elapsed.TotalMilliseconds);
                    gc += GcFigures.Now() - gcBefore;
                    if (callsOut is not null) OcrCallsTable.WriteRows(callsOut, Label(page), run + 1, stages!.Calls.Skip(callsBefore));
                    oursCpu.Add((ProcessorTimes.Self() - cpu).TotalMilliseconds);
                    oursAllRuns += clock.Elapsed;
                    var childCpu = ProcessorTimes.Children();
                    var result = tesseract.Run(page.PgmPath);
                    theirs.Add(result.Elapsed.TotalMilliseconds);
                    theirsCpu.Add((ProcessorTimes.Children() - childCpu).TotalMilliseconds);
                    tesseractPeak = Math.Max(tesseractPeak, result.PeakMemoryBytes);
                }
                pagesRead++;
                double o = Median(ours), t = Median(theirs), oc = Median(oursCpu), tc = Median(theirsCpu);
                oursTotal += o;
                theirsTotal += t;
                oursCpuTotal += oc;
                theirsCpuTotal += tc;
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Label(page),-40}{o,10:0}{t,10:0}{o / t,8:0.00}{oc,10:0}{tc,10:0}{oc / tc,8:0.00}"));
            }
        }
        if (pagesRead == 0)
        {
            context.Error.WriteLine("docingest: bench: no page needs OCR in the given files");
            return ExitCodes.Failure;
        }
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"TOTAL (" + pagesRead + " pages, median of " + runs + ")",-40}{oursTotal,10:0}{theirsTotal,10:0}{oursTotal / theirsTotal,8:0.00}{oursCpuTotal,10:0}{theirsCpuTotal,10:0}{oursCpuTotal / theirsCpuTotal,8:0.00}"));
        long ourPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak memory: docingest {ourPeak / 1048576.0:0} MB (process peak working set), tesseract CLI {tesseractPeak / 1048576.0:0} MB (VmHWM)"));
        int reads = pagesRead * runs;
        // Whether collections stop the reading: page-sized arrays go to the large object heap, each of its budget overruns
        // is a gen-2 collection, and a blocking one would stop every worker of the process at once.
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"garbage collection over the {reads} timed reads: gen0/gen1/gen2 {gc.Gen0}/{gc.Gen1}/{gc.Gen2}, paused {gc.Paused.TotalMilliseconds:0} ms ({gc.Paused.TotalMilliseconds / oursAllRuns.TotalMilliseconds:0.0%} of our time), {gc.AllocatedBytes / 1048576.0 / reads:0} MB allocated a page"));
        if (stages is not null && parsed.Flag("stages")) StageTimesTable.Write(context.Out, stages.Totals(), pagesRead * runs, oursAllRuns);
        if (stages is not null && callsFile is not null) OcrCallsTable.WriteSummary(context.Out, stages.Calls, pagesRead * runs);
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string Label(PageImage page)
    {
        string label = $"{Path.GetFileName(page.File)} p{page.Number}";
        return label.Length <= 38 ? label : "…" + label[^37..];
    }

    private static double Median(List<double> values) => OrderStatistics.Median(values);

    /// <summary>The process's garbage-collection counters at one moment; the difference of two is what happened between them.</summary>
    private readonly record struct GcFigures(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long AllocatedBytes)
    {
        public static GcFigures Now() =>
            new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true));

        public static GcFigures operator -(GcFigures after, GcFigures before) =>
            new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused, after.AllocatedBytes - before.AllocatedBytes);

        public static GcFigures operator +(GcFigures a, GcFigures b) =>
            new(a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.Paused + b.Paused, a.AllocatedBytes + b.AllocatedBytes);
    }
}
