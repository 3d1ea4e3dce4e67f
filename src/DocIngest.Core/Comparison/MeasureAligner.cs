using DocIngest.Core.Thai;

namespace DocIngest.Core.Comparison;

/// <summary>One row of a side-by-side comparison: per column, the index of the aligned item, or null.</summary>
public sealed record AlignedRow(IReadOnlyList<int?> Cells, double Similarity);

/// <summary>
/// Lines up items (measure titles) of several columns (agencies or fiscal years) by text similarity, so the same
/// measure written a little differently from year to year sits in one row. Similarity is the Dice coefficient of
/// character trigrams, which suits Thai (no spaces between words) and tolerates OCR noise.
/// </summary>
public static class MeasureAligner
{
    /// <summary>Pairs with a similarity below this stay in separate rows.</summary>
    public const double DefaultThreshold = 0.35;

    public static IReadOnlyList<AlignedRow> Align(IReadOnlyList<IReadOnlyList<string>> columns, double threshold = DefaultThreshold)
    {
        var rows = new List<(int?[] Cells, List<HashSet<string>> Grams, double Similarity)>();
        for (int c = 0; c < columns.Count; c++)
        {
            var candidates = new List<(int Row, int Item, double Score)>();
            var grams = columns[c].Select(Trigrams).ToList();
            for (int r = 0; r < rows.Count; r++)
                for (int i = 0; i < grams.Count; i++)
                    candidates.Add((r, i, rows[r].Grams.Max(g => Dice(g, grams[i]))));

            // Greedy by best score: each row and each item used at most once per column.
            var usedItems = new HashSet<int>();
            foreach (var (row, item, score) in candidates.Where(x => x.Score >= threshold).OrderByDescending(x => x.Score))
            {
                if (rows[row].Cells[c] is not null || usedItems.Contains(item)) continue;
                rows[row].Cells[c] = item;
                rows[row].Grams.Add(grams[item]);
                rows[row] = rows[row] with { Similarity = Math.Min(rows[row].Similarity, score) };
                usedItems.Add(item);
            }
            for (int i = 0; i < grams.Count; i++)
            {
                if (usedItems.Contains(i)) continue;
                var cells = new int?[columns.Count];
                cells[c] = i;
                rows.Add((cells, [grams[i]], 1.0));
            }
        }
        return rows.Select(r => new AlignedRow(r.Cells, r.Cells.Count(x => x is not null) > 1 ? r.Similarity : 0)).ToList();
    }

    /// <summary>Dice coefficient of character trigrams of two texts, 0..1.</summary>
    public static double Similarity(string a, string b) => Dice(Trigrams(a), Trigrams(b));

    private static double Dice(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    private static HashSet<string> Trigrams(string text)
    {
        // Compare content, not numbering or spacing: "(๑) มาตรการ..." and "1. มาตรการ..." are the same measure.
        var s = new string(ThaiDigits.ToArabic(ThaiText.Normalize(text)).Where(ch => char.IsLetter(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 3 <= s.Length; i++) set.Add(s.Substring(i, 3));
        if (set.Count == 0 && s.Length > 0) set.Add(s);
        return set;
    }
}
