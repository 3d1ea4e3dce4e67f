using DocIngest.Core.Numerics;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Layout;

/// <summary>
/// Reads a short table cell again with its lines laid side by side as one line. Tesseract reads a cell of two or three
/// short lines (ม.ค.- / มี.ค.๖๔) badly as a block: a line of a few abbreviation letters gives the recogniser too little
/// context ("a a Fa", "N.Al.-" for ม.ค.-), and an upper vowel standing high between two lines is assigned to neither
/// (มี.ค. read ม.ค.). Measured on scanned period cells, the same lines cut out with the room above them and put next to
/// each other read right. The cell is re-read only when its first reading shows a sign of trouble: a line of low
/// confidence or with stray Latin letters in Thai (then every line is read again), or ink (a lost mark) that no line
/// covers (then only the lines whose bands hold that ink: a confident line can gain only a mark; of a long line only a
/// window around that ink, <see cref="LineWindow"/>, spliced back when it only adds marks). The new reading is split
/// back into the cell's lines by where its glyphs fall, so the cell keeps its lines. It is used only when every line
/// got glyphs and it is about as confident; then it replaces the weak lines, and a confident line only when it holds
/// that line's every letter and more marks (a lost mark put back: ม.ค. → มี.ค., never เรียน → เรยน, never a letter added).
/// </summary>
public static class CellLineRereader
{
    private static readonly CellRereadOptions Defaults = new();

    /// <summary>
    /// Fewest characters (spaces aside) of a line read again alone for its uncovered ink: a period cell's ม.ค.๖๔ got its
    /// ี back only beside the cell's other line (docs/ablation.md, session 14).
    /// </summary>
    private const int MinLineAloneCharacters = 12;

    /// <summary>Ink pieces at least this tall or wide (inches) are marks or letters, not specks.</summary>
    private const double MinMarkInches = 0.02;

    /// <summary>The cell's lines, re-read as described in the class summary when needed, else the lines given.</summary>
    /// <param name="lines">The first (block) reading of the cell, in the coordinates of <paramref name="image"/>.</param>
    /// <param name="image">The padded cell crop that was read.</param>
    /// <param name="binary">Its binarised twin (0 = ink), same size.</param>
    /// <param name="recognizer">The engine.</param>
    /// <param name="options">The pass's thresholds; the defaults when null.</param>
    public static IReadOnlyList<RecognizedLine> Apply(IReadOnlyList<RecognizedLine> lines, GrayImage image, GrayImage binary, ITextRecognizer recognizer, CellRereadOptions? options = null)
    {
        options ??= Defaults;
        if (lines.Count is 0 || lines.Count > options.MaxLines) return lines;
        var ordered = lines.OrderBy(l => l.Box.Y).ToList();
        var allBands = Bands(ordered, image);
        var (chosen, inkSpans) = LinesToReread(ordered, allBands, binary, options);
        if (chosen.Count == 0) return lines;
        var reread = chosen.Select(i => ordered[i]).ToList();
        var windows = chosen.Select(i => inkSpans.TryGetValue(i, out var span) ? LineWindow.Around(ordered[i], allBands[i], span, binary, options.WindowLetters) : null).ToList();
        var bands = chosen.Select((i, k) => windows[k] is { } w ? allBands[i] with { X = w.Left, Width = w.Right - w.Left } : allBands[i]).ToList();
        var (composite, placements) = SideBySide(image, reread, bands);
        var read = recognizer.Recognize(composite, null, SegmentationMode.SingleLine);
        if (read.Count != 1) return lines;
        var split = SplitBack(read[0], placements, bands);
        if (split is null) return lines;
        double before = WeightedConfidence(reread), after = read[0].Confidence;
        if (after < before - options.ConfidenceTolerance) return lines;
        // A line the block read confidently and cleanly is only completed (a lost mark put back), never re-spelt.
        var result = new List<RecognizedLine>(ordered);
        for (int k = 0; k < chosen.Count; k++)
        {
            var old = ordered[chosen[k]];
            if (windows[k] is not null)
            {
                if (LineWindow.Splice(old, split[k]) is { } spliced) result[chosen[k]] = spliced;
            }
            else if (IsWeak(old, options) || IsCompletion(old.Text, split[k].Text)) result[chosen[k]] = split[k];
        }
        return result;
    }

