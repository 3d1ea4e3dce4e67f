using System.Globalization;

namespace DocIngest.Cli.Evaluation.Corpus;

/// <summary>Prints the real-document evaluation: a row per page, then sums by kind and by degradation, per split.</summary>
public static class CorpusReport
{
    private static readonly string[] Columns = ["", "pages", "CER", "tess CER", "digits", "tess dig", "header", "kind"];

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
        Number(s.HeaderFields.Rate), Number(s.DocumentKind.Rate),
    ];

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Format(string[] cells) =>
        cells[0].PadRight(52)[..52] + string.Concat(cells.Skip(1).Select(c => c.PadLeft(9)));
}
