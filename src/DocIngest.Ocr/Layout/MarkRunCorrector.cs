using DocIngest.Core.Numerics;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Preprocessing;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Puts back what the engine made of rows of identical marks, which it cannot read: a dotted leader after a label
/// ("(ลงชื่อ) จ่าเอก......" came out "จำเอกิ2222อ666668…" from a bilevel scan) and a separator line of asterisks under an
/// order's title ("******" came out "วอวอวอ…"). Both are found in the line's ink, not in its text: a run of at least
/// <see cref="MinRun"/> components of one small size at an even pitch. Leader dots become dots again (the cleaner then
/// removes the leader as layout); a line that is nothing but such a run becomes one mark per component.
/// </summary>
public sealed class MarkRunCorrector : IRecognizedLineCorrector
{
    /// <summary>What <c>--without</c> and <c>bench --stages</c> call this corrector.</summary>
    public string StageName => "mark runs";

    /// <summary>Fewest marks in a run: fewer could be the dots of an abbreviation or the zeros of a number.</summary>
    public const int MinRun = 6;

    /// <summary>A leader dot is at most this share of the line's typical glyph height, tall or wide.</summary>
    public const double MaxDotSize = 0.25;

    /// <summary>Neighbouring marks of one run lie apart by between these shares of the run's median pitch.</summary>
    public const double MinPitchRatio = 0.6, MaxPitchRatio = 1.6;

    /// <summary>Marks of a separator line differ from their median height and width by at most this share.</summary>
    public const double SizeTolerance = 0.3;

    private const string SeparatorCharacters = "*-=_~.";

    public RecognizedLine Correct(GrayImage source, RecognizedLine line)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(line);
        if (line.Symbols.Count < MinRun || !(RepeatsItself(line.Text) || HasDotHighSymbols(line))) return line;
        int x0 = Math.Max(0, line.Box.X), y0 = Math.Max(0, line.Box.Y);
        int x1 = Math.Min(source.Width, line.Box.Right), y1 = Math.Min(source.Height, line.Box.Bottom);
        if (x1 - x0 < 2 || y1 - y0 < 2) return line;
        var crop = source.Crop(new BoundingBox(x0, y0, x1 - x0, y1 - y0));
        InkComponents.Label(crop, OtsuThreshold.Compute(crop) + 1, out var found);
        var marks = found.Where(c => c.Width * c.Height > 1)
            .Select(c => c with { X = c.X + x0, Y = c.Y + y0 }).OrderBy(c => c.X).ToList();
        if (marks.Count < MinRun) return line;

