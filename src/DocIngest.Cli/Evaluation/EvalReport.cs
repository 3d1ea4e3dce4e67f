namespace DocIngest.Cli.Evaluation;

/// <summary>Prints eval figures as a fixed-width table, one row per file and an overall row.</summary>
public static class EvalReport
{
    private static readonly string[] Columns =
        ["file", "CER", "tess CER", "prose", "cells", "kind", "header", "sections", "measF1", "measCell", "indF1", "itaF1", "membF1", "roles", "signF1", "split"];

    public static void WriteHeader(TextWriter writer) => writer.WriteLine(Format(Columns));

    public static void WriteRow(TextWriter writer, string name, EvalScores s) => writer.WriteLine(Format(
    [
        name, Number(s.PageCer.Cer), Number(s.BaselineCer?.Cer), Number(s.ProseCer.Cer), Number(s.TableCer.Cer), Number(s.DocumentKind.Rate), Number(s.HeaderFields.Rate),
        Number(s.SectionTypes.Rate), Number(s.Measures.F1), Number(s.MeasureCells.Rate), Number(s.Indicators.F1),
        Number(s.ItaResults.F1), Number(s.Members.F1), Number(s.MemberRoles.Rate), Number(s.Signatures.F1), Number(s.DocumentSplit.Rate),
    ]));

    private static string Number(double? value) => value is { } v ? v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "-";

    private static string Format(string[] cells) =>
        cells[0].PadRight(32)[..32] + string.Concat(cells.Skip(1).Select(c => c.PadLeft(9)));
}
