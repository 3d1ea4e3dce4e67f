using DocIngest.Core.Content;
using DocIngest.Core.Numerics;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;

namespace DocIngest.Ocr.Layout;

/// <summary>Where a piece of a split line belongs: which borderless list, which of its rows, which column.</summary>
/// <param name="List">The list's number on the page (from 0).</param>
/// <param name="Row">The row within the list (from 0); a row's wrapped lines share it.</param>
/// <param name="Column">The column (from 0, left to right).</param>
public sealed record ColumnListPiece(int List, int Row, int Column);

/// <summary>A line of the page, or a piece of one cut at a borderless list's columns.</summary>
/// <param name="Line">The line or the piece.</param>
/// <param name="Piece">Where the piece belongs; null for a line outside any list.</param>
public sealed record ColumnListLine(RecognizedLine Line, ColumnListPiece? Piece);

/// <summary>
/// Reads borderless lists of three or more columns (an order's committee: name, position, role) row by row. The engine
/// reads each printed line across the columns, so a position wrapped onto a second line ("นายกองค์การบริหารส่วน" /
/// "ตำบล") comes out after the role, as a line of its own. Gaps alone do not tell a column from a word (both can be
/// 40 px); what does is that a column's gutter is blank on every line of the list. So runs of consecutive lines
/// whose ink leaves two or more such gutters clear, with at least <see cref="MinFullRows"/> lines inked in every
/// column, are cut at the gutters (each line's symbols go to the column their right edge lies in); a line inked in one
/// column only continues the row above. <see cref="Split"/> gives the pieces, which are cleaned like any line, and
/// <see cref="Join"/> puts each row together again: its columns left to right, each column's wrapped lines re-joined.
/// Lines outside such runs pass through unchanged.
/// </summary>
public static class ColumnListReader
{
    /// <summary>Lines inked in every column that a run needs: two could line up their word gaps by chance, three hardly.</summary>
    public const int MinFullRows = 3;

    /// <summary>
    /// Share of a run's printed lines that must be inked in every column. A list's rows are mostly one line each (the
    /// bundle's committee: 9 of 13); a numbered label beside a value of several lines ("(๑) กิจกรรม/โครงการ" and its steps,
    /// memo-buengkan-2567 page 7) also leaves three columns clear, but most of its lines are the value's alone, and it
    /// is read by <see cref="TextBlockBuilder"/>'s label columns with each step on its own line.
    /// </summary>
    public const double MinFullShare = 0.5;

    /// <summary>
    /// A column counts towards <see cref="MinGutters"/> only this wide (inches): item numbers before a label ("(๑)"), or
    /// the start of a word its letter spacing split, make narrower ones. A numbered label beside its value is two columns.
    /// </summary>
    public const double MinColumnInches = 0.4;

    /// <summary>Gutters a run needs (three columns). Two columns are label and value, which <see cref="TextBlockBuilder"/> reads.</summary>
    public const int MinGutters = 2;

    /// <summary>A gutter is at least this wide (inches): narrower blank strips can be the inside of a letter row.</summary>
    public const double MinGutterInches = 0.05;

    /// <summary>The page's lines, those of borderless lists cut into column pieces (row by row, column by column, wrapped lines after their first).</summary>
    /// <param name="lines">The page's lines in reading order (top to bottom).</param>
    /// <param name="ink">The components of the page's cleaned binary image.</param>
    public static IReadOnlyList<ColumnListLine> Split(IReadOnlyList<RecognizedLine> lines, PageInk ink)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(ink);
        if (lines.Count < MinFullRows) return lines.Select(l => new ColumnListLine(l, null)).ToList();

