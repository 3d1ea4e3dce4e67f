using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class TextCleaningTests
{
    [Theory]
    [InlineData("ส่วนราชการ สำนักปลัด", true)]
    [InlineData("ที่ กส ๕๑๐๐๑/๑๓๓๓", true)]
    [InlineData("วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕", true)]
    [InlineData("เรื่อง: รายงานผล", true)]
    [InlineData("เรียน นายก", true)]
    [InlineData("เรือง รายงานผล", true)]
    [InlineData("ที กส ๕๑๐๐๑", true)]
    [InlineData("ที่ประชุมมีมติ", false)]
    [InlineData("เรื่องเดิม", false)]
    [InlineData("ตามที่ได้รับ", false)]
    public void IsKeyValue_LineStart_Recognised(string line, bool expected) => Assert.Equal(expected, MemoHeaderLine.IsKeyValue(line));

    private static RecognizedLine Line(string text, int x, int y, int w, int h) => new(text, new BoundingBox(x, y, w, h), 0.9, []);

    [Fact]
    public void Remove_ShortLineSittingOnFullLine_Dropped()
    {
        var lines = new[] { Line("- เผยแพร่ทาง", 40, 129, 350, 64), Line("๕ ด", 63, 214, 173, 23), Line("เว็บไซต์", 44, 216, 188, 68) };

        Assert.Equal(["- เผยแพร่ทาง", "เว็บไซต์"], DetachedMarkFilter.Remove(lines).Select(l => l.Text));
    }

    [Fact]
    public void Remove_ShortLineStandingApart_Kept()
    {
        var lines = new[] { Line("ก", 40, 100, 350, 64), Line("๑", 600, 400, 30, 25), Line("ข", 40, 180, 350, 64) };

        Assert.Equal(3, DetachedMarkFilter.Remove(lines).Count);
    }

    [Fact]
    public void Remove_ShortLineOfLowLettersAtLineGap_Kept()
    {
        // "ผู้รับผิด" then "ชอบ": the second line has no tall letters but is a normal line gap below.
        var lines = new[] { Line("ผู้รับผิด", 72, 36, 191, 91), Line("ชอบ", 108, 151, 119, 43) };

        Assert.Equal(2, DetachedMarkFilter.Remove(lines).Count);
    }

    private sealed class AppendCorrector(string suffix) : IRecognizedLineCorrector
    {
        public RecognizedLine Correct(GrayImage image, RecognizedLine line) => line with { Text = line.Text + suffix };
    }

    [Fact]
    public void Clean_Correctors_AppliedInOrderThenNormalised()
    {
        var cleaner = new RecognizedLineCleaner([new AppendCorrector(" ก"), new AppendCorrector("ํา")]);
        var line = new RecognizedLine("  น้ ", new BoundingBox(0, 0, 10, 10), 0.9, []);

        var cleaned = cleaner.Clean(new GrayImage(10, 10), line);

        Assert.Equal("น้ กำ", cleaned.Text);
    }
}
