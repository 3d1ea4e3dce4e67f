using DocIngest.Core.Numerics;
using DocIngest.Core.Content;
using DocIngest.Core.Thai;
using DocIngest.Ocr.Digits.Features;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Digits;

/// <summary>One glyph cut out of a line: its box in page pixels and the isolated crop the recogniser reads.</summary>
public sealed record SegmentedGlyph(BoundingBox Box, GrayImage Crop);

/// <summary>
/// Cuts the glyphs of a run of digits out of a line image by their ink, independently of Tesseract's symbols.
/// Tesseract's Thai model drops or merges the digits it has no glyphs for (๗ ๙ often vanish, ๒๕๖๔ can come out
/// as three symbols), and its LSTM symbol boxes are approximate (x from the network's time steps, y sometimes the
/// whole line). So the run's x range across the line's height is labelled into ink components; components that
/// lie mostly inside a neighbouring non-digit symbol, and specks and dots, are dropped; components stacked over
/// one another merge into one glyph. Each glyph is cut tight with a small margin, other ink painted white,
/// like the training crops.
/// On a close-set scan a digit's ink touches its neighbours: a slash ("/๒๕๖๔"), or a vowel of the line below rising
/// into the digit. Such ink is cut off where it leaves the digit (<see cref="ForeignInkTrimmer"/>): at the edge of the
/// neighbour's symbol box, and below the run's baseline, which no Thai digit goes under.
/// </summary>
public sealed class DigitRunSegmenter
{
    private const int Margin = 2;
    /// <summary>Components lower than this share of the line height are dots, marks or noise, not digits.</summary>
    private const double MinGlyphHeightRatio = 0.18;
    /// <summary>
    /// A component cut by the band's bottom edge is a digit touching ink of the line below (not that ink alone) when its
    /// top lies in this upper share of the band: ascenders and marks of the next line do not reach up into the digits.
    /// </summary>
    private const double DigitTopShare = 0.45;
    /// <summary>Fewest uncut components whose median bottom is trusted as the run's baseline (the median of two is one of them).</summary>
    private const int MinBaselineComponents = 3;

    private readonly int _padding;

    /// <param name="padding">Pixels added above and below the line box.</param>
    public DigitRunSegmenter(int padding = 3) => _padding = padding;

    /// <summary>A component of the labelled crop, limited to the columns and rows that belong to the run (crop pixels).</summary>
    private readonly record struct Piece(int Label, BoundingBox Box);