        // Judged top to bottom whatever order the engine gave (on a page of only a list it reads column by column), and
        // lines side by side on one printed line (the engine may cut a row in two) as one.
        var printed = PrintedLines(lines);
        var lineSpans = InkSpans(lines, ink);
        var spans = printed.Select(g => Intervals.Union(g.SelectMany(k => lineSpans[k]))).ToArray();
        int minGutter = Math.Max(4, (int)Math.Round(MinGutterInches * ink.Dpi));
        var lists = new List<(HashSet<int> Lines, List<ColumnListLine> Pieces)>();
        for (int i = 0; i < printed.Count;)
        {
            int end = LongestRun(spans, i, minGutter, out var gutters);
            if (end - i >= MinFullRows && Cut(lines, lineSpans, printed, spans, i, end, gutters, lists.Count, ink.Dpi) is { } pieces)
            {
                lists.Add((printed.Skip(i).Take(end - i).SelectMany(g => g).ToHashSet(), pieces));
                i = end;
                continue;
            }
            i++;
        }
        if (lists.Count == 0) return lines.Select(l => new ColumnListLine(l, null)).ToList();

        // Other lines keep their order; a list's rows stand where its first line stood.
        var result = new List<ColumnListLine>(lines.Count);
        var placed = new HashSet<int>();
        for (int k = 0; k < lines.Count; k++)
        {
            int owner = lists.FindIndex(l => l.Lines.Contains(k));
            if (owner < 0) result.Add(new ColumnListLine(lines[k], null));
            else if (placed.Add(owner)) result.AddRange(lists[owner].Pieces);
        }
        return result;
    }

    /// <summary>
    /// The cleaned lines with each list row's pieces put together into one line: its columns left to right (one space
    /// between), each column's wrapped pieces joined as wrapped Thai text (<see cref="ThaiText.JoinWrapped(string, string)"/>).
    /// Pieces cleaning left empty or dropped are simply absent.
    /// </summary>
    public static List<TextLine> Join(IReadOnlyList<(TextLine Line, ColumnListPiece? Piece)> cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var result = new List<TextLine>(cleaned.Count);
        for (int i = 0; i < cleaned.Count;)
        {
            var (line, piece) = cleaned[i];
            if (piece is null)
            {
                result.Add(line);
                i++;
                continue;
            }
            int end = i;
            while (end < cleaned.Count && cleaned[end].Piece is { } p && p.List == piece.List && p.Row == piece.Row) end++;
            var row = cleaned.Skip(i).Take(end - i).ToList();
            var columns = row.GroupBy(r => r.Piece!.Column).OrderBy(g => g.Key)
                .Select(g => g.Select(r => r.Line.Text).Aggregate((a, b) => ThaiText.JoinWrapped(a, b)));
            var boxes = row.Where(r => r.Line.Box is not null).Select(r => r.Line.Box!.Value).ToList();
            long length = row.Sum(r => (long)r.Line.Text.Length);
            double confidence = length == 0 ? row.Average(r => r.Line.Confidence) : row.Sum(r => r.Line.Confidence * r.Line.Text.Length) / length;
            result.Add(new TextLine(string.Join(' ', columns), boxes.Count == 0 ? null : boxes.Aggregate((a, b) => a.Union(b)), confidence));
            i = end;
        }
        return result;
    }

    /// <summary>
    /// The lines' indices top to bottom, grouped while each one shares a row with a line of the group so far (each one's
    /// vertical centre inside the other's box): one printed line, which the engine may have read as several lines side
    /// by side (and the marks over a word as a line of its own). Not against the group's union, which a tall box of
    /// marks would stretch over the next row.
    /// </summary>
    private static List<List<int>> PrintedLines(IReadOnlyList<RecognizedLine> lines)
    {
        var groups = new List<List<int>>();
        foreach (int k in Enumerable.Range(0, lines.Count).OrderBy(k => lines[k].Box.Y).ThenBy(k => lines[k].Box.X))
        {
            if (groups.Count > 0 && groups[^1].Any(m => lines[m].Box.SharesCentreRowWith(lines[k].Box))) groups[^1].Add(k);
            else groups.Add([k]);
        }
        return groups;
    }

    /// <summary>
    /// Letter bodies are at least <see cref="PageInk.MinLetterHeight"/>, and also at least this share of the median line
    /// box (which spans the marks above and the vowels below, a letter being about 0.4 of it); tone marks and upper vowels are smaller, and those over a line can sit
    /// in the box of the wrapped line above it (the bundle's "สวัสดิ์" gave its wrapped neighbour ink in the name column).
    /// </summary>
    private const double MinLetterShare = 0.3;

    /// <summary>
    /// Each line's inked columns as merged x-intervals: the letter-sized components whose centre lies in its box (the
    /// nearest line's when boxes overlap); rules and pictures (over twice the median line height) and specks left out.
    /// </summary>
    private static List<(int Start, int End)>[] InkSpans(IReadOnlyList<RecognizedLine> lines, PageInk ink)
    {
        int lineHeight = OrderStatistics.UpperMedian(lines.Select(l => l.Box.Height));
        var owned = new List<BoundingBox>[lines.Count];
        for (int k = 0; k < lines.Count; k++) owned[k] = [];
        int minLetter = Math.Max(ink.MinLetterHeight, (int)(MinLetterShare * lineHeight));
        foreach (var c in ink.Components)
        {
            if (c.Height > 2 * lineHeight || c.Height < minLetter) continue;
            int best = -1;
            double distance = double.MaxValue;
            for (int k = 0; k < lines.Count; k++)
            {
                var box = lines[k].Box;
                if (!box.ContainsCentreOf(c)) continue;
                double d = Math.Abs(box.Y + box.Height / 2.0 - (c.Y + c.Height / 2));
                if (d < distance) (best, distance) = (k, d);
            }
            if (best >= 0) owned[best].Add(c);
        }
        return owned.Select(o => Intervals.Union(o.Select(c => (c.X, c.Right)))).ToArray();
    }

    /// <summary>
    /// The end (exclusive) of the longest run of lines from <paramref name="start"/> that leaves at least
    /// <see cref="MinGutters"/> gutters blank, and those gutters; <paramref name="start"/> itself when none does.
    /// </summary>
    private static int LongestRun(List<(int Start, int End)>[] spans, int start, int minGutter, out List<(int Start, int End)> gutters)
    {
        gutters = [];
        if (spans[start].Count == 0) return start;
        int end = start;
        for (int next = start + 1; next <= spans.Length; next++)
        {
            var found = Gutters(spans, start, next, minGutter);
            if (found.Count < MinGutters) break;
            end = next;
            gutters = found;
        }
        return end;
    }

    /// <summary>Blank x-intervals at least <paramref name="minGutter"/> wide shared by lines [start, end), between the run's leftmost and rightmost ink.</summary>
    private static List<(int Start, int End)> Gutters(List<(int Start, int End)>[] spans, int start, int end, int minGutter)
    {
        var inked = Intervals.Union(Enumerable.Range(start, end - start).SelectMany(k => spans[k]));
        return inked.Zip(inked.Skip(1), (left, right) => (Start: left.End, End: right.Start))
            .Where(gap => gap.End - gap.Start >= minGutter).ToList();
    }

    /// <summary>Printed lines [start, end) cut at the gutters into pieces, or null when the run is no list (too few full rows) or a line's symbols do not spell its text.</summary>
    private static List<ColumnListLine>? Cut(IReadOnlyList<RecognizedLine> lines, List<(int Start, int End)>[] lineSpans, List<List<int>> printed,
        List<(int Start, int End)>[] spans, int start, int end, List<(int Start, int End)> gutters, int list, int dpi)
    {
        int columns = gutters.Count + 1;
        int Column(int x) => gutters.Count(g => x >= g.End);
        var inked = Enumerable.Range(start, end - start)
            .Select(g => spans[g].Select(s => Column(s.Start)).ToHashSet()).ToList();
        int full = inked.Count(c => c.Count == columns);
        if (full < MinFullRows || full < MinFullShare * inked.Count) return null;
        // Item numbers ("1.", "(๑)") make a narrow column of their own; the columns that count are wider.
        int minWidth = (int)(MinColumnInches * dpi);
        int wide = Enumerable.Range(0, columns).Count(c => ColumnWidth(spans, start, end, c, Column) >= minWidth);
        if (wide < MinGutters + 1) return null;

        var pieces = new List<(int Row, int Column, int Order, RecognizedLine Line)>();
        int row = -1, order = 0;
        for (int g = start; g < end; g++)
        {
            // A line inked in one column only is that column wrapped onto a second line (of the row above, if any).
            if (inked[g - start].Count > 1 || row < 0) row++;
            foreach (int k in printed[g].OrderBy(k => lines[k].Box.X))
            {
                var line = lines[k];
                // A line inked in one column needs no cut, and its symbols need not spell it (marks read as a line of their own).
                var own = lineSpans[k].Select(s => Column(s.Start)).Distinct().ToList();
                if (own.Count <= 1)
                {
                    pieces.Add((row, own.Count == 1 ? own[0] : Column(line.Box.X + line.Box.Width / 2), order++, line));
                    continue;
                }
                var cut = CutLine(line, Column);
                if (cut is null) return null;
                // A piece where the line has no letter-sized ink is a speck read as punctuation (":" in a gutter).
                foreach (var (column, piece) in cut.Where(c => inked[g - start].Contains(c.Column))) pieces.Add((row, column, order++, piece));
            }
        }
        return pieces.OrderBy(p => p.Row).ThenBy(p => p.Column).ThenBy(p => p.Order)
            .Select(p => new ColumnListLine(p.Line, new ColumnListPiece(list, p.Row, p.Column))).ToList();
    }

    /// <summary>How wide the ink of column <paramref name="column"/> reaches over printed lines [start, end).</summary>
    private static int ColumnWidth(List<(int Start, int End)>[] spans, int start, int end, int column, Func<int, int> columnOf)
    {
        var inColumn = Enumerable.Range(start, end - start).SelectMany(g => spans[g]).Where(s => columnOf(s.Start) == column).ToList();
        return inColumn.Count == 0 ? 0 : inColumn.Max(s => s.End) - inColumn.Min(s => s.Start);
    }

    /// <summary>The line's text cut where its symbols change column; null when its symbols do not spell its text.</summary>
    private static List<(int Column, RecognizedLine Line)>? CutLine(RecognizedLine line, Func<int, int> column)
    {
        if (line.Symbols.Count == 0 || SymbolTextAlignment.Align(line.Text, line.Symbols) is not { } spans) return null;
        var result = new List<(int Column, RecognizedLine Line)>();
        int first = 0;
        for (int i = 1; i <= line.Symbols.Count; i++)
        {
            if (i < line.Symbols.Count && column(Anchor(line.Symbols[i])) == column(Anchor(line.Symbols[first]))) continue;
            var symbols = line.Symbols.Skip(first).Take(i - first).ToList();
            int from = spans[first].Start, to = spans[i - 1].Start + spans[i - 1].Length;
            string text = line.Text[from..Math.Max(from, to)].Trim();
            var box = symbols.Select(s => s.Box).Aggregate((a, b) => a.Union(b));
            box = box with { Y = line.Box.Y, Height = line.Box.Height };
            if (text.Length > 0)
                result.Add((column(Anchor(line.Symbols[first])), new RecognizedLine(text, box, line.Confidence, symbols)));
            first = i;
        }
        return result;
    }

    /// <summary>
    /// The x that places a symbol in a column: its right edge. The engine's box for the first letter after a wide gap
    /// often reaches back across the gap (measured on the bundle's committee list: ป of ปลัด boxed from the name
    /// column), so its centre can lie in the column before; its right edge does not.
    /// </summary>
    private static int Anchor(RecognizedSymbol symbol) => symbol.Box.Right - 1;
}
