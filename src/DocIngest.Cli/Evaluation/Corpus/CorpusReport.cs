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

    /// <summary>
    /// One row per pass switched off: each figure's change against the full pipeline (negative CER change = the pass
    /// costs accuracy), held-out first, then tuning pages, then the change in extraction time.
    /// </summary>
    public static void WriteAblation(TextWriter writer, (CorpusScores HeldOut, CorpusScores Tune, TimeSpan Time) full,
        IEnumerable<(string Pass, CorpusScores HeldOut, CorpusScores Tune, TimeSpan Time)> rows)
    {
        writer.WriteLine();
        writer.WriteLine($"ablation: each pass switched off alone; full pipeline held-out CER {Number(full.HeldOut.Cer.Cer)}, digits {Number(full.HeldOut.Digits.Rate)}, "
            + $"header {Number(full.HeldOut.HeaderFields.Rate)}; tune CER {Number(full.Tune.Cer.Cer)}, digits {Number(full.Tune.Digits.Rate)}; time {full.Time.TotalSeconds:0} s");
        writer.WriteLine(Format(["without", "H dCER", "H dDigit", "H dHead", "T dCER", "T dDigit", "T dHead", "d time"]));
        foreach (var (pass, heldOut, tune, time) in rows)
        {
            writer.WriteLine(Format(
            [
                pass.Replace(' ', '-'),
                Delta(heldOut.Cer.Cer, full.HeldOut.Cer.Cer), Delta(heldOut.Digits.Rate, full.HeldOut.Digits.Rate), Delta(heldOut.HeaderFields.Rate, full.HeldOut.HeaderFields.Rate),
                Delta(tune.Cer.Cer, full.Tune.Cer.Cer), Delta(tune.Digits.Rate, full.Tune.Digits.Rate), Delta(tune.HeaderFields.Rate, full.Tune.HeaderFields.Rate),
                full.Time.TotalSeconds > 0 ? ((time - full.Time).TotalSeconds / full.Time.TotalSeconds).ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture) : "-",
            ]));
        }
    }

    private static string Delta(double? value, double? reference) =>
        value is { } v && reference is { } r ? (v - r).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "-";
}
