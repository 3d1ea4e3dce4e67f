namespace DocIngest.Ocr.Tests.TestSupport;

/// <summary>Ground truth of one table cell from a fixture's *.cells.tsv (row, column, text with \n between lines).</summary>
public sealed record CellGroundTruth(int Row, int Column, string Text)
{
    public static IReadOnlyList<CellGroundTruth> Load(string path) => File.ReadAllLines(path)
        .Where(l => l.Length > 0)
        .Select(l => l.Split('\t'))
        .Select(f => new CellGroundTruth(int.Parse(f[0]), int.Parse(f[1]), f.Length > 2 ? f[2].Replace("\\n", "\n") : ""))
        .ToList();
}
