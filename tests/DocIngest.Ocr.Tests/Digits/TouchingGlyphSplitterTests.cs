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

    [Fact]
    public void Split_GlyphNarrowerThanThePieces_ReturnsNothing()
    {
        var glyph = new SegmentedGlyph(new BoundingBox(0, 0, 3, 10), new GrayImage(7, 14));

        Assert.Empty(TouchingGlyphSplitter.Split(glyph, 2));
    }
}
