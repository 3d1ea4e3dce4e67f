using DocIngest.Core.Content;
using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Digits;

public class TouchingGlyphSplitterTests
{
    /// <summary>Two rendered glyphs side by side, overlapping by <paramref name="overlap"/> columns (the darker pixel wins), as one glyph.</summary>
    private static SegmentedGlyph Touching(GrayImage left, GrayImage right, int overlap)
    {
        int height = Math.Max(left.Height, right.Height);
        var joined = new GrayImage(left.Width + right.Width - overlap, height);
        Array.Fill(joined.Pixels, (byte)255);
        void Paste(GrayImage glyph, int x0)
        {
            int y0 = height - glyph.Height; // Thai digits sit on the baseline
            for (int y = 0; y < glyph.Height; y++)
                for (int x = 0; x < glyph.Width; x++)
                    joined[x0 + x, y0 + y] = Math.Min(joined[x0 + x, y0 + y], glyph[x, y]);
        }
        Paste(left, 0);
        Paste(right, left.Width - overlap);
        return new SegmentedGlyph(new BoundingBox(100, 50, joined.Width - 4, joined.Height - 4), joined);
    }

    [Theory]
    [InlineData("๕๖")]
    [InlineData("๒๕")]
    [InlineData("๐๐")]
    public void Split_TwoTouchingDigits_PiecesReadAsBothDigits(string digits)
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, digits);
        var joined = Touching(glyphs[0], glyphs[1], overlap: 5);

        var pieces = TouchingGlyphSplitter.Split(joined, 2);

        Assert.Equal(digits, string.Concat(pieces.Select(p => ThaiDigitRecognizer.Shared.Classify(p.Crop).ThaiDigit ?? '?')));
    }

    [Fact]
    public void Split_PieceBoxes_CoverTheGlyphLeftToRight()
    {
        var glyphs = DigitTestImages.Glyphs(DigitTestImages.Laksaman, 16, "๒๕");
        var joined = Touching(glyphs[0], glyphs[1], overlap: 5);

        var pieces = TouchingGlyphSplitter.Split(joined, 2);

        Assert.Equal(joined.Box.X, pieces[0].Box.X);
        Assert.Equal(pieces[0].Box.Right, pieces[1].Box.X);
        Assert.Equal(joined.Box.Right, pieces[1].Box.Right);
    }

    [Theory]
    [InlineData(50, 26, new[] { 2, 3 })]     // ๕๖ joined: two digits wide
    [InlineData(67, 25, new[] { 3, 2, 4 })]  // ๕๖๔ joined on a phone photo: three digits wide, tried as three first
    [InlineData(80, 26, new[] { 3, 4, 2 })]
    [InlineData(100, 26, new[] { 4, 3, 2 })]
    [InlineData(65, 26, new[] { 2, 3, 4 })]  // exactly two and a half digits: fewer first
    [InlineData(30, 26, new[] { 2 })]
    public void PieceCountsByWidth_GlyphWidth_NearestDigitCountFirst(int width, int digitHeight, int[] expected)
    {
        Assert.Equal(expected, TouchingGlyphSplitter.PieceCountsByWidth(width, digitHeight));
    }

    [Fact]
    public void ReadNearestPieces_GlyphThreeDigitsWide_TriesThreePiecesFirst()
    {
        // Three ink blocks 23 px wide joined by a thin bar, 25 px high: any cut is accepted, so the first tried is returned.
        var crop = new GrayImage(79, 29);
        Array.Fill(crop.Pixels, (byte)255);
        for (int y = 2; y < 27; y++)
            for (int x = 2; x < 77; x++)
                if ((x - 2) % 25 < 23 || y == 20) crop[x, y] = 0;
        var joined = new SegmentedGlyph(new BoundingBox(100, 50, 75, 25), crop);
        static IReadOnlyList<SegmentedGlyph>? AcceptAny(IReadOnlyList<SegmentedGlyph> cut) => cut;

        Assert.Equal(3, TouchingGlyphSplitter.ReadNearestPieces(joined, 25, AcceptAny)!.Count);
        Assert.Equal(2, TouchingGlyphSplitter.ReadFewestPieces(joined, 25, AcceptAny)!.Count);
    }

    [Fact]
    public void Split_GlyphNarrowerThanThePieces_ReturnsNothing()
    {
        var glyph = new SegmentedGlyph(new BoundingBox(0, 0, 3, 10), new GrayImage(7, 14));

        Assert.Empty(TouchingGlyphSplitter.Split(glyph, 2));
    }
}
