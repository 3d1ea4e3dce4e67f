using DocIngest.Core.Content;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class TextBlockBuilderTests
{
    private const int Dpi = 300;
    private const int LineHeight = 60;

    private static TextLine Line(string text, int x, int y, int width = 1500) => new(text, new BoundingBox(x, y, width, LineHeight), 0.9);

    [Fact]
    public void Build_IndentedFirstLines_SplitParagraphs()
    {
        var blocks = new TextBlockBuilder().Build([
            Line("ตามที่หน่วยงานได้จัดทำ", 600, 1000, 1100),
            Line("มาตรการส่งเสริม", 300, 1075),
            Line("บัดนี้ได้ดำเนินการแล้ว", 300, 1150, 800),
            Line("จึงเรียนมาเพื่อโปรดทราบ", 600, 1225, 900),
        ], Dpi);

        Assert.Equal(2, blocks.Count);
        Assert.Equal("ตามที่หน่วยงานได้จัดทำ\nมาตรการส่งเสริม\nบัดนี้ได้ดำเนินการแล้ว", blocks[0].Text);
        Assert.Equal("จึงเรียนมาเพื่อโปรดทราบ", blocks[1].Text);
        Assert.Equal(new BoundingBox(300, 1000, 1500, 210), blocks[0].Box);
    }

    [Fact]
    public void Build_LargeVerticalGap_StartsNewBlock()
    {
        var blocks = new TextBlockBuilder().Build([Line("ก", 300, 1000), Line("ข", 300, 1075), Line("ค", 300, 1300)], Dpi);

        Assert.Equal(["ก\nข", "ค"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Build_MemoHeaderLines_StandAlone()
    {
        var blocks = new TextBlockBuilder().Build([
            Line("ส่วนราชการ สำนักปลัด โทร. ๐๔๓", 300, 400),
            Line("ที่ กส ๕๑๐๐๑/๑๓๓๓", 300, 475, 700),
            Line("วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕", 1100, 475, 700),
            Line("เรื่อง รายงานผล", 300, 550),
            Line("เรียน นายก", 300, 625),
        ], Dpi);

        Assert.Equal(5, blocks.Count);
        Assert.All(blocks, b => Assert.Single(b.Lines));
        Assert.Equal(["ส่วนราชการ สำนักปลัด โทร. ๐๔๓", "ที่ กส ๕๑๐๐๑/๑๓๓๓", "วันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕", "เรื่อง รายงานผล", "เรียน นายก"],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void Build_SideBySideSignatures_TwoBlocks()
    {
        var blocks = new TextBlockBuilder().Build([
            Line("(นาย ก)", 300, 2000, 600), Line("(นาย ข)", 1300, 2000, 600),
            Line("ปลัด", 300, 2075, 600), Line("นายก", 1300, 2075, 600),
        ], Dpi);

        Assert.Equal(["(นาย ก)\nปลัด", "(นาย ข)\nนายก"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Build_LinesWithoutBoxOrText_Ignored()
    {
        var blocks = new TextBlockBuilder().Build([new TextLine("ก", null, 1), Line("", 300, 100), Line("ข", 300, 200)], Dpi);

        Assert.Equal("ข", Assert.Single(blocks).Text);
    }
}
