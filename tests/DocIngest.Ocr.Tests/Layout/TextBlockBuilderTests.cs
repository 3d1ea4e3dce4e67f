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
    public void Build_TallIndentedFirstLineOverlappingTheNextLine_NextLineReadAfterIt()
    {
        // Boxes of the tuning document gap-announcement-agriculture-2567 (G4 through a 130 dpi pass, specks): item 1's
        // indented first line is tall enough to share most of its second line's height.
        var blocks = new TextBlockBuilder().Build([
            Boxed("| เพื่อให้การปฏิบัติงานของข้าราชการ", 341, 306, 1900, 77),
            Boxed("จังหวัดยโสธรเป็นไปอย่างโปร่งใส", 357, 376, 1924, 108),
            Boxed("สำนักงานเกษตรจังหวัดยโสธรจึงกำหนดมาตรการ ดังนี้", 346, 452, 1709, 82),
            Boxed("o, ให้เจ้าหน้าที่ทุกคนแจ้งผู้บังคับบัญชา", 652, 495, 1589, 137),
            Boxed("ได้เสียในเรื่องที่ตนต้องพิจารณา", 353, 552, 991, 128),
            Boxed("os ๒. ห้ามเจ้าหน้าที่รับเงิน", 380, 649, 1861, 122),
        ], Dpi);

        var lines = string.Join("\n", blocks.Select(b => b.Text)).Split('\n');
        Assert.Equal(["o, ให้เจ้าหน้าที่ทุกคนแจ้งผู้บังคับบัญชา", "ได้เสียในเรื่องที่ตนต้องพิจารณา", "os ๒. ห้ามเจ้าหน้าที่รับเงิน"], lines[3..]);
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

    private static TextLine Boxed(string text, int x, int y, int width, int height) => new(text, new BoundingBox(x, y, width, height), 0.9);

    [Fact]
    public void Build_LabelColumnBesideValueColumn_ReadsEachLabelWithItsValue()
    {
        // memo-buengkan-2567 page 7 (200 dpi): stacked labels left, their values right, then the next heading across both.
        var blocks = new TextBlockBuilder().Build([
            Boxed("ประเด็น ที่ ๑. กระบวนการปฏิบัติงาน", 237, 236, 1173, 77),
            Boxed("(๑) กิจกรรม/", 237, 319, 232, 45),
            Boxed("โครงการ", 235, 371, 149, 44),
            Boxed("(๒) ผู้รับผิดชอบ", 237, 424, 273, 60),
            Boxed("มาตรการส่งเสริมคุณธรรม", 615, 315, 745, 46),
            Boxed("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", 615, 359, 578, 82),
            Boxed("นางสาวรัชณี ศรีหาบัว ตำแหน่ง", 615, 420, 769, 75),
            Boxed("นโยบายและแผนชำนาญการ", 615, 479, 491, 44),
            Boxed("(๓) ขั้นตอน/วิธีการ", 237, 534, 330, 47),
            Boxed("ปฏิบัติ", 237, 594, 107, 52),
            Boxed("๑. จัดทำประกาศ", 616, 534, 746, 45),
            Boxed("มาตรการส่งเสริม", 615, 586, 745, 46),
            Boxed("(๔) ระยะเวลา", 237, 974, 242, 40),
            Boxed("๒ ตุลาคม ๒๕๖๖ - ๓๑ มกราคม ๒๕๖๗", 615, 959, 712, 66),
            Boxed("ประเด็น ที่ ๒. การให้บริการ", 236, 1027, 883, 48),
        ], 200);

        Assert.Equal([
            "ประเด็น ที่ ๑. กระบวนการปฏิบัติงาน", "(๑) กิจกรรม/\nโครงการ", "มาตรการส่งเสริมคุณธรรม\nประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            "(๒) ผู้รับผิดชอบ", "นางสาวรัชณี ศรีหาบัว ตำแหน่ง\nนโยบายและแผนชำนาญการ", "(๓) ขั้นตอน/วิธีการ\nปฏิบัติ",
            "๑. จัดทำประกาศ\nมาตรการส่งเสริม", "(๔) ระยะเวลา", "๒ ตุลาคม ๒๕๖๖ - ๓๑ มกราคม ๒๕๖๗", "ประเด็น ที่ ๒. การให้บริการ",
        ], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Build_ParagraphAcrossTwoColumnsAbove_StartsItsOwnBlock()
    {
        var blocks = new TextBlockBuilder().Build([
            Line("(๔) ระยะเวลา", 300, 1000, 300),
            Line("๑ ตุลาคม ๒๕๖๖", 800, 995, 700),
            Line("๓. ข้อจำกัดของหน่วยงาน", 300, 1065, 1200),
        ], Dpi);

        Assert.Equal(["(๔) ระยะเวลา", "๑ ตุลาคม ๒๕๖๖", "๓. ข้อจำกัดของหน่วยงาน"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Build_HeadingJustAboveIndentedParagraph_StaysFirst()
    {
        // memo-nongwaeng-2568-p1: the paragraph's first line starts 37 px below the heading; the paragraph block reaches
        // further left than the heading, so ordering tops within half a line by left edge put the heading after it.
        var blocks = new TextBlockBuilder().Build([
            Boxed("๑. เรื่องเดิม", 239, 609, 303, 37),
            Boxed("ตามที่องค์การบริหารส่วนตำบลหนองแวง ได้รับ", 435, 646, 1058, 46),
            Boxed("ประเมินคุณธรรมและความโปร่งใส", 237, 701, 1257, 45),
        ], 200);

        Assert.Equal("๑. เรื่องเดิม", blocks[0].Text);
    }
}
