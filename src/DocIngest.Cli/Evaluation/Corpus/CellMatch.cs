namespace DocIngest.Cli.Evaluation.Corpus;

/// <summary>
/// Ruled-table cells read exactly right: each cell of the layer's tables (folded, <see cref="LayerTruth.Fold"/>) counts
/// as read when one of the reading's cells, on any of its tables on the page, holds exactly that text; each read cell
/// answers for one truth cell only. Positions are not compared: a grid found with one more row or a merged header moves
/// every index, and what a reader and the stored measures need is each cell's text whole.
/// </summary>
public static class CellMatch
{
    /// <summary>(truth cells read exactly, truth cells with text).</summary>
    /// <param name="truthCells">The layer's cells with text (folded here; folding twice changes nothing).</param>
    /// <param name="readCells">The reading's cells as read (folded here).</param>
    public static (int Hits, int Total) Score(IReadOnlyList<string> truthCells, IEnumerable<string> readCells)
    {
        ArgumentNullException.ThrowIfNull(truthCells);
        ArgumentNullException.ThrowIfNull(readCells);
        var available = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in readCells)
        {
            string folded = LayerTruth.Fold(cell);
            if (folded.Length > 0) available[folded] = available.GetValueOrDefault(folded) + 1;
        }
        int hits = 0;
        foreach (var cell in truthCells.Select(LayerTruth.Fold))
        {
            if (!available.TryGetValue(cell, out int count) || count == 0) continue;
            available[cell] = count - 1;
            hits++;
        }
        return (hits, truthCells.Count);
    }
}
