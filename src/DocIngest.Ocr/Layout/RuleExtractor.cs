namespace DocIngest.Ocr.Layout;

/// <summary>
/// Finds the long straight rules running along the rows of an <see cref="InkMask"/> (horizontal rules; run it on
/// the transposed mask for vertical ones). Works like a morphological opening with a long line kernel, but
/// keeps track of thickness and breaks:
/// 1. per pixel row, runs of ink with tiny gaps bridged, kept when long and dense enough to be part of a rule;
/// 2. runs in neighbouring rows that touch are stacked into strokes, so a thick or slightly slanted line becomes one stroke;
/// 3. collinear strokes with short breaks between them are chained into one rule (broken, faint rules);
/// 4. rules that are too short, too thick (filled areas) or too sparse (dotted leaders) are dropped.
/// </summary>
internal sealed class RuleExtractor(int maxPixelGap, int minFragment, int maxFragmentGap, int minLength, double maxThickness, double minFill)
{
    /// <summary>Share of a single row run that must be ink (bridged gaps are the rest).</summary>
    private const double MinRunDensity = 0.7;

    public IReadOnlyList<RuleSegment> Extract(InkMask mask)
    {
        var strokes = FindStrokes(mask);
        var rules = ChainStrokes(strokes);
        return rules.Where(r => r.Length >= minLength && r.Fill >= minFill && r.Thickness <= maxThickness).ToList();
    }

    private sealed class Stroke(int row, int start, int end, int ink)
    {
        public int FirstRow = row, LastRow = row, Start = start, End = end;
        public long Ink = ink;
        public double WeightedRow = (double)row * ink;
        public int LastStart = start, LastEnd = end;

        public double Centre => WeightedRow / Ink;
        public int Length => End - Start;
        public double Thickness => Ink / (double)Math.Max(1, Length);

        public void Add(int row, int start, int end, int ink)
        {
            LastRow = row;
            Start = Math.Min(Start, start);
            End = Math.Max(End, end);
            Ink += ink;
            WeightedRow += (double)row * ink;
            LastStart = start;
            LastEnd = end;
        }
    }

    private List<Stroke> FindStrokes(InkMask mask)
    {
        var done = new List<Stroke>();
        var open = new List<Stroke>();
        var runs = new List<(int Start, int End, int Ink)>();
        for (int y = 0; y < mask.Height; y++)
        {
            runs.Clear();
            FindRuns(mask.Row(y), runs);
            var extended = new List<Stroke>();
            foreach (var run in runs)
            {
                // Stack onto the open stroke whose last row overlaps this run most (touching counts, for slanted lines).
                // A stroke taken by a run leaves the open list, so each stroke gets at most one run per row.
                Stroke? best = null;
                int bestOverlap = int.MinValue;
                foreach (var stroke in open)
                {
                    int overlap = Math.Min(stroke.LastEnd, run.End) - Math.Max(stroke.LastStart, run.Start);
                    if (overlap >= -maxPixelGap && overlap > bestOverlap) { best = stroke; bestOverlap = overlap; }
                }
                if (best is null)
                {
                    best = new Stroke(y, run.Start, run.End, run.Ink);
                }
                else
                {
                    best.Add(y, run.Start, run.End, run.Ink);
                    open.Remove(best);
                }
                extended.Add(best);
            }
            // Strokes not continued in this row (one missing row is tolerated) are finished.
            foreach (var stroke in open)
            {
                if (y - stroke.LastRow > 1) done.Add(stroke);
                else extended.Add(stroke);
            }
            open = extended;
        }
        done.AddRange(open);
        return done;
    }

    /// <summary>
    /// The row's runs of ink with gaps of at most <c>maxPixelGap</c> bridged, kept when long and dense enough. The row
    /// is walked a stretch at a time (the next ink, the next paper) with vectorised span searches, not pixel by pixel:
    /// a page is mostly paper.
    /// </summary>
    private void FindRuns(ReadOnlySpan<bool> row, List<(int Start, int End, int Ink)> runs)
    {
        int x = NextFrom(row, 0, true);
        while (x >= 0)
        {
            int start = x, end, ink = 0;
            while (true)
            {
                int paper = NextFrom(row, x, false);
                end = paper < 0 ? row.Length : paper;
                ink += end - x;
                x = paper < 0 ? -1 : NextFrom(row, paper, true);
                if (x < 0 || x - paper > maxPixelGap) break;
            }
            if (end - start >= minFragment && ink >= MinRunDensity * (end - start)) runs.Add((start, end, ink));
        }
    }

    /// <summary>The first position at or after <paramref name="from"/> holding <paramref name="value"/>, or -1.</summary>
    private static int NextFrom(ReadOnlySpan<bool> row, int from, bool value)
    {
        int found = row[from..].IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    private List<RuleSegment> ChainStrokes(List<Stroke> strokes)
    {
        var rules = new List<RuleSegment>();
        var pending = strokes.Where(s => s.Length >= minFragment).OrderBy(s => s.Centre).ToList();
        var used = new bool[pending.Count];
        for (int i = 0; i < pending.Count; i++)
        {
            if (used[i]) continue;
            used[i] = true;
            var chain = new List<Stroke> { pending[i] };
            double centre = pending[i].Centre;
            // Collect the strokes lying on the same line; they are sorted by centre, so stop once beyond tolerance.
            for (int j = i + 1; j < pending.Count && pending[j].Centre - centre <= PositionTolerance(pending[i]); j++)
                if (!used[j]) { chain.Add(pending[j]); used[j] = true; }
            rules.AddRange(SplitAtBreaks(chain));
        }
        return rules;
    }

    /// <summary>Centres of pieces of one rule may drift by their thickness plus a little residual skew.</summary>
    private double PositionTolerance(Stroke stroke) => Math.Max(3, stroke.Thickness + maxPixelGap);

    /// <summary>Pieces on one line become one rule while the breaks between them are short; long breaks separate rules.</summary>
    private IEnumerable<RuleSegment> SplitAtBreaks(List<Stroke> chain)
    {
        chain.Sort((a, b) => a.Start.CompareTo(b.Start));
        var group = new List<Stroke>();
        int groupEnd = int.MinValue;
        foreach (var stroke in chain)
        {
            if (group.Count > 0 && stroke.Start - groupEnd > maxFragmentGap)
            {
                yield return ToRule(group);
                group = [];
            }
            group.Add(stroke);
            groupEnd = group.Count == 1 ? stroke.End : Math.Max(groupEnd, stroke.End);
        }
        if (group.Count > 0) yield return ToRule(group);
    }

    private static RuleSegment ToRule(List<Stroke> pieces)
    {
        long ink = pieces.Sum(p => p.Ink);
        double centre = pieces.Sum(p => p.WeightedRow) / ink;
        var spans = new List<RuleSpan>();
        foreach (var piece in pieces.OrderBy(p => p.Start))
        {
            if (spans.Count > 0 && piece.Start <= spans[^1].End)
                spans[^1] = new RuleSpan(spans[^1].Start, Math.Max(spans[^1].End, piece.End));
            else
                spans.Add(new RuleSpan(piece.Start, piece.End));
        }
        int inked = spans.Sum(s => s.Length);
        return new RuleSegment((int)Math.Round(centre), spans[0].Start, spans.Max(s => s.End), ink / (double)inked, spans);
    }
}