    /// <summary>
    /// The lines (indices into <paramref name="ordered"/>) to read again side by side: every line when one is weak or
    /// Latin-stained; else each line whose band holds ink no line box covers, with
    /// <see cref="CellRereadOptions.ContextLines"/> neighbours either side. A piece in two bands goes to the lower line
    /// (a band reaches up twice as far as down: lost marks stand above their letters), a piece in none to the nearest
    /// band; every line when one of those is short (<see cref="MinLineAloneCharacters"/>). Only a confident line's lost
    /// mark can come back then, and only from the ink in its own band: reading the cell's other lines too cost a wide
    /// cell 75 ms a call on the table page (docs/ablation.md, session 14). With the chosen lines, the columns of the
    /// uncovered ink in each line that holds some (none when every line is read).
    /// </summary>
    private static (List<int> Chosen, Dictionary<int, (int Left, int Right)> InkSpans) LinesToReread(List<RecognizedLine> ordered, List<BoundingBox> bands, GrayImage binary, CellRereadOptions options)
    {
        var everyLine = (Enumerable.Range(0, ordered.Count).ToList(), new Dictionary<int, (int, int)>());
        if (ordered.Any(l => IsWeak(l, options))) return everyLine;
        var chosen = new SortedSet<int>();
        var spans = new Dictionary<int, (int Left, int Right)>();
        foreach (var piece in UncoveredInk(ordered, binary))
        {
            int centre = piece.Y + piece.Height / 2;
            int band = Enumerable.Range(0, bands.Count).LastOrDefault(i => bands[i].ContainsCentreOf(piece), -1);
            if (band < 0) band = Enumerable.Range(0, bands.Count).MinBy(i => Math.Abs(bands[i].Y + bands[i].Height / 2 - centre));
            spans[band] = spans.TryGetValue(band, out var span) ? (Math.Min(span.Left, piece.X), Math.Max(span.Right, piece.Right)) : (piece.X, piece.Right);
            for (int i = Math.Max(0, band - options.ContextLines); i <= Math.Min(bands.Count - 1, band + options.ContextLines); i++) chosen.Add(i);
        }
        // A short line (ม.ค.๖๔) read alone has too little context to get its mark back: the cell is read whole, as before.
        if (chosen.Any(i => ordered[i].Text.Count(c => !char.IsWhiteSpace(c)) < MinLineAloneCharacters)) return everyLine;
        // Lines read with their neighbours for context are read whole.
        if (options.ContextLines > 0) spans.Clear();
        return ([.. chosen], spans);
    }

    private static bool IsWeak(RecognizedLine line, CellRereadOptions options) => line.Confidence < options.WeakConfidence || LatinMisreadRereader.HasStrayLatin(line.Text);

    /// <summary>
    /// True when <paramref name="reread"/> holds every character of <paramref name="first"/>, in order, and more, and
    /// what it adds is marks only (a vowel or tone mark above or below a letter). A re-read that adds letters to a
    /// confident line adds junk far more often than a lost letter (a doubled ส, a stray เ on the cell tuning set).
    /// </summary>
    public static bool IsCompletion(string first, string reread)
    {
        string a = string.Concat(first.Where(c => !char.IsWhiteSpace(c))), b = string.Concat(reread.Where(c => !char.IsWhiteSpace(c)));
        if (b.Length <= a.Length || !Letters(a).SequenceEqual(Letters(b))) return false;
        int i = 0;
        foreach (char c in b)
            if (i < a.Length && a[i] == c) i++;
        return i == a.Length;
    }

    private static IEnumerable<char> Letters(string text) => text.Where(c => !ThaiCharacters.IsCombiningMark(c));

    /// <summary>The cell's pieces of ink of a mark's size or more whose centre no line box covers.</summary>
    private static IEnumerable<BoundingBox> UncoveredInk(IReadOnlyList<RecognizedLine> lines, GrayImage binary)
    {
        int minSide = Math.Max(2, (int)Math.Round(MinMarkInches * binary.Dpi));
        InkComponents.Label(binary, threshold: InkMask.InkThreshold, out var components);
        return components.Where(c => (c.Height >= minSide || c.Width >= minSide) && !lines.Any(l => l.Box.ContainsCentreOf(c)));
    }

