using System.Globalization;

namespace DocIngest.Cli.Evaluation.Corpus;

/// <summary>Prints the real-document evaluation: a row per page, then sums by kind and by degradation, per split.</summary>
public static class CorpusReport
{
    private static readonly string[] Columns = ["", "pages", "CER", "tess CER", "digits", "tess dig", "cells", "header", "kind"];

    public static void WritePages(TextWriter writer, IEnumerable<(CorpusPage Page, CorpusScores Scores, string? Note)> rows)
    {
        writer.WriteLine(Format(["page (split, degradation)", .. Columns[2..]]));
        foreach (var (page, scores, note) in rows)
        {
            string label = $"{page.Id} ({(page.IsHeldOut ? "H" : "T")}, {page.Profile})";
            writer.WriteLine(Format([label, .. Figures(scores)[1..]]) + (note is null ? "" : "  " + note));
        }
    }

    public static void WriteGroups(TextWriter writer, string title, IEnumerable<(string Name, CorpusScores Scores)> groups)
    {
        writer.WriteLine();
        writer.WriteLine(Format([title, .. Columns[1..]]));
        foreach (var (name, scores) in groups) writer.WriteLine(Format([name, .. Figures(scores)]));
    }

    private static string[] Figures(CorpusScores s) =>
    [
        s.Unscored == 0 ? s.Pages.ToString(CultureInfo.InvariantCulture) : $"{s.Pages}({s.Unscored}u)",
        Number(s.Cer.Cer), Number(s.BaselineCer?.Cer), Number(s.Digits.Rate), Number(s.BaselineDigits?.Rate),
        Number(s.TableCells.Rate), Number(s.HeaderFields.Rate), Number(s.DocumentKind.Rate),
    ];

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Format(string[] cells) =>
        cells[0].PadRight(52)[..52] + string.Concat(cells.Skip(1).Select(c => c.PadLeft(9)));

    /// <summary>The ablation's title (the full pipeline's figures) and column heads; the rows follow as each pass is read (<see cref="WriteAblationRow"/>).</summary>
    public static void WriteAblationHeader(TextWriter writer, (CorpusScores HeldOut, CorpusScores Tune, TimeSpan ProcessorTime) full)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine();
        writer.WriteLine($"ablation: each pass switched off alone, the pages it changed read again; full pipeline held-out CER {Number(full.HeldOut.Cer.Cer)}, digits {Number(full.HeldOut.Digits.Rate)}, "
            + $"cells {Number(full.HeldOut.TableCells.Rate)}, header {Number(full.HeldOut.HeaderFields.Rate)}; tune CER {Number(full.Tune.Cer.Cer)}, digits {Number(full.Tune.Digits.Rate)}, "
            + $"cells {Number(full.Tune.TableCells.Rate)}, header {Number(full.Tune.HeaderFields.Rate)}; processor time {full.ProcessorTime.TotalSeconds:0.0} s");
        writer.WriteLine(FormatAblation(["without", "changed H/T", "read", "H dCER", "H dDigit", "H dCells", "H dHead", "T dCER", "T dDigit", "T dCells", "T dHead", "OCR calls", "CPU s"]));
        writer.Flush();
    }

    /// <summary>
    /// One pass's row, flushed at once (a long ablation shows each pass as soon as it is read): the pages it changed in
    /// the full run (held-out / tuning), the pages read again, then each figure's change against the full pipeline with the
    /// change in counts beside it (CER: edits; digits, cells, header: hits; a positive CER change or a negative hit change
    /// means the pass helps), held-out first, then tuning pages, then what the pass cost in the full run: OCR calls and
    /// processor time.
    /// </summary>
    public static void WriteAblationRow(TextWriter writer, (CorpusScores HeldOut, CorpusScores Tune, TimeSpan ProcessorTime) full, AblationRow row)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(row);
        writer.WriteLine(FormatAblation(
        [
            row.Pass.Replace(' ', '-'), $"{row.ChangedHeldOut}/{row.ChangedTune}", row.Read.ToString(CultureInfo.InvariantCulture),
            .. Deltas(row.HeldOut, full.HeldOut), .. Deltas(row.Tune, full.Tune),
            row.OcrCalls.ToString(CultureInfo.InvariantCulture), row.ProcessorTime.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
        ]));
        writer.Flush();
    }

    private static string[] Deltas(CorpusScores without, CorpusScores full) =>
    [
        Delta(without.Cer.Cer, full.Cer.Cer, without.Cer.Edits - full.Cer.Edits),
        Delta(without.Digits.Rate, full.Digits.Rate, without.Digits.Hits - full.Digits.Hits),
        Delta(without.TableCells.Rate, full.TableCells.Rate, without.TableCells.Hits - full.TableCells.Hits),
        Delta(without.HeaderFields.Rate, full.HeaderFields.Rate, without.HeaderFields.Hits - full.HeaderFields.Hits),
    ];

    private static string Delta(double? value, double? reference, int count) =>
        Delta(value, reference) + (count == 0 ? "" : "(" + count.ToString("+0;-0", CultureInfo.InvariantCulture) + ")");

    private static string FormatAblation(string[] cells) =>
        cells[0].PadRight(22)[..22] + string.Concat(cells.Skip(1).Select(c => c.PadLeft(14)));

    private static string Delta(double? value, double? reference) =>
        value is { } v && reference is { } r ? (v - r).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "-";
}

/// <summary>One pass of an ablation: what the pipeline reads with it switched off, and what it changed and cost with it on.</summary>
/// <param name="Pass">The pass's name.</param>
/// <param name="ChangedHeldOut">Held-out pages the pass changed in the full run.</param>
/// <param name="ChangedTune">Tuning pages the pass changed in the full run.</param>
/// <param name="Read">Pages read again with the pass off (the changed ones, or every page when asked).</param>
/// <param name="HeldOut">The held-out sums with the pass off.</param>
/// <param name="Tune">The tuning sums with the pass off.</param>
/// <param name="OcrCalls">OCR calls the pass made in the full run.</param>
/// <param name="ProcessorTime">Processor time the pass spent in the full run.</param>
public sealed record AblationRow(string Pass, int ChangedHeldOut, int ChangedTune, int Read, CorpusScores HeldOut, CorpusScores Tune, int OcrCalls, TimeSpan ProcessorTime);
