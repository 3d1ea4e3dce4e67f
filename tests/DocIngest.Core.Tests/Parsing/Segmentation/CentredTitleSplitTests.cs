using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Segmentation;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

/// <summary>A form stapled behind a signed code opens with a centred title whose first word is no title word.</summary>
public class CentredTitleSplitTests
{
    private const int PageWidth = 2480, ColumnLeft = 300, ColumnWidth = 1880;

    /// <summary>A scanned page: (text, left, width) at successive rows, one block a line.</summary>
    private static PageContent Page(int number, params (string Text, int Left, int Width)[] lines) =>
        new(number, PageMethod.Ocr, lines.Select((l, i) =>
            (PageBlock)new TextBlock([new TextLine(l.Text, new BoundingBox(l.Left, 300 + 90 * i, l.Width, 60), 0.95)])).ToList())
        { Width = PageWidth, Height = 3508 };

    private static (string, int, int) Body(string text) => (text, ColumnLeft, ColumnWidth);

    private static (string, int, int) Centred(string text, int width) => (text, ColumnLeft + (ColumnWidth - width) / 2, width);

    private static readonly PageContent SignedCode = Page(1,
        Centred("ข้อกำหนดจริยธรรมพนักงานเทศบาลตำบลนาดี พ.ศ. ๒๕๖๖", 1300),
        Body("ข้อ ๑ พนักงานเทศบาลพึงปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต มีจิตสำนึกที่ดี และรับผิดชอบต่อหน้าที่"),
        Body("ข้อ ๒ พนักงานเทศบาลพึงยึดมั่นในหลักคุณธรรม จริยธรรม และถือประโยชน์ส่วนรวมเป็นที่ตั้ง เสมอ"),
        Centred("ประกาศ ณ วันที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๖", 700),
        Centred("(นายสมศักดิ์ ใจงาม", 450),
        Centred("นายกเทศมนตรีตำบลนาดี", 430));

    [Fact]
    public void Split_CentredTitleTopsThePageAfterASignedCode_FormIsADocumentOfItsOwn()
    {
        var form = Page(2,
            Centred("แบบคำขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของเทศบาลตำบลนาดี", 1400),
            Centred("ตามประกาศเทศบาลตำบลนาดี", 600),
            Body("ชื่อหน่วยงาน ........................................ วัน/เดือน/ปี ................................"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([SignedCode, form]));

        Assert.Equal(2, segments.Count);
        Assert.Equal((1, 1), (segments[0].Slice.PageStart, segments[0].Slice.PageEnd));
        Assert.Equal(2, segments[1].Slice.PageStart);
        Assert.Equal("แบบคำขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของเทศบาลตำบลนาดี", segments[1].Cue!.Title);
    }

    [Fact]
    public void Split_PageOpensWithABodyLineAfterASignedCode_NoNewDocument()
    {
        var more = Page(2,
            Body("แบบอย่างที่ดีของพนักงานเทศบาลคือการปฏิบัติตนตามข้อกำหนดนี้ และการรักษาภาพลักษณ์ของเทศบาล"),
            Body("ทั้งในเวลาราชการและนอกเวลาราชการ"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([SignedCode, more]));

        Assert.Single(segments);
    }

    [Fact]
    public void Split_CentredHeadingBeforeTheCodeIsClosed_MoreOfTheCode()
    {
        var open = Page(1,
            Centred("ข้อกำหนดจริยธรรมพนักงานเทศบาลตำบลนาดี พ.ศ. ๒๕๖๖", 1300),
            Body("ข้อ ๑ พนักงานเทศบาลพึงปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต มีจิตสำนึกที่ดี และรับผิดชอบต่อหน้าที่"));
        var heading = Page(2,
            Centred("หมวด ๒ การรักษาจริยธรรมของพนักงานเทศบาลตำบลนาดี", 1300),
            Body("ข้อ ๓ ให้ผู้บังคับบัญชาทุกระดับกำกับดูแลให้พนักงานเทศบาลปฏิบัติตามข้อกำหนดนี้โดยเคร่งครัด"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([open, heading]));

        Assert.Single(segments);
    }
}