    /// <summary>
    /// The glyphs of a token of a recognised line, symbols <paramref name="first"/> to <paramref name="last"/>: the one
    /// segmenting step of the digit corrector's runs and the cued numbers pass. The ink is looked for from
    /// <paramref name="tokenLeft"/> to <paramref name="tokenRight"/> (page x) and <paramref name="reachRatio"/> times the
    /// line's height beyond (a digit the engine dropped), in the band the token's digits stand in
    /// (<see cref="DigitBand"/>); the line's other symbols and <paramref name="claimed"/> boxes are foreign ink.
    /// </summary>
    /// <param name="image">The image the line was read from.</param>
    /// <param name="line">The line as the engine read it.</param>
    /// <param name="spans">Each symbol's characters in the line's text (<see cref="SymbolTextAlignment"/>).</param>
    /// <param name="first">The token's first symbol.</param>
    /// <param name="last">The token's last symbol.</param>
    /// <param name="tokenLeft">Left edge of the token's ink as its symbols place it (page x).</param>
    /// <param name="tokenRight">Right edge of the same.</param>
    /// <param name="reachRatio">How far past the token's edges ink is looked for, as a share of the line's height.</param>
    /// <param name="lineBoxPadding">
    /// When set, the search stays within the line's box widened by this many pixels (the corrector: ink beyond it is a
    /// neighbouring block's); null leaves it unbounded (cued numbers: a digit the engine dropped at the line's end lies
    /// outside the box).
    /// </param>
    /// <param name="claimed">Boxes of glyphs already read by another token of the line.</param>
    /// <param name="punctuationIsForeign">
    /// False leaves the boxes of the line's small punctuation (<see cref="SmallPunctuation"/>) out of the foreign ink: the
    /// engine places such a box up to a glyph off its ink at times, over the digit beside it ("โทร.๐๓๘": the point's box
    /// on the ๐, which was then cut to a sliver), and the mark's own ink is a speck the size test drops anyway.
    /// </param>
    /// <param name="followOwnInk">
    /// When a component the search's left or right edge cuts begins (or ends) within the token's own columns, the search
    /// is made once more with that edge one digit band's height further out: it is the token's own digit running past the
    /// reach, not a neighbour reaching in (<see cref="ThaiDigitCorrectorOptions.FollowOwnInkPastReach"/>). False: such a
    /// component is dropped like a neighbour's, as before 2026-12-07.
    /// </param>
    /// <param name="marksInDigitRowsAreInk">
    /// The box of a mark above the letters (a tone mark, an upper vowel) that stands within the token's digit rows is no
    /// foreign ink: marks sit above the letters, so the engine labelled ink of the number as a mark and boxed it there
    /// (<see cref="ThaiDigitCorrectorOptions.MarksInDigitRowsAreInk"/>). False: every other symbol's box is foreign, as
    /// before 2026-12-07.
    /// </param>
    public IReadOnlyList<SegmentedGlyph> SegmentToken(GrayImage image, RecognizedLine line, (int Start, int Length)[] spans, int first, int last,
        int tokenLeft, int tokenRight, double reachRatio, int? lineBoxPadding, IEnumerable<BoundingBox> claimed, bool punctuationIsForeign = true,
        bool followOwnInk = false, bool marksInDigitRowsAreInk = false)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(spans);
        var lineBox = line.Box;
        int reach = (int)(reachRatio * lineBox.Height);
        int left = tokenLeft - reach, right = tokenRight + reach;
        int leftBound = int.MinValue, rightBound = int.MaxValue;
        if (lineBoxPadding is { } padding)
        {
            leftBound = lineBox.X - padding;
            rightBound = lineBox.Right + padding;
            left = Math.Max(leftBound, left);
            right = Math.Min(rightBound, right);
        }
        var symbols = line.Symbols;
        var digitRows = marksInDigitRowsAreInk ? DigitRows(symbols.Skip(first).Take(last - first + 1).Select(s => s.Box)) : null;
        var foreign = symbols.Where((s, i) => (i < first || i > last) && spans[i].Length > 0 && !string.IsNullOrWhiteSpace(s.Text)
                && (punctuationIsForeign || !IsSmallPunctuation(s.Text)) && !(digitRows is { } rows && IsUpperMarkWithin(s, rows))).Select(s => s.Box)
            .Concat(claimed).ToList();
        var band = DigitBand(lineBox, symbols.Skip(first).Take(last - first + 1).Select(s => s.Box));
        var glyphs = Segment(image, left, right, band, foreign, out var cut, (tokenLeft, tokenRight));
        if (!followOwnInk || (!cut.Left && !cut.Right)) return glyphs;
        // A line box as low as its digits (no marks on the line's ends) gives a reach shorter than a digit: the last digit
        // the engine boxed narrower than its ink is then cut by the search's edge and was dropped, losing the digit (มาตรา ๑๔
        // read ๑). One band's height more holds any digit; of what the wider search finds, only glyphs reaching into the
        // first search are kept (the cut digit whole), so no ink wholly beyond the reach joins the run.
        int widen = band.Height;
        int wideLeft = cut.Left ? Math.Max(leftBound, left - widen) : left, wideRight = cut.Right ? Math.Min(rightBound, right + widen) : right;
        if (wideLeft == left && wideRight == right) return glyphs;
        return Segment(image, wideLeft, wideRight, band, foreign, out _, null).Where(g => g.Box.X < right && g.Box.Right > left).ToList();
    }

    /// <summary>Which edges of a search cut a component that begins or ends within the token's own columns.</summary>
    private readonly record struct OwnInkCut(bool Left, bool Right);

    /// <summary>Marks whose ink is a dot or a short stroke: a point, a comma, a colon, a hyphen.</summary>
    public const string SmallPunctuation = ".,:-";

    private static bool IsSmallPunctuation(string text) => text.Trim() is { Length: 1 } mark && SmallPunctuation.Contains(mark[0]);

    /// <summary>
    /// The rows the token's digits stand in: the median top and bottom of the shorter half of its symbol boxes (the engine
    /// gives some symbols the whole line's height), with a quarter of their height spare below; null when it has no box.
    /// </summary>
    private static (int Top, int Bottom)? DigitRows(IEnumerable<BoundingBox> symbolBoxes)
    {
        var boxes = symbolBoxes.Where(b => b.Height >= 4).ToList();
        if (boxes.Count == 0) return null;
        var heights = boxes.Select(b => b.Height).Order().ToList();
        int shortest = heights[(heights.Count - 1) / 2];
        boxes = boxes.Where(b => b.Height <= shortest).ToList();
        int top = Median(boxes.Select(b => b.Y)), bottom = Median(boxes.Select(b => b.Bottom));
        return (top, bottom + Math.Max(2, (bottom - top) / 4));
    }

    /// <summary>A tone mark or upper vowel whose box lies wholly within <paramref name="rows"/>, where no such mark is drawn.</summary>
    private static bool IsUpperMarkWithin(RecognizedSymbol symbol, (int Top, int Bottom) rows) =>
        symbol.Text.Length == 1 && (ThaiCharacters.IsToneMark(symbol.Text[0]) || ThaiCharacters.IsAboveVowel(symbol.Text[0]) || symbol.Text[0] == '\u0E4C')
        && symbol.Box.Y >= rows.Top && symbol.Box.Bottom <= rows.Bottom;

    /// <summary>
    /// The horizontal band digits whose symbol boxes are <paramref name="symbolBoxes"/> stand in. A Thai line box spans
    /// marks above and vowels below, and in a tightly set page it reaches into the next line's ascenders, whose ink would
    /// merge with a digit; digits have no marks, so the band is the token's own symbol boxes (those of digit size, by their
    /// median top and bottom) with a quarter of their height spare below (Thai digits sit on the baseline) and most of it
    /// above (the tails of ๙ and ๗ rise above the others, and the symbol of a dropped or merged digit is missing). When no
    /// symbol box is of digit size (the engine gave whole-line boxes), the line box.
    /// </summary>
    internal static BoundingBox DigitBand(BoundingBox lineBox, IEnumerable<BoundingBox> symbolBoxes)
    {
        var boxes = symbolBoxes.Where(b => b.Height >= 4 && b.Height <= 0.6 * lineBox.Height).ToList();
        if (boxes.Count == 0) return lineBox;
        // Medians: one odd box (a digit Tesseract split in two gets a tall half) must not stretch the band.
        int top = Median(boxes.Select(b => b.Y)), bottom = Median(boxes.Select(b => b.Bottom));
        int height = bottom - top;
        int y0 = Math.Max(lineBox.Y, top - Math.Max(2, height * 7 / 10)), y1 = Math.Min(lineBox.Bottom, bottom + Math.Max(2, height / 4));
        return y1 - y0 < 4 ? lineBox : new BoundingBox(lineBox.X, y0, lineBox.Width, y1 - y0);
    }

    /// <summary>
    /// The glyphs between <paramref name="left"/> and <paramref name="right"/> (page x) within <paramref name="line"/>, left to right.
    /// <paramref name="foreignBoxes"/> are the boxes of the line's other symbols: ink lying mostly inside one of them is not part of the run.
    /// </summary>
    public IReadOnlyList<SegmentedGlyph> Segment(GrayImage image, int left, int right, BoundingBox line, IReadOnlyList<BoundingBox> foreignBoxes) =>
        Segment(image, left, right, line, foreignBoxes, out _, null);

    /// <param name="image">The image.</param>
    /// <param name="left">Left edge of the search (page x).</param>
    /// <param name="right">Right edge of the search.</param>
    /// <param name="line">The band searched.</param>
    /// <param name="foreignBoxes">Boxes of the line's other symbols.</param>
    /// <param name="ownInkCut">Whether a component the left or right edge cut begins or ends within <paramref name="token"/>'s columns.</param>
    /// <param name="token">The token's own columns (page x), or null when not asked.</param>
    private List<SegmentedGlyph> Segment(GrayImage image, int left, int right, BoundingBox line, IReadOnlyList<BoundingBox> foreignBoxes,
        out OwnInkCut ownInkCut, (int Left, int Right)? token)
    {
        ownInkCut = default;
        var area = Clip(new BoundingBox(left, line.Y - _padding, right - left, line.Height + 2 * _padding), image);
        if (area is not { } region) return [];
        var crop = image.Crop(region);
        int threshold = GlyphInk.OtsuThreshold(crop);
        var labels = InkComponents.Label(crop, threshold, out var components);
        var foreign = foreignBoxes.Select(f => f with { X = f.X - region.X, Y = f.Y - region.Y }).ToList();
        var trimmer = new ForeignInkTrimmer(labels, crop.Width);

        int minHeight = (int)Math.Ceiling(MinGlyphHeightRatio * line.Height);
        bool leftOpen = region.X > 0, rightOpen = region.Right < image.Width, topOpen = region.Y > 0, bottomOpen = region.Bottom < image.Height;
        var kept = new List<Piece>();
        var belowEdge = new List<Piece>();
        for (int c = 0; c < components.Count; c++)
        {
            var box = components[c];
            if (box.Height < minHeight && box.Width < minHeight) continue;
            if (trimmer.OwnColumns(c + 1, box, foreign) is not { } own) continue;
            // Components cut by the region's left or right edge belong to a neighbour reaching in; cut by its top edge, to
            // the line above (descenders and marks reaching into the digits' band).
            bool cutLeft = own.X == 0 && leftOpen, cutRight = own.Right == crop.Width && rightOpen;
            if (cutLeft || cutRight)
            {
                if (token is { } t)
                    ownInkCut = new OwnInkCut(ownInkCut.Left || (cutLeft && own.Right + region.X > t.Left && !cutRight),
                        ownInkCut.Right || (cutRight && own.X + region.X < t.Right && !cutLeft));
                continue;
            }
            if (own.Y == 0 && topOpen) continue;
            // Cut by the bottom edge: ink of the line below, or a digit touching it (decided once the baseline is known).
            if (own.Bottom == crop.Height && bottomOpen) belowEdge.Add(new Piece(c + 1, own));
            else kept.Add(new Piece(c + 1, own));
        }

        // Never below the crop: a piece the bottom edge cut, stretched to a baseline lower than the crop's last row (the
        // run's kept ink mostly brackets reaching below the digits), would be read past the labels.
        int? clipBottom = BaselineClip(kept) is { } baselineClip ? Math.Min(baselineClip, crop.Height) : null;
        if (clipBottom is { } clip)
            kept.AddRange(belowEdge.Where(p => p.Box.Y < DigitTopShare * crop.Height && p.Box.Y < clip)
                .Select(p => p with { Box = p.Box with { Height = clip - p.Box.Y } }));

        var glyphs = new List<SegmentedGlyph>();
        foreach (var group in GroupStacked(kept))
        {
            var box = group.Select(g => g.Box).Aggregate((a, b) => a.Union(b));
            if (clipBottom is { } bottom && box.Bottom > bottom) box = box with { Height = bottom - box.Y };
            if (box.Height <= 0) continue;
            var glyph = new GrayImage(box.Width + 2 * Margin, box.Height + 2 * Margin, dpi: image.Dpi);
            for (int y = box.Y; y < box.Bottom; y++)
                for (int x = box.X; x < box.Right; x++)
                {
                    int label = labels[y * crop.Width + x];
                    bool own = label == 0 || group.Any(g => g.Label == label && x >= g.Box.X && x < g.Box.Right);
                    glyph[x - box.X + Margin, y - box.Y + Margin] = own ? crop[x, y] : (byte)255;
                }
            glyphs.Add(new SegmentedGlyph(box with { X = box.X + region.X, Y = box.Y + region.Y }, glyph));
        }
        return glyphs;
    }

    /// <summary>
    /// The first row below the run's baseline that still belongs to it, or null when too few components give a baseline.
    /// Thai digits sit on the baseline and none descends, so ink lower than it (a vowel of the next line touching ๔'s loop,
    /// which the model took for ๘) is foreign. The baseline is the median bottom of the components, a little spare below
    /// for a stroke that ends a pixel or two lower.
    /// </summary>
    private static int? BaselineClip(List<Piece> pieces)
    {
        if (pieces.Count < MinBaselineComponents) return null;
        int baseline = Median(pieces.Select(p => p.Box.Bottom)), height = Median(pieces.Select(p => p.Box.Height));
        return baseline + Math.Max(2, height / 8);
    }

    private static int Median(IEnumerable<int> values) => OrderStatistics.UpperMedian(values);

    /// <summary>Left-to-right groups; a component joins the previous group when most of its width lies under or over it (broken strokes).</summary>
    private static List<List<Piece>> GroupStacked(List<Piece> pieces)
    {
        var groups = new List<List<Piece>>();
        BoundingBox current = default;
        foreach (var piece in pieces.OrderBy(c => c.Box.X))
        {
            if (groups.Count > 0 && piece.Box.HorizontalOverlap(current) * 2 >= Math.Min(piece.Box.Width, current.Width))
            {
                groups[^1].Add(piece);
                current = current.Union(piece.Box);
                continue;
            }
            groups.Add([piece]);
            current = piece.Box;
        }
        return groups;
    }

    private static BoundingBox? Clip(BoundingBox box, GrayImage image)
    {
        int x0 = Math.Max(0, box.X), y0 = Math.Max(0, box.Y), x1 = Math.Min(image.Width, box.Right), y1 = Math.Min(image.Height, box.Bottom);
        return x1 - x0 < 2 || y1 - y0 < 2 ? null : new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }
}
