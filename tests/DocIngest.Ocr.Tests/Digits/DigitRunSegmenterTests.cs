using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Digits;

public class DigitRunSegmenterTests
{
    private static readonly DigitRunSegmenter Segmenter = new();

    /// <summary>A white line image with <paramref name="glyphs"/> pasted bottom-aligned on one baseline, each at its x (the darker pixel wins).</summary>
    private static (GrayImage Image, List<BoundingBox> Boxes) Line(IReadOnlyList<GrayImage> glyphs, IReadOnlyList<int> xs, int baseline = 80)
    {
        var image = new GrayImage(xs[^1] + glyphs[^1].Width + 40, baseline + 60);
        Array.Fill(image.Pixels, (byte)255);
        var boxes = new List<BoundingBox>();
        for (int g = 0; g < glyphs.Count; g++)
        {
            int y0 = baseline - glyphs[g].Height;
            for (int y = 0; y < glyphs[g].Height; y++)
                for (int x = 0; x < glyphs[g].Width; x++)
                    image[xs[g] + x, y0 + y] = Math.Min(image[xs[g] + x, y0 + y], glyphs[g][x, y]);
            boxes.Add(new BoundingBox(xs[g], y0, glyphs[g].Width, glyphs[g].Height));
        }
        return (image, boxes);
    }

    private static string Read(IEnumerable<SegmentedGlyph> glyphs) =>
        string.Concat(glyphs.Select(g => ThaiDigitRecognizer.Shared.Classify(g.Crop).ThaiDigit ?? '?'));

