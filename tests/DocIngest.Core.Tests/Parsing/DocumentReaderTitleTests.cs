using DocIngest.Core.Content;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing;

/// <summary>Without a title cue, the first line is the title unless it opens a paragraph.</summary>
public class DocumentReaderTitleTests
{
    private static PageContent Page(params (string Text, int Left, int Width)[][] blocks) =>
        new(1, PageMethod.Ocr, blocks.Select((lines, b) => (PageBlock)new TextBlock(lines.Select((l, i) =>
            new TextLine(l.Text, new BoundingBox(l.Left, 1000 + 400 * b + 75 * i, l.Width, 62), 0.95)).ToList())).ToList())
        { Width = 2525, Height = 3540 };

    [Fact]
    public void Read_ExcerptOpensOnAParagraphWithItsFirstWordsGarbled_NoTitle()
    {
        var page = Page([
            ("Aa8nsn ๒ ขับเคลื่อนหน่วยงานในสังกัดให้เป็นองค์กรคุณธรรมต้นแบบ ด้วยการนำ", 640, 1500),
            ("คุณธรรม ๕ ประการ ได้แก่ พอเพียง วินัย สุจริต จิตอาสา กตัญญู มาเป็นคุณค่าหลัก", 378, 1762),
            ("ในการดำเนินชีวิต", 378, 380),
        ]);

        var document = Assert.Single(Readers.ForPartA.Read([page]));

        Assert.Null(document.Title);
    }

    [Fact]
    public void Read_CentredHeadingAboveAParagraph_HeadingIsTheTitle()
    {
        var page = Page(
            [("รายละเอียดโครงการส่งเสริมจริยธรรมของหน่วยงาน", 860, 800)],
            [
                ("หน่วยงานในสังกัดจัดกิจกรรมส่งเสริมคุณธรรมอย่างต่อเนื่อง โดยให้บุคลากรทุกคน", 640, 1500),
                ("มีส่วนร่วมในการวางแผนและติดตามผลการดำเนินงานตลอดปีงบประมาณ", 378, 1762),
            ]);

        var document = Assert.Single(Readers.ForPartA.Read([page]));

        Assert.Equal("รายละเอียดโครงการส่งเสริมจริยธรรมของหน่วยงาน", document.Title);
    }
}