    /// <summary>
    /// Each line's band: its box, widened by a quarter of its height, reaching up half a line (the marks above that
    /// the block reading may have left out) and down a quarter, never into the neighbouring lines' boxes.
    /// </summary>
    private static List<BoundingBox> Bands(List<RecognizedLine> lines, GrayImage image)
    {
        var bands = new List<BoundingBox>();
        for (int i = 0; i < lines.Count; i++)
        {
            var box = lines[i].Box;
            int h = Math.Max(1, box.Height);
            int top = Math.Max(i == 0 ? 0 : lines[i - 1].Box.Bottom, box.Y - h / 2);
            int bottom = Math.Min(i == lines.Count - 1 ? image.Height : lines[i + 1].Box.Y, box.Bottom + h / 4);
            top = Math.Min(top, box.Y);
            bottom = Math.Max(bottom, box.Bottom);
            int left = Math.Max(0, box.X - h / 4), right = Math.Min(image.Width, box.Right + h / 4);
            bands.Add(new BoundingBox(left, Math.Max(0, top), right - left, Math.Min(image.Height, bottom) - Math.Max(0, top)));
        }
        return bands;
    }

    /// <summary>The bands copied onto one white strip, their line boxes' bottoms on one row, a line height apart.</summary>
    private static (GrayImage Composite, List<(int X, int Y)> Placements) SideBySide(GrayImage image, List<RecognizedLine> lines, List<BoundingBox> bands)
    {
        int gap = OrderStatistics.UpperMedian(lines.Select(l => l.Box.Height));
        int above = lines.Zip(bands).Max(p => p.First.Box.Bottom - p.Second.Y);
        int below = lines.Zip(bands).Max(p => p.Second.Bottom - p.First.Box.Bottom);
        int width = bands.Sum(b => b.Width) + gap * (bands.Count + 1);
        var composite = new GrayImage(Math.Max(1, width), Math.Max(1, above + below + 2 * gap), dpi: image.Dpi);
        var placements = new List<(int, int)>();
        int x = gap;
        for (int i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            int y = gap + above - (lines[i].Box.Bottom - band.Y);
            for (int row = 0; row < band.Height; row++)
                image.RowSpan(band.Y + row).Slice(band.X, band.Width).CopyTo(composite.RowSpan(y + row).Slice(x));
            placements.Add((x, y));
            x += band.Width + gap;
        }
        return (composite, placements);
    }

    /// <summary>
    /// The side-by-side reading cut back into one line per band: each glyph goes to the band its centre falls in, and
    /// the text between a band's first and last glyph is that line. Null when a band got no glyph or the glyphs cannot
    /// be followed through the text.
    /// </summary>
    private static List<RecognizedLine>? SplitBack(RecognizedLine read, List<(int X, int Y)> placements, List<BoundingBox> bands)
    {
        var perBand = new List<(int Start, int End, List<RecognizedSymbol> Symbols)?>(new (int, int, List<RecognizedSymbol>)?[bands.Count]);
        int position = 0;
        foreach (var symbol in read.Symbols)
        {
            while (position < read.Text.Length && char.IsWhiteSpace(read.Text[position])) position++;
            if (symbol.Text.Length == 0) continue;
            if (string.CompareOrdinal(read.Text, position, symbol.Text, 0, symbol.Text.Length) != 0) return null;
            int centre = symbol.Box.X + symbol.Box.Width / 2;
            int band = placements.FindLastIndex(p => p.X <= centre);
            if (band < 0) band = 0;
            var (px, py) = placements[band];
            var back = symbol with { Box = new BoundingBox(symbol.Box.X - px + bands[band].X, symbol.Box.Y - py + bands[band].Y, symbol.Box.Width, symbol.Box.Height) };
            var current = perBand[band];
            if (current is null) perBand[band] = (position, position + symbol.Text.Length, [back]);
            else
            {
                current.Value.Symbols.Add(back);
                perBand[band] = (current.Value.Start, position + symbol.Text.Length, current.Value.Symbols);
            }
            position += symbol.Text.Length;
        }
        var lines = new List<RecognizedLine>();
        foreach (var part in perBand)
        {
            if (part is not { } p) return null;
            string text = read.Text[p.Start..p.End].Trim();
            if (text.Length == 0) return null;
            var box = p.Symbols.Select(s => s.Box).Aggregate((a, b) => a.Union(b));
            lines.Add(new RecognizedLine(text, box, p.Symbols.Average(s => s.Confidence), p.Symbols));
        }
        return lines;
    }

    private static double WeightedConfidence(IReadOnlyList<RecognizedLine> lines)
    {
        int length = lines.Sum(l => Math.Max(1, l.Text.Length));
        return lines.Sum(l => l.Confidence * Math.Max(1, l.Text.Length)) / length;
    }
}
