using DocIngest.Core.Content;

namespace DocIngest.Core.Parsing.Measures;

/// <summary>
/// Puts the lines of a page whose fields are printed as a borderless two-column grid (labels left, values right)
/// back into reading order: each label followed by the value lines printed beside it. The page layout cannot do
/// this, as it reads the label column and the value column as separate text blocks. A row starts at the value line
/// that stands level with its label (the same baseline) and runs to the next row or to the next heading; the label
/// wins over the item number printed with it, which OCR often garbles ((๔) → (@)).
/// </summary>
public static class LabelColumnReader
{
    private sealed record Positioned(TextLine Line, BoundingBox Box)
    {
        public double Centre => Box.Y + Box.Height / 2.0;
    }

    /// <summary>A label of the label column (one or more lines) and the row it opens.</summary>
    private sealed class Row(ColumnRole role, double centre, string remainder)
    {
        public ColumnRole Role { get; } = role;
        /// <summary>The vertical centre of the label's first line.</summary>
        public double Centre { get; } = centre;
        /// <summary>Value text printed on the label's own line (a label and its value read as one line).</summary>
        public string Remainder { get; } = remainder;
        public double Start { get; set; }
        public List<Positioned> Values { get; } = [];
    }

    /// <summary>
    /// The lines in reading order with the field each value line belongs to; unchanged and without fields when the
    /// lines show no label column (<see cref="LabelColumnLayout.Detect"/>) or lack positions.
    /// </summary>
    public static IReadOnlyList<PlacedLine> Read(IReadOnlyList<TextLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var layout = lines.All(l => l.Box is not null) ? LabelColumnLayout.Detect(lines) : null;
        if (layout is null) return lines.Select(l => new PlacedLine(l.Text, Box: l.Box)).ToList();

        var positioned = lines.Where(l => l.Text.Trim().Length > 0).Select(l => new Positioned(l, l.Box!.Value)).ToList();
        var (rows, separators) = LabelsAndSeparators(positioned, layout);
        var values = positioned.Where(p => layout.PlaceOf(p.Box) == LabelColumnLayout.Place.Value).OrderBy(p => p.Centre).ToList();
        var loose = AssignValues(rows, separators, values, layout.LineHeight);

        // Reading order: loose lines (headings, prose, page numbers) by position, each row as one unit where it starts.
        var units = new List<(double Key, int Order, IEnumerable<PlacedLine> Lines)>();
        units.AddRange(separators.Concat(loose).Select(p => (p.Centre, 0, (IEnumerable<PlacedLine>)[new PlacedLine(p.Line.Text, Box: p.Line.Box)])));
        units.AddRange(rows.Select(r => (Math.Min(r.Centre, r.Start), 1,
            new[] { new PlacedLine(r.Remainder, r.Role, OpensField: true) }.Concat(r.Values.Select(v => new PlacedLine(v.Line.Text, r.Role))))));
        return units.OrderBy(u => u.Key).ThenBy(u => u.Order).SelectMany(u => u.Lines).ToList();
    }

    /// <summary>
    /// The rows the label column opens, and the lines that end a row: headings and prose running across both columns,
    /// and label-column lines that are no label (a heading's wrapped end).
    /// </summary>
    private static (List<Row> Rows, List<Positioned> Separators) LabelsAndSeparators(List<Positioned> lines, LabelColumnLayout layout)
    {
        var rows = new List<Row>();
        var separators = new List<Positioned>();
        var groups = new List<List<Positioned>>();
        List<Positioned>? open = null;
        foreach (var line in lines.Where(l => layout.PlaceOf(l.Box) != LabelColumnLayout.Place.Value).OrderBy(l => l.Box.Y))
        {
            if (layout.PlaceOf(line.Box) == LabelColumnLayout.Place.Wide)
            {
                open = null;
                if (MeasureFieldLabel.Find(line.Line.Text) is { } label) rows.Add(new Row(label.Role, line.Centre, label.Remainder));
                else separators.Add(line);
                continue;
            }
            if (open is not null && ContinuesLabel(open, line, layout.LineHeight)) open.Add(line);
            else groups.Add(open = [line]);
        }

        foreach (var group in groups)
        {
            var label = MeasureFieldLabel.Find(JoinLabel(group)) ?? MeasureFieldLabel.Find(group[0].Line.Text);
            // The label column holds labels only: what the pattern leaves of a wrapped label (ปฏิบัติ) is no value.
            if (label is { } found) rows.Add(new Row(found.Role, group[0].Centre, ""));
            else separators.AddRange(group);
        }
        rows.Sort((a, b) => a.Centre.CompareTo(b.Centre));
        return (rows, separators);
    }

    /// <summary>A label-column line right below an open label continues it unless it starts a label of its own (after a label ending in a slash it never does).</summary>
    private static bool ContinuesLabel(List<Positioned> open, Positioned line, double lineHeight)
    {
        if (line.Box.Y - open[^1].Box.Bottom >= lineHeight) return false;
        if (open[^1].Line.Text.TrimEnd().EndsWith('/')) return true;
        return !MeasureFieldLabel.StartsWithMarker(line.Line.Text) && MeasureFieldLabel.Find(line.Line.Text) is null;
    }

    private static string JoinLabel(List<Positioned> group)
    {
        var text = group[0].Line.Text.Trim();
        foreach (var next in group.Skip(1))
            text += (text.EndsWith('/') ? "" : " ") + next.Line.Text.Trim();
        return text;
    }

    /// <summary>
    /// Gives each row the value lines from the one level with its label down to the next row or separator; returns
    /// the value lines no row owns (above the first row, or after a heading before the next row).
    /// </summary>
    private static List<Positioned> AssignValues(List<Row> rows, List<Positioned> separators, List<Positioned> values, double lineHeight)
    {
        var firsts = new HashSet<Positioned>();
        foreach (var row in rows)
        {
            var level = values.Where(v => !firsts.Contains(v) && Math.Abs(v.Centre - row.Centre) <= 0.6 * lineHeight)
                .MinBy(v => Math.Abs(v.Centre - row.Centre));
            if (level is not null) firsts.Add(level);
            // Without a value level with it, a row still owns what follows from about its label's top.
            row.Start = level?.Centre ?? row.Centre - lineHeight / 2;
        }

        var boundaries = rows.Select(r => (Y: r.Start, Row: (Row?)r))
            .Concat(separators.Select(s => (Y: s.Centre, Row: (Row?)null)))
            .OrderBy(b => b.Y).ToList();
        var loose = new List<Positioned>();
        foreach (var value in values)
        {
            var owner = boundaries.LastOrDefault(b => b.Y <= value.Centre).Row;
            if (owner is null) loose.Add(value);
            else owner.Values.Add(value);
        }
        return loose;
    }
}
