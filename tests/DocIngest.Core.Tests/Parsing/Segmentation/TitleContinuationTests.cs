using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Segmentation;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

public class TitleContinuationTests
{
    private const int PageWidth = 2480;

    /// <summary>A scanned page whose lines have boxes: (text, left, width) at successive rows.</summary>
    private static IReadOnlyList<ContentUnit> ScannedPage(params (string Text, int Left, int Width)[] lines)
    {
        var textLines = lines.Select((l, i) => new TextLine(l.Text, new BoundingBox(l.Left, 180 + 100 * i, l.Width, 80), 0.95)).ToList();
        var page = new PageContent(1, PageMethod.Ocr, [new TextBlock(textLines)]) { Width = PageWidth };
        return ContentUnit.Flatten([page]);
    }

    private static IReadOnlyList<ContentUnit> TextLayerPage(params string[] lines)
    {
        var page = new PageContent(1, PageMethod.TextLayer, [new TextBlock(lines.Select(l => new TextLine(l, null, 1.0)).ToList())]);
        return ContentUnit.Flatten([page]);
    }

    [Fact]
    public void Extend_CentredLinesUntilTheYear_JoinedAsOneTitle()
    {
        var units = ScannedPage(
            ("การประชุมคณะกรรมการส่งเสริมคุณธรรมและความโปร่งใส", 400, 1680),
            ("ในการดำเนินงานของเทศบาลตำบลนาดี", 820, 840),
            (": ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", 700, 1000),
            ("วันจันทร์ที่ ๑๑ มีนาคม ๒๕๖๗ เวลา ๐๙.๐๐ น.", 360, 1880));

        Assert.Equal("การประชุมคณะกรรมการส่งเสริมคุณธรรมและความโปร่งใสในการดำเนินงานของเทศบาลตำบลนาดี ประจำปีงบประมาณ พ.ศ. ๒๕๖๗",
            TitleContinuation.Extend(units, 0, units[0].Text));
    }

    [Fact]
    public void Extend_TitleAlreadyEndsWithYear_Unchanged()
    {
        var units = ScannedPage(("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2567", 500, 1480), ("องค์การบริหารส่วนตำบลนาดี", 900, 680));

        Assert.Equal("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ 2567", TitleContinuation.Extend(units, 0, units[0].Text));
    }

    [Fact]
    public void Extend_NoYearWithinTheCentredLines_FirstLineOnly()
    {
        var units = ScannedPage(
            ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", 500, 1480),
            ("องค์การบริหารส่วนตำบลนาดี อำเภอเมือง จังหวัดน่าน", 520, 1440),
            ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", 900, 680));

        Assert.Equal("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", TitleContinuation.Extend(units, 0, units[0].Text));
    }

    [Fact]
    public void Extend_NextLineNotCentred_FirstLineOnly()
    {
        var units = ScannedPage(("มาตรการป้องกันการรับสินบน", 900, 680), ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ตามที่สำนักงาน ป.ป.ช. กำหนด", 360, 1880));

        Assert.Equal("มาตรการป้องกันการรับสินบน", TitleContinuation.Extend(units, 0, units[0].Text));
    }

    [Fact]
    public void Extend_TextLayerYearLine_Joined()
    {
        var units = TextLayerPage("แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรม", "ประจำปีงบประมาณ พ.ศ. 2568", "องค์การบริหารส่วนตำบลนาดี");

        Assert.Equal("แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2568", TitleContinuation.Extend(units, 0, units[0].Text));
    }

    [Fact]
    public void Extend_TextLayerBodyLine_NotJoined()
    {
        var units = TextLayerPage("แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรม", "เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย ประจำปี 2568");

        Assert.Equal("แผนการดำเนินงานตามมาตรการส่งเสริมคุณธรรม", TitleContinuation.Extend(units, 0, units[0].Text));
    }
}
