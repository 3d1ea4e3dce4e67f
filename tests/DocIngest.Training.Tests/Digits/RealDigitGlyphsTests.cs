using DocIngest.Ocr.Digits;
using DocIngest.Ocr.Imaging;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Training.Digits;
using UglyToad.PdfPig.Core;

namespace DocIngest.Training.Tests.Digits;

public sealed class RealDigitGlyphsTests
{
    /// <summary>A white 300-dpi page of 100 x 100 points with a black block at the given pixels.</summary>
    private static GrayImage PageWithInk(params (int X, int Y, int Width, int Height)[] blocks)
    {
        var page = new GrayImage(417, 417, dpi: 300);
        for (int y = 0; y < page.Height; y++)
            for (int x = 0; x < page.Width; x++)
                page[x, y] = 255;
        foreach (var (bx, by, w, h) in blocks)
            for (int y = by; y < by + h; y++)
                for (int x = bx; x < bx + w; x++)
                    page[x, y] = 0;
        return page;
    }

    /// <summary>A glyph whose box spans the given points (origin bottom-left, page 100 points high).</summary>
    private static PdfGlyph Glyph(double left, double bottom, double right, double top) =>
        new("๖", new PdfRectangle(left, bottom, right, top), left, right, bottom, 16, "THSarabunPSK");

    [Theory]
    [InlineData('๖', "6")]
    [InlineData('ซ', "reject:ซ")]
    public void LabelOf_DigitOrLookAlike_TrainingLabel(char printed, string expected) =>
        Assert.Equal(expected, RealDigitGlyphs.LabelOf(printed));

    [Fact]
    public void LabelOf_OtherCharacter_Null()
    {
        Assert.Null(RealDigitGlyphs.LabelOf('เ'));
        Assert.Null(RealDigitGlyphs.LabelOf('6'));
    }

    [Fact]
    public void Cut_InkTwoPixelsPastATightBox_GrownToItAndMarginedLikeRenderedGlyphs()
    {
        // Box 20..30 x 65..80 points = pixels 83..125 x 83..146 (y from the top); the ink runs two pixels past its left
        // and one past its right side, as an anti-aliased outline does.
        var page = PageWithInk((81, 90, 46, 40));

        var cut = RealDigitGlyphs.Cut(page, Glyph(20, 65, 30, 80), scale: 300 / 72.0, pageHeight: 100);

        Assert.NotNull(cut);
        Assert.Equal((46 + 16, 40 + 16), (cut!.Width, cut.Height));
        Assert.Equal(255, cut[0, 0]);
        Assert.Equal(0, cut[8, 8]);
    }

    [Fact]
    public void Cut_NeighbourInkAcrossTheBoxEdge_Dropped()
    {
        // The glyph's ink and a rule running through the box and far beyond it on the right.
        var page = PageWithInk((90, 90, 30, 40), (90, 100, 300, 3));

        Assert.Null(RealDigitGlyphs.Cut(page, Glyph(20, 65, 30, 80), scale: 300 / 72.0, pageHeight: 100));
    }

    [Fact]
    public void Cut_BlankBox_Dropped() =>
        Assert.Null(RealDigitGlyphs.Cut(PageWithInk(), Glyph(20, 65, 30, 80), scale: 300 / 72.0, pageHeight: 100));
}
