using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Segmentation;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

/// <summary>
/// A form stapled behind a signed code opens with a centred title whose first word is no title word; an attachment
/// whose centred title stands over a subject line of its own (เรื่อง …) opens a document behind an unsigned one too, and
/// so does a law's title centred under a gazette page's running head (behind a cover sheet); an instrument's word
/// opening a line elsewhere starts nothing.
/// </summary>
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

    /// <summary>A plan's last pages: its credits and back cover, closed by no signature.</summary>
    private static readonly PageContent Credits = Page(1,
        Centred("ผู้จัดทำ", 300),
        Body("๑. นางสาวสมใจ รักดี นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ"),
        Body("๒. นายสมชาย ใจดี นักทรัพยากรบุคคลปฏิบัติการ"),
        Body("๓. นางสาวสมหญิง มีสุข นักวิเคราะห์นโยบายและแผนปฏิบัติการ"));

    /// <summary>An attachment's page: a short centred title, its issuer, its date and its subject, then its list.</summary>
    private static PageContent Attachment(int number, string subject) => Page(number,
        Centred("บัญชีแนบท้ายประกาศ", 560),
        Centred("คณะกรรมการคัดเลือกบุคคลเพื่อเป็นพนักงานราชการทั่วไป", 1300),
        Centred("ลงวันที่ ๓ มีนาคม พ.ศ. ๒๕๖๗", 640),
        Centred("เรื่อง " + subject, 1200),
        Body("๑ นางสาวสมใจ รักดี"),
        Body("๒ นายสมชาย ใจดี"));

    [Fact]
    public void Split_CentredTitleOverItsSubjectAfterUnsignedPages_FormIsADocumentOfItsOwn()
    {
        var form = Page(2,
            Centred("แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน", 1400),
            Centred("ตามประกาศสำนักงานสาธารณสุขจังหวัด", 900),
            Centred("เรื่อง แนวทางการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน", 1500),
            Body("ชื่อหน่วยงาน : ศูนย์ปฏิบัติการต่อต้านการทุจริต"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([Credits, form]));

        Assert.Equal(2, segments.Count);
        Assert.Equal((1, 1), (segments[0].Slice.PageStart, segments[0].Slice.PageEnd));
        Assert.Equal(2, segments[1].Slice.PageStart);
        Assert.True(segments[1].Cue!.HasSubjectLine);
    }

    [Fact]
    public void Split_ShortCentredTitleOverItsSubjectOnTwoPages_EachAttachmentADocument()
    {
        var pages = new[] { SignedCode, Attachment(2, "รายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือก ตำแหน่งนักวิชาการ"),
            Attachment(3, "รายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือก ตำแหน่งเจ้าพนักงาน") };

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten(pages));

        Assert.Equal([(1, 1), (2, 2), (3, 3)], segments.Select(s => (s.Slice.PageStart, s.Slice.PageEnd)));
    }

    [Fact]
    public void Split_CentredHeadingOverANumberedTopicAfterUnsignedPages_MoreOfTheDocument()
    {
        // เรื่องที่ ๒ numbers a topic of the handbook; it is no subject line.
        var chapter = Page(2,
            Centred("บทที่ ๒ กระบวนการจัดการเรื่องร้องเรียน", 900),
            Body("เรื่องที่ ๒ การรับเรื่องร้องเรียนผ่านช่องทางต่าง ๆ ของหน่วยงาน"),
            Body("หน่วยงานรับเรื่องร้องเรียนทางโทรศัพท์ ทางเว็บไซต์ และทางหนังสือ แล้วบันทึกลงทะเบียนรับเรื่อง"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([Credits, chapter]));

        Assert.Single(segments);
    }

    [Fact]
    public void Split_SubjectLineUnderABodyLineAfterUnsignedPages_MoreOfTheDocument()
    {
        var more = Page(2,
            Body("ผู้รับผิดชอบการให้ข้อมูลและผู้อนุมัติรับรองของหน่วยงานตามแนวทางที่กำหนดไว้"),
            Body("เรื่อง การเผยแพร่ข้อมูลต่อสาธารณะ ให้เป็นไปตามแนวทางที่กำหนด"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([Credits, more]));

        Assert.Single(segments);
    }

    /// <summary>A unit's cover sheet over the law it lists: titled, unsigned.</summary>
    private static readonly PageContent Cover = Page(1,
        Centred("กฎหมายที่เกี่ยวข้องกับการปฏิบัติงานของหน่วยงาน", 1300),
        Centred("โรงพยาบาลนาดี ประจำปีงบประมาณ ๒๕๖๗", 900),
        Centred("คลังความรู้เกี่ยวกับกฎหมาย", 700));

    [Fact]
    public void Split_ActTitleUnderAGazetteHeadAfterACover_ActIsADocumentOfItsOwn()
    {
        var act = Page(2,
            Centred("หน้า ๑๒", 200),
            Body("เล่ม ๑๓๐ ตอนที่ ๔๑ ก ราชกิจจานุเบกษา ๒ พฤษภาคม ๒๕๕๖"),
            Centred("พระราชบัญญัติ", 400),
            Centred("ควบคุมโรคระบาดในสัตว์", 600),
            Centred("พ.ศ. ๒๕๕๖", 300),
            Body("มาตรา ๑ พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติควบคุมโรคระบาดในสัตว์ พ.ศ. ๒๕๕๖"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([Cover, act]));

        Assert.Equal(2, segments.Count);
        Assert.Equal((1, 1), (segments[0].Slice.PageStart, segments[0].Slice.PageEnd));
        Assert.Equal(2, segments[1].Slice.PageStart);
        Assert.StartsWith("พระราชบัญญัติ", segments[1].Cue!.Title);
    }

    [Fact]
    public void Split_InstrumentWordCentredAtAPageTopWithoutAGazetteHead_MoreOfTheDocument()
    {
        // Behind an unsigned page a centred ระเบียบ… heading is more of the handbook, not a regulation of its own.
        var more = Page(2,
            Centred("ระเบียบการรับเรื่องร้องเรียนของโรงพยาบาล", 1000),
            Body("ผู้ร้องเรียนแจ้งเรื่องได้ทางโทรศัพท์ ทางเว็บไซต์ และทางหนังสือ แล้วเจ้าหน้าที่บันทึกลงทะเบียนรับเรื่อง"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([Cover, more]));

        Assert.Single(segments);
    }

    [Fact]
    public void Split_LaterGazettePageCitingTheAct_MoreOfTheAct()
    {
        var first = Page(1,
            Body("เล่ม ๑๓๐ ตอนที่ ๔๑ ก ราชกิจจานุเบกษา ๒ พฤษภาคม ๒๕๕๖"),
            Centred("พระราชบัญญัติ", 400),
            Centred("ควบคุมโรคระบาดในสัตว์", 600),
            Body("มาตรา ๑ พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติควบคุมโรคระบาดในสัตว์ พ.ศ. ๒๕๕๖"));
        var later = Page(2,
            Centred("หน้า ๑๓", 200),
            Body("เล่ม ๑๓๐ ตอนที่ ๔๑ ก ราชกิจจานุเบกษา ๒ พฤษภาคม ๒๕๕๖"),
            Body("พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศในราชกิจจานุเบกษาเป็นต้นไป"));

        var segments = new DocumentSegmenter().Split(ContentUnit.Flatten([first, later]));

        Assert.Single(segments);
    }
}
