using System.Globalization;
using DocIngest.Ocr.Timing;

namespace DocIngest.Cli.Tools;

/// <summary>
/// What <c>docingest bench --calls FILE</c> writes: every OCR engine call of the timed reads, one tab-separated row each
/// (the page, the run, the stage, the engine's languages, the image's size, the segmentation mode, the reading thread's
/// processor time and the wall time of the call, and what it read), and the summary it prints: calls and processor time
/// per page by stage and engine, so the cost of reading with English beside Thai, or of a pass's second reads, shows
/// without a throwaway log.
/// </summary>
public static class OcrCallsTable
{
    /// <summary>The header of <see cref="WriteRows"/>'s file.</summary>
    public const string Header = "page\trun\tstage\tengine\twidth\theight\tpsm\tcpu_ms\twall_ms\tlines\ttext";

    /// <summary>Writes one row per call; tabs and line breaks in the text become spaces and " | " between lines.</summary>
    /// <param name="output">Where the rows go (the header is the caller's to write once).</param>
    /// <param name="page">The page's label.</param>
    /// <param name="run">The run's number, from 1.</param>
    /// <param name="calls">The calls of that read, in order.</param>
    public static void WriteRows(TextWriter output, string page, int run, IEnumerable<StagedOcrCall> calls)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(calls);
        foreach (var (stage, call) in calls)
        {
            string text = string.Join(" | ", call.Lines.Select(l => l.Text.Replace('\t', ' ').Replace('\n', ' ')));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{page}\t{run}\t{stage}\t{call.Engine}\t{call.Width}\t{call.Height}\t{(int)call.Mode}\t{call.ProcessorTime.TotalMilliseconds:0.0}\t{call.Elapsed.TotalMilliseconds:0.0}\t{call.Lines.Count}\t{text}"));
        }
    }

    /// <summary>Prints, per page read, the calls and their processor and wall time by stage and engine, costliest first.</summary>
    /// <param name="output">Where the table goes.</param>
    /// <param name="calls">Every call of the timed reads.</param>
    /// <param name="pagesRead">How many page reads they cover (pages × runs).</param>
    public static void WriteSummary(TextWriter output, IReadOnlyList<StagedOcrCall> calls, int pagesRead)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pagesRead);
        output.WriteLine($"OCR calls by stage and engine (mean per page over {pagesRead} page reads)");
        output.WriteLine($"{"stage",-26}{"engine",-10}{"calls",8}{"CPU ms",9}{"ms",9}{"px wide",9}");
        var groups = calls.GroupBy(c => (c.Stage, c.Call.Engine))
            .OrderByDescending(g => g.Sum(c => c.Call.ProcessorTime.Ticks)).ThenByDescending(g => g.Sum(c => c.Call.Elapsed.Ticks));
        foreach (var group in groups)
            Row(group.Key.Stage, group.Key.Engine, group.Select(c => c.Call).ToList());
        Row("all", "", calls.Select(c => c.Call).ToList());

        void Row(string stage, string engine, IReadOnlyList<OcrCall> rows) =>
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage,-26}{engine,-10}{(double)rows.Count / pagesRead,8:0.0}{rows.Sum(c => c.ProcessorTime.TotalMilliseconds) / pagesRead,9:0.0}{rows.Sum(c => c.Elapsed.TotalMilliseconds) / pagesRead,9:0.0}{(rows.Count == 0 ? 0 : rows.Average(c => c.Width)),9:0}"));
    }
}
