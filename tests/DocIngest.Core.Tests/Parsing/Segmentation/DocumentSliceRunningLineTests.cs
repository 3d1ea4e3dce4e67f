using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Segmentation;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

/// <summary>A running header or footer repeated on a document's pages is page furniture, not its text flow.</summary>
public class DocumentSliceRunningLineTests
{
    private const int Height = 3508;

    private static PageContent Page(int number, params (string Text, int Top)[] lines) =>
        new(number, PageMethod.Ocr, lines.Select(l =>
            (PageBlock)new TextBlock([new TextLine(l.Text, new BoundingBox(400, l.Top, 1600, 60), 0.95)])).ToList())
        { Width = 2480, Height = Height };

    private const string Footer = "แผนปฏิบัติการด้านการส่งเสริมคุณธรรม เทศบาลตำบลนาดี ระยะที่ ๒ (พ.ศ. ๒๕๖๖-๒๕๗๐)";

    [Fact]
    public void TextLines_FooterRepeatedOnEveryPage_DroppedFromTheFlowKeptInThePageText()
    {
        var pages = new[]
        {
            Page(1, ("กลยุทธ์ที่ ๒ ส่งเสริมให้หน่วยงานเป็นองค์กรคุณธรรมต้นแบบ", 1000), (Footer, 3300)),
            Page(2, ("ส่งเสริมการมีส่วนร่วมของประชาชนในการป้องกันการทุจริต", 1000), ("แผนปฏิบัติการด้านการส่งเสริมคุณธรรม เทศบาลตำบลนาดี ระยะที ๒ (พ.ศ. ๒๕๖๖-๒๕ซ0)", 3290)),
            Page(3, ("ติดตามและประเมินผลการดำเนินงานทุกไตรมาส", 1000), (Footer, 3310)),
        };

        var slice = new DocumentSlice(ContentUnit.Flatten(pages));

        Assert.DoesNotContain(slice.TextLines, l => l.StartsWith("แผนปฏิบัติการ", StringComparison.Ordinal));
        Assert.Equal(3, slice.TextLines.Count);
        Assert.Contains(Footer, slice.Pages()[0].Text);
    }

    [Fact]
    public void TextLines_LineAtTheFootOfOnePageOnly_Kept()
    {
        var pages = new[] { Page(1, ("ข้อ ๑ ให้ทุกกองถือปฏิบัติ", 1000), (Footer, 3300)), Page(2, ("ข้อ ๒ ให้รายงานผลทุกไตรมาส", 1000)) };

        var slice = new DocumentSlice(ContentUnit.Flatten(pages));

        Assert.Contains(Footer, slice.TextLines);
    }

    [Fact]
    public void TextLines_SameWordsInTheMiddleOfTwoPages_Kept()
    {
        const string repeated = "ให้หน่วยงานรายงานผลการดำเนินงานต่อศูนย์ปฏิบัติการต่อต้านการทุจริต";
        var pages = new[] { Page(1, (repeated, 1500)), Page(2, (repeated, 1500)) };

        var slice = new DocumentSlice(ContentUnit.Flatten(pages));

        Assert.Equal(2, slice.TextLines.Count(l => l == repeated));
    }
}
