using System.Globalization;
using DocIngest.Data.Entities;

namespace DocIngest.Data.Corrections;

/// <summary>
/// A reviewer's rearrangement of a document's measure table: rows added, removed, moved, split or merged. It is logged
/// as one correction (field <see cref="Field"/>) whose value lists, for each new row, the order of the row it was
/// ("3") or "+" for a new row: "0,+,2" keeps rows 0 and 2, drops row 1 and adds an empty row between them. Split and
/// merge are an added or dropped row plus the edits of the cells; the log replays in order, so the edits of a save
/// address the rows as arranged.
/// </summary>
public static class MeasureRows
{
    /// <summary>The correction log's field name for a rearrangement (target Measure, order 0).</summary>
    public const string Field = "rows";

    /// <summary>The marker of a new row.</summary>
    public const string NewRow = "+";

    /// <summary>"0,1,...,n-1": a table of n rows as it is.</summary>
    public static string Identity(int count) => string.Join(',', Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Parses an arrangement for a table of <paramref name="count"/> rows; throws <see cref="FormatException"/> (Thai) when it cannot be one.</summary>
    public static IReadOnlyList<int?> Parse(string text, int count)
    {
        var rows = new List<int?>();
        var seen = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == NewRow) { rows.Add(null); continue; }
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int order) || order >= count)
                throw new FormatException($"ตารางมาตรการมี {count} แถว ไม่มีแถว '{part}'");
            if (!seen.Add(order)) throw new FormatException($"แถว {order + 1} ซ้ำในการจัดเรียงตาราง");
            rows.Add(order);
        }
        return rows;
    }

    /// <summary>The canonical text of an arrangement.</summary>
    public static string Format(IEnumerable<int?> rows) =>
        string.Join(',', rows.Select(r => r?.ToString(CultureInfo.InvariantCulture) ?? NewRow));

    /// <summary>
    /// Rearranges the document's measures: kept rows take their new positions, dropped rows are removed (EF deletes the
    /// orphans), new rows are empty and corrected. Every record is renumbered by position.
    /// </summary>
    public static void Apply(DocumentRecord document, IReadOnlyList<int?> rows)
    {
        var byOrder = document.Measures.ToDictionary(m => m.Order);
        var arranged = new List<MeasureRecord>();
        for (int k = 0; k < rows.Count; k++)
        {
            var record = rows[k] is { } old ? byOrder[old] : new MeasureRecord { Title = "", Origin = ValueOrigin.Corrected, Page = null };
            if (rows[k] is { } was && was != k) record.Origin = ValueOrigin.Corrected;
            record.Order = k;
            arranged.Add(record);
        }
        document.Measures.Clear();
        document.Measures.AddRange(arranged);
    }

    /// <summary>What a rearrangement did, in Thai, for the audit history: "เพิ่ม 1 แถว · ลบแถวเดิมที่ 2 · ย้ายแถว".</summary>
    public static string Describe(string? oldValue, string? newValue)
    {
        var before = (oldValue ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Length;
        var after = (newValue ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        int added = after.Count(a => a == NewRow);
        var kept = after.Where(a => a != NewRow).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        var removed = Enumerable.Range(0, before).Except(kept).Select(r => (r + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        bool moved = kept.Zip(kept.Skip(1)).Any(p => p.First > p.Second);
        var parts = new List<string>();
        if (added > 0) parts.Add($"เพิ่ม {added} แถว");
        if (removed.Count > 0) parts.Add($"ลบแถวเดิมที่ {string.Join(", ", removed)}");
        if (moved) parts.Add("ย้ายลำดับแถว");
        return parts.Count == 0 ? "ไม่เปลี่ยน" : string.Join(" · ", parts) + $" (เหลือ {after.Length} แถว)";
    }
}