        return SeparatorLine(line, marks) ?? LeaderDots(line, marks) ?? line;
    }

    /// <summary>
    /// A cheap test on the reading before any image work: what the engine makes of a separator line repeats itself,
    /// six characters in a row of at most two kinds ("วอวอวอ").
    /// </summary>
    public static bool RepeatsItself(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string ink = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '.'));
        for (int i = 0; i + MinRun <= ink.Length; i++)
            if (ink.AsSpan(i, MinRun).ToArray().Distinct().Count() <= 2) return true;
        return false;
    }

    /// <summary>
    /// The other cheap test: leader dots read as something else leave symbols no taller than a dot ("2" 124×5 px over
    /// several dots); two such symbols that are not dots make a leader worth looking for.
    /// </summary>
    private static bool HasDotHighSymbols(RecognizedLine line)
    {
        double glyphHeight = OrderStatistics.At(line.Symbols.Select(s => s.Box.Height), 0.75);
        // Vowels and tone marks are small by nature; only letters and digits that small stand for something else.
        return line.Symbols.Count(s => s.Text.Length > 0 && !ThaiCharacters.IsCombiningMark(s.Text[0]) && char.IsLetterOrDigit(s.Text[0])
            && s.Box.Height <= MaxDotSize * glyphHeight) >= 2;
    }

    /// <summary>A line that is one even run of same-sized marks (and whose reading is not already such marks) written as those marks.</summary>
    private static RecognizedLine? SeparatorLine(RecognizedLine line, List<BoundingBox> marks)
    {
        string text = string.Concat(line.Text.Where(c => !char.IsWhiteSpace(c)));
        if (text.All(SeparatorCharacters.Contains) || text.Any(char.IsDigit) && text.Count(char.IsDigit) * 2 > text.Length) return null;
        double height = OrderStatistics.UpperMedian(marks.Select(m => m.Height)), width = OrderStatistics.UpperMedian(marks.Select(m => m.Width));
        bool sameSize = marks.All(m => Math.Abs(m.Height - height) <= SizeTolerance * height && Math.Abs(m.Width - width) <= SizeTolerance * width);
        if (!sameSize || !EvenPitch(marks)) return null;
        char mark = width > 2 * height ? '-' : width * 2 < height ? '|' : '*';
        if (mark == '|') return null;
        var symbols = marks.Select(m => new RecognizedSymbol(mark.ToString(), m, line.Confidence)).ToList();
        return line with { Text = new string(mark, marks.Count), Symbols = symbols };
    }

    /// <summary>Runs of dot-sized marks at an even pitch: the symbols over them become dots.</summary>
    private static RecognizedLine? LeaderDots(RecognizedLine line, List<BoundingBox> marks)
    {
        var glyphs = marks.Where(m => m.Height > 2).Select(m => m.Height).ToList();
        if (glyphs.Count == 0) return null;
        // The tall end of the line's ink: a leader has more dots than the line has letters, so a median would be a dot.
        double glyphHeight = OrderStatistics.At(glyphs, 0.9);
        double dot = Math.Max(2, MaxDotSize * glyphHeight);
        bool IsSmallLow(BoundingBox m) => m.Width <= dot && m.Height <= dot && m.Y + m.Height / 2.0 > line.Box.Y + line.Box.Height / 2.0;
        var others = marks.Where(m => !IsSmallLow(m)).ToList();
        // A leader dot stands alone: nothing of the line above it (a vowel below a consonant, a piece of a broken stroke
        // on the baseline all have their letter over them).
        bool IsDot(BoundingBox m) => IsSmallLow(m)
            && !others.Any(o => o.OverlapsHorizontally(m) && o.Y < m.Y);
        // Dots follow each other closely, and no glyph stands between two of them at their height (a line's box often
        // takes in the tops of the line below, which lie between the dots in x but not in y).
        bool Continues(BoundingBox last, BoundingBox next) =>
            next.X - last.Right <= 3 * dot + 2
            && !others.Any(o => o.X < next.X && o.Right > last.Right && o.Y < Math.Max(last.Bottom, next.Bottom) && o.Bottom > Math.Min(last.Y, next.Y));
        var runs = new List<List<BoundingBox>>();
        var run = new List<BoundingBox>();
        static double Middle(BoundingBox b) => b.Y + b.Height / 2.0;
        foreach (var mark in marks.Where(IsDot))
        {
            // A speck above or below the dots' line neither joins nor breaks the run.
            if (run.Count > 0 && Math.Abs(Middle(mark) - Middle(run[^1])) > dot / 2 + 1 && mark.X - run[^1].Right <= 3 * dot + 2) continue;
            if (run.Count > 0 && !Continues(run[^1], mark))
            {
                Close(run, runs);
                run = [];
            }
            run.Add(mark);
        }
        Close(run, runs);
        if (runs.Count == 0) return null;

        var spans = SymbolTextAlignment.Align(line.Text, line.Symbols);
        if (spans is null) return null;
        // Each run is written once, as many dots as it has marks (the engine may have merged or split them), in place of
        // the text of the symbols over it.
        var pieces = line.Text.Select(c => c.ToString()).ToArray();
        var written = new HashSet<List<BoundingBox>>();
        var symbols = new List<RecognizedSymbol>();
        bool changed = false;
        for (int i = 0; i < line.Symbols.Count; i++)
        {
            var symbol = line.Symbols[i];
            var leader = runs.FirstOrDefault(r => CentreWithin(symbol.Box, r[0].X, r[^1].Right));
            if (leader is null)
            {
                symbols.Add(symbol);
                continue;
            }
            var (start, length) = spans[i];
            for (int k = start; k < start + length; k++) pieces[k] = "";
            if (length > 0 && written.Add(leader)) pieces[start] = new string('.', leader.Count);
            changed |= symbol.Text != ".";
            symbols.Add(symbol with { Text = "." });
        }
        return changed ? line with { Text = string.Concat(pieces), Symbols = symbols } : null;
    }

    private static void Close(List<BoundingBox> run, List<List<BoundingBox>> runs)
    {
        if (run.Count >= MinRun && EvenPitch(run)) runs.Add(run);
    }

    private static bool EvenPitch(List<BoundingBox> marks)
    {
        var pitches = marks.Zip(marks.Skip(1), (a, b) => (double)(b.X + b.Width / 2.0 - (a.X + a.Width / 2.0))).ToList();
        double median = OrderStatistics.UpperMedian(pitches);
        return median > 0 && pitches.All(p => p >= MinPitchRatio * median && p <= MaxPitchRatio * median);
    }

    private static bool CentreWithin(BoundingBox box, int left, int right)
    {
        double centre = box.X + box.Width / 2.0;
        return centre >= left && centre <= right;
    }
}