    [Theory]
    [InlineData("/๒๕", 5)]
    [InlineData("/๑๒", 4)]
    [InlineData("(๓๕", 4)]
    public void Segment_DigitTouchingTheSymbolBeforeIt_CutAtTheJoinAndRead(string characters, int overlap)
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, characters);
        int second = glyphs[0].Width - overlap;
        var (image, boxes) = Line(glyphs, [20, 20 + second, 20 + second + glyphs[1].Width + 6]);

        // The run's search starts inside the neighbour, as the corrector's does (it reaches beyond the run's symbols).
        var read = Segmenter.Segment(image, boxes[0].X + 2, image.Width - 10, new BoundingBox(0, 10, image.Width, 90), [boxes[0]]);

        Assert.Equal(characters[1..], Read(read));
    }

    [Theory]
    [InlineData("๔๓๒๖")]
    [InlineData("๒๕๖๔")]
    public void Segment_StrokeOfTheLineBelowTouchingADigit_CutAtTheBaseline(string digits)
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, digits);
        var xs = new List<int> { 20 };
        foreach (var glyph in glyphs.SkipLast(1)) xs.Add(xs[^1] + glyph.Width + 6);
        var (image, boxes) = Line(glyphs, xs);
        // A vowel of the next line rising into the first digit: a bar from under its middle up into its bottom stroke.
        int barX = boxes[0].X + boxes[0].Width / 2, barTop = boxes[0].Bottom - 5;
        for (int y = barTop; y < barTop + boxes[0].Height / 2; y++)
            for (int x = barX; x < barX + 4; x++) image[x, y] = 0;

        var read = Segmenter.Segment(image, 10, image.Width - 10, new BoundingBox(0, 10, image.Width, 110), []);

        Assert.Equal(digits, Read(read));
        Assert.InRange(read[0].Box.Bottom, boxes[0].Bottom - 3, boxes[0].Bottom + 4);
    }

    [Fact]
    public void SegmentToken_DigitPastTheLineBox_ReadOnlyWhenUnbounded()
    {
        // ๒๕๖๗ set on a line whose box the engine ended before the ๗ (a digit it dropped at the line's end); its symbols
        // hold ๒๕๖ only.
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, "๒๕๖๗");
        var xs = new List<int> { 20 };
        foreach (var glyph in glyphs.SkipLast(1)) xs.Add(xs[^1] + glyph.Width + 6);
        var (image, boxes) = Line(glyphs, xs);
        var lineBox = new BoundingBox(10, 10, boxes[2].Right - 10 + 2, 100);
        var line = new RecognizedLine("๒๕๖", lineBox, 0.9, boxes.Take(3).Select((b, k) => new RecognizedSymbol("๒๕๖"[k].ToString(), b, 0.9)).ToList());
        (int, int)[] spans = [(0, 1), (1, 1), (2, 1)];

        // The corrector's step: bounded by the line's box and its padding; both reach past the token by 0.6 of the line's height.
        var bounded = Segmenter.SegmentToken(image, line, spans, 0, 2, boxes[0].X, boxes[2].Right, 0.6, lineBoxPadding: 3, claimed: []);
        // The cued numbers' step: the same reach, unbounded.
        var unbounded = Segmenter.SegmentToken(image, line, spans, 0, 2, boxes[0].X, boxes[2].Right, 0.6, lineBoxPadding: null, claimed: []);

        Assert.Equal("๒๕๖", Read(bounded));
        Assert.Equal("๒๕๖๗", Read(unbounded));
    }

    /// <summary>
    /// ๑๔ set on a line whose box is no taller than its digits (so the search reaches 0.6 of a digit's height past the
    /// token), the ๔'s symbol boxed over its left edge only, as the engine boxed it on a photocopied gazette page.
    /// </summary>
    private static (GrayImage Image, RecognizedLine Line, List<BoundingBox> Ink) LastDigitPastTheReach()
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, "๑๔");
        var (image, boxes) = Line(glyphs, [20, 20 + glyphs[0].Width + 4]);
        int height = boxes.Max(b => b.Height);
        var lineBox = new BoundingBox(10, 80 - height - 2, image.Width - 20, height + 4);
        var narrowFour = boxes[1] with { Width = 6 };
        var line = new RecognizedLine("๑๔", lineBox, 0.9, [new RecognizedSymbol("๑", boxes[0], 0.9), new RecognizedSymbol("๔", narrowFour, 0.9)]);
        return (image, line, boxes);
    }

    [Fact]
    public void SegmentToken_LastDigitRunningPastTheReach_TakenWholeWhenFollowingOwnInk()
    {
        var (image, line, ink) = LastDigitPastTheReach();
        (int, int)[] spans = [(0, 1), (1, 1)];
        int tokenRight = line.Symbols[1].Box.Right;
        Assert.True(tokenRight + (int)(0.6 * line.Box.Height) < ink[1].Right, "the ๔'s ink must run past the reach");

        var followed = Segmenter.SegmentToken(image, line, spans, 0, 1, ink[0].X, tokenRight, 0.6, lineBoxPadding: 3, claimed: [], followOwnInk: true);
        var dropped = Segmenter.SegmentToken(image, line, spans, 0, 1, ink[0].X, tokenRight, 0.6, lineBoxPadding: 3, claimed: [], followOwnInk: false);

        Assert.Equal("๑๔", Read(followed));
        Assert.Equal("๑", Read(dropped));
    }

    [Fact]
    public void SegmentToken_ClaimedGlyph_LeftOut()
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, "๑๒๓");
        var xs = new List<int> { 20 };
        foreach (var glyph in glyphs.SkipLast(1)) xs.Add(xs[^1] + glyph.Width + 6);
        var (image, boxes) = Line(glyphs, xs);
        var line = new RecognizedLine("๑๒", new BoundingBox(10, 30, image.Width - 20, 70), 0.9,
            boxes.Take(2).Select((b, k) => new RecognizedSymbol("๑๒"[k].ToString(), b, 0.9)).ToList());
        (int, int)[] spans = [(0, 1), (1, 1)];

        // The third digit lies within reach but another token of the line already read it.
        var read = Segmenter.SegmentToken(image, line, spans, 0, 1, boxes[0].X, boxes[1].Right, 0.6, lineBoxPadding: 3, claimed: [boxes[2]]);

        Assert.Equal("๑๒", Read(read));
    }

    /// <summary>
    /// ๑๒๗ with the ๑'s ink under a tone mark's symbol (ที่ ๑๒๗ on a tuning order, orders21-school-twopage: the engine
    /// read ที่๑๒๕๑, its ่ boxed over the ๑ in the digits' rows) and the run's symbols over ๒ and ๗; or the mark boxed above
    /// the digits' rows, where a real mark stands.
    /// </summary>
    private static (GrayImage Image, RecognizedLine Line, List<BoundingBox> Ink) DigitUnderAMarkSymbol(bool markInDigitRows)
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, "๑๒๗");
        var xs = new List<int> { 20 };
        foreach (var glyph in glyphs.SkipLast(1)) xs.Add(xs[^1] + glyph.Width + 5);
        var (image, boxes) = Line(glyphs, xs);
        int height = boxes.Max(b => b.Height);
        var lineBox = new BoundingBox(10, 80 - height - 2, image.Width - 20, height + 4);
        var mark = markInDigitRows ? boxes[0] with { Y = boxes[0].Y + 2, Height = boxes[0].Height - 2 } : boxes[0] with { Y = 80 - 2 * height, Height = height / 2 };
        var line = new RecognizedLine("่๒๗", lineBox, 0.9,
            [new RecognizedSymbol("่", mark, 0.9), new RecognizedSymbol("๒", boxes[1], 0.9), new RecognizedSymbol("๗", boxes[2], 0.9)]);
        return (image, line, boxes);
    }

    [Theory]
    [InlineData(true, true, "๑๒๗")]
    [InlineData(false, true, "๒๗")]
    [InlineData(true, false, "๒๗")]
    public void SegmentToken_MarkSymbolBoxedOverADigit_InkKeptWhenTheBoxLiesInTheDigitRows(bool marksInDigitRowsAreInk, bool markInDigitRows, string read)
    {
        var (image, line, ink) = DigitUnderAMarkSymbol(markInDigitRows);
        (int, int)[] spans = [(0, 1), (1, 1), (2, 1)];

        var glyphs = Segmenter.SegmentToken(image, line, spans, 1, 2, ink[1].X, ink[2].Right, 1.5, lineBoxPadding: 3, claimed: [],
            marksInDigitRowsAreInk: marksInDigitRowsAreInk);

        Assert.Equal(read, Read(glyphs));
    }

    [Fact]
    public void Segment_BracketsReachBelowTheDigits_GlyphsInsideTheImage()
    {
        // A cell crop whose kept ink is mostly brackets: the baseline with its spare lies below the crop's last row, and a
        // piece the bottom edge cut was stretched to it and read past the image (IndexOutOfRangeException).
        var (image, binary) = TestSupport.CellTables.LoadCrop("amount-cell-brackets.png");

        var glyphs = DocIngest.Ocr.Layout.CellRecognizer.DigitGlyphsOf(image, binary, DocIngest.Ocr.Layout.CellScores.RiseShare);

        Assert.NotNull(glyphs);
        Assert.NotEmpty(glyphs);
        Assert.All(glyphs, g => Assert.True(g.Box.Bottom <= image.Height && g.Box.Right <= image.Width, g.Box.ToString()));
    }
}
