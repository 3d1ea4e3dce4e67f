using System.Globalization;
using DocIngest.Ocr.Timing;

namespace DocIngest.Cli.Tools;

/// <summary>
/// The table <c>docingest bench --stages</c> prints: each stage's own time per page read (stages inside it excluded), its
/// share of the recogniser's time, its own processor time per page (the reading thread's: on a shared machine the wall
/// time also counts the waits for a core, the processor time does not), and the OCR engine calls it made per page with
/// their time. A last row holds what no stage covered (the timing itself, the recogniser's glue), so the rows add up to
/// the measured time.
/// </summary>
public static class StageTimesTable
{
    /// <param name="output">Where the table goes.</param>
    /// <param name="stages">The stage totals over every timed read.</param>
    /// <param name="pagesRead">How many page reads the totals cover (pages × runs).</param>
    /// <param name="measured">The recogniser's time over those reads, as the bench clock measured it.</param>
    public static void Write(TextWriter output, IReadOnlyList<StageTotal> stages, int pagesRead, TimeSpan measured)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pagesRead);
        double total = measured.TotalMilliseconds;
        output.WriteLine($"stages (mean per page over {pagesRead} page reads; a stage's time leaves out the stages inside it)");
        output.WriteLine($"{"stage",-26}{"ms/page",10}{"share",8}{"CPU ms",9}{"OCR calls",11}{"OCR ms",9}{"MB/page",9}");
        foreach (var stage in stages)
            Row(stage.Stage, stage.Elapsed.TotalMilliseconds, stage.ProcessorTime.TotalMilliseconds, stage.OcrCalls, stage.OcrElapsed.TotalMilliseconds, stage.AllocatedBytes);
        double covered = stages.Sum(s => s.Elapsed.TotalMilliseconds);
        Row("outside the stages", Math.Max(0, total - covered), null, 0, 0, null);
        Row("all", total, stages.Sum(s => s.ProcessorTime.TotalMilliseconds), stages.Sum(s => s.OcrCalls), stages.Sum(s => s.OcrElapsed.TotalMilliseconds), stages.Sum(s => s.AllocatedBytes));

        void Row(string name, double milliseconds, double? processorMilliseconds, int ocrCalls, double ocrMilliseconds, long? allocated) =>
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-26}{milliseconds / pagesRead,10:0.0}{(total > 0 ? milliseconds / total : 0),8:0.0%}{Figure(processorMilliseconds / pagesRead),9}{(double)ocrCalls / pagesRead,11:0.0}{ocrMilliseconds / pagesRead,9:0.0}{Figure(allocated / 1048576.0 / pagesRead),9}"));
    }

    private static string Figure(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";
}
