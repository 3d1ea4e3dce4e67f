using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class OverlappingLineFilterTests
{
    private static RecognizedLine Line(string text, int x, int y, int width, int height, double confidence) =>
        new(text, new BoundingBox(x, y, width, height), confidence, []);

    // A tuning desk photo's line (hospital-handbook-a p10) and the jumble read from its upper marks, boxes as read.
    private static readonly RecognizedLine Print = Line("๑. เป็นเรื่องที่ผู้ร้องได้รับความเดือดร้อนหรือเสียหาย", 435, 335, 1419, 54, 0.94);

    [Fact]
    public void Remove_WeakJumbleLyingOnATallerLine_Dropped()
    {
        var jumble = Line("a avy ve a ม a ew a a va -", 555, 329, 1162, 20, 0.74);
        var next = Line("เจ้าหน้าที่ในสังกัดหรือหน่วยงาน", 291, 393, 813, 47, 0.95);

        Assert.Equal([Print, next], OverlappingLineFilter.Remove([Print, jumble, next]));
    }

    [Fact]
    public void Remove_JumbleReadConfidently_Kept()
    {
        var lines = new[] { Print, Line("a avy ve a ม a ew a a va -", 555, 329, 1162, 20, 0.85) };

        Assert.Same(lines, OverlappingLineFilter.Remove(lines));
    }

    [Fact]
    public void Remove_WeakThaiWordsLyingOnATallerLine_Kept()
    {
        var lines = new[] { Print, Line("ผู้บริหารและบุคลากร", 600, 340, 500, 30, 0.7) };

        Assert.Same(lines, OverlappingLineFilter.Remove(lines));
    }

    [Fact]
    public void Remove_WeakJumbleOverlappingALineByLessThanHalfItsHeight_Kept()
    {
        var lines = new[] { Print, Line("a avy ve a", 555, 300, 600, 40, 0.7) };

        Assert.Same(lines, OverlappingLineFilter.Remove(lines));
    }

    [Fact]
    public void Remove_WeakJumbleBesideATallerLine_Kept()
    {
        // A line of the next column at the same height shares no width with it.
        var lines = new[] { Print, Line("a avy ve a", 1900, 340, 400, 30, 0.7) };

        Assert.Same(lines, OverlappingLineFilter.Remove(lines));
    }

    [Fact]
    public void Remove_WeakDateLineWithLatinJunkLyingOnATallerLine_Kept()
    {
        // A tuning document's date line read badly (sec-announcement-policy-banlat): Latin junk, but a long Thai piece.
        var lines = new[] { Print, Line(". มิถุนายน ๒๕๖๘ : 0 get ee", 500, 330, 900, 40, 0.72) };

        Assert.Same(lines, OverlappingLineFilter.Remove(lines));
    }

    [Theory]
    [InlineData("a avy ve a ม a ew a a va -", true)]
    [InlineData("ซ่ จ a ' yw 4", true)]
    [InlineData("อ 2 0 ที่ ๕๑7๒๕99 ak te", false)]
    [InlineData("แนบมาพร้อมนี้ - :", false)]
    public void IsJumble_LineOfPieces_TrueOnlyWhenNoPieceHoldsThreeThaiCharacters(string text, bool expected) =>
        Assert.Equal(expected, OverlappingLineFilter.IsJumble(text));
}
