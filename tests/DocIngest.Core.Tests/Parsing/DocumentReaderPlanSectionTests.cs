using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing;

/// <summary>
/// A plan's prose is cut into sections where a table stands between paragraphs (each strategy's paragraph over its own
/// table) and at a heading printed over its paragraph (fresh wordings and layouts, not a corpus file's).
/// </summary>
public class DocumentReaderPlanSectionTests
{
    private const int LineHeight = 62;

    private static PageBlock Lines(int top, params (string Text, int Left, int Width)[] lines) =>
        new TextBlock(lines.Select((l, i) => new TextLine(l.Text, new BoundingBox(l.Left, top + 75 * i, l.Width, LineHeight), 0.95)).ToList());

    private static PageBlock MeasureTable(int top, params string[] measures)
    {
        var rows = new[] { new[] { "ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา" } }
            .Concat(measures.Select((m, i) => new[] { $"{i + 1}", m, "กลุ่มงานบริหารทั่วไป", "ตลอดปีงบประมาณ" })).ToList();
        var cells = rows.SelectMany((row, r) => row.Select((text, c) =>
            new TableCell(r, c, 1, 1, [text], new BoundingBox(378 + 440 * c, top + 120 * r, 440, 120), 0.95))).ToList();
        return new TableBlock(new Table(rows.Count, 4, cells, new BoundingBox(378, top, 1760, 120 * rows.Count)));
    }

    private static PageContent Page(int number, params PageBlock[] blocks) => new(number, PageMethod.Ocr, blocks) { Width = 2525, Height = 3540 };

    [Fact]
    public void Read_TwoStrategyParagraphsEachOverItsTable_TwoBodySections()
    {
        var first = Page(1,
            Lines(400,
                ("กลยุทธ์ที่ ๑ ส่งเสริมให้บุคลากรทุกระดับยึดมั่นในความซื่อสัตย์สุจริตและรับผิดชอบต่อหน้าที่", 640, 1500),
                ("โดยจัดกิจกรรมเรียนรู้ร่วมกันและยกย่องผู้ปฏิบัติตนเป็นแบบอย่างที่ดีในหน่วยงานทุกแห่ง", 378, 1762)),
            MeasureTable(700, "จัดอบรมความรู้เรื่องผลประโยชน์ทับซ้อน", "จัดทำคู่มือการปฏิบัติงานที่โปร่งใส"));
        var second = Page(2,
            MeasureTable(300, "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์"),
            Lines(900,
                ("กลยุทธ์ที่ ๒ พัฒนาระบบการรับเรื่องร้องเรียนให้ประชาชนเข้าถึงได้ง่ายและติดตามผลได้", 640, 1500),
                ("ทุกขั้นตอน พร้อมทั้งคุ้มครองผู้ร้องเรียนและผู้ให้ข้อมูลอย่างเป็นธรรมตามระเบียบ", 378, 1762)),
            MeasureTable(1100, "เปิดช่องทางร้องเรียนออนไลน์และตู้รับเรื่อง"));

        var document = Assert.Single(Readers.ForPartA.Read([first, second]));

        Assert.Equal(DocumentKind.MeasurePlan, document.Kind);
        Assert.Collection(document.Sections,
            s => { Assert.Equal(SectionType.Body, s.Type); Assert.StartsWith("กลยุทธ์ที่ ๑", s.Text); Assert.DoesNotContain("กลยุทธ์ที่ ๒", s.Text); },
            s => { Assert.Equal(SectionType.Body, s.Type); Assert.StartsWith("กลยุทธ์ที่ ๒", s.Text); });
    }

    [Fact]
    public void Read_PlanExcerptOpeningOnHeadingsOverParagraphs_NoTitleAndOneSectionPerHeading()
    {
        var page = Page(1,
            Lines(400,
                ("เป้าหมายและตัวชี้วัด", 760, 380),
                ("โดยมีเป้าหมายให้หน่วยงานทุกแห่งผ่านเกณฑ์การประเมินคุณธรรมและความโปร่งใส", 755, 1380),
                ("ภายในปีงบประมาณ และบุคลากรร้อยละแปดสิบได้รับการอบรมเรื่องการป้องกันการทุจริต", 378, 1762),
                ("๒. ค่าเป้าหมาย", 757, 300),
                ("๒.๑ จำนวนหน่วยงานที่ผ่านเกณฑ์เพิ่มขึ้นร้อยละห้าต่อปีจากข้อมูลปีฐาน", 816, 1320),
                ("แนวทางการพัฒนา", 760, 340),
                ("ได้กำหนดเป็นสามแผนย่อย เพื่อให้การดำเนินการบรรลุวัตถุประสงค์ของแผนและสอดคล้อง", 755, 1385),
                ("กับแผนระดับสองที่เกี่ยวข้อง โดยมุ่งเน้นบทบาทของผู้นำองค์กรเป็นแบบอย่างที่ดี", 378, 1762)),
            MeasureTable(1200, "จัดอบรมความรู้เรื่องผลประโยชน์ทับซ้อน"));

        var document = Assert.Single(Readers.ForPartA.Read([page]));

        Assert.Null(document.Title);
        Assert.Collection(document.Sections,
            s =>
            {
                Assert.Equal("เป้าหมายและตัวชี้วัด", s.Heading);
                Assert.StartsWith("โดยมีเป้าหมาย", s.Text);
                // A numbered item is a list's line, no heading: it stays in its section.
                Assert.Contains("๒.๑ จำนวนหน่วยงาน", s.Text);
            },
            s => { Assert.Equal("แนวทางการพัฒนา", s.Heading); Assert.StartsWith("ได้กำหนดเป็นสามแผนย่อย", s.Text); });
    }

    [Fact]
    public void Read_ParagraphEndingOnAShortLineAtTheMargin_NoHeadingCut()
    {
        var page = Page(1,
            Lines(400,
                ("หน่วยงานได้จัดทำแผนนี้เพื่อส่งเสริมคุณธรรมและความโปร่งใสของบุคลากรทุกระดับ โดยมี", 640, 1500),
                ("การติดตามและรายงานผลการดำเนินงานต่อผู้บริหารเป็นประจำทุกไตรมาสของปีงบประมาณ", 378, 1762),
                ("อย่างต่อเนื่อง", 378, 300),
                ("ทั้งนี้ ให้ทุกกลุ่มงานนำมาตรการไปปฏิบัติและรายงานผลการดำเนินงานให้ทราบภายในกำหนด", 378, 1762)),
            MeasureTable(800, "จัดอบรมความรู้เรื่องผลประโยชน์ทับซ้อน"));

        var document = Assert.Single(Readers.ForPartA.Read([page]));

        var section = Assert.Single(document.Sections);
        Assert.Null(section.Heading);
        Assert.Contains("อย่างต่อเนื่อง", section.Text);
    }
    [Fact]
    public void Read_HeadingAtTheMarginOverAnIndentedParagraph_OpensASection()
    {
        var page = Page(1,
            Lines(400,
                ("กลยุทธ์ที่ ๕ ส่งเสริมการทำความดีที่เปิดโอกาสให้ผู้เข้าร่วมกิจกรรมได้แสดงออก", 648, 1528),
                ("ทั้งภายในและภายนอกหน่วยงาน และกิจกรรมด้านการอนุรักษ์ทรัพยากร", 913, 1266),
                ("ธรรมชาติและสิ่งแวดล้อม", 913, 431),
                ("แนวทางการพัฒนาตามกลยุทธ์สู่การปฏิบัติ", 413, 763),
                ("กลยุทธ์ที่ ๑ วางระบบรากฐานการส่งเสริมคุณธรรมของสถาบันการศึกษาในสังกัด", 648, 1528),
                ("สถาบันพระบรมราชชนก", 412, 421)),
            MeasureTable(1200, "จัดอบรมความรู้เรื่องผลประโยชน์ทับซ้อน"));

        var document = Assert.Single(Readers.ForPartA.Read([page]));

        var headed = Assert.Single(document.Sections, s => s.Heading is not null);
        Assert.Equal("แนวทางการพัฒนาตามกลยุทธ์สู่การปฏิบัติ", headed.Heading);
        Assert.StartsWith("กลยุทธ์ที่ ๑", headed.Text);
    }

    [Fact]
    public void Read_ShortLastLineOfAParagraphCarriedToTheNextPage_NoHeadingCut()
    {
        var first = Page(1,
            Lines(400,
                ("หน่วยงานได้จัดทำแผนนี้เพื่อส่งเสริมคุณธรรมและความโปร่งใสของบุคลากรทุกระดับ โดยมี", 640, 1500),
                ("การติดตามและรายงานผลการดำเนินงานต่อผู้บริหารเป็นประจำทุกไตรมาสของปีงบประมาณ", 378, 1762)),
            MeasureTable(800, "จัดอบรมความรู้เรื่องผลประโยชน์ทับซ้อน"));
        var second = Page(2,
            Lines(400,
                ("อย่างต่อเนื่องทุกปี", 378, 400),
                ("ทั้งนี้ ให้ทุกกลุ่มงานนำมาตรการไปปฏิบัติและรายงานผลการดำเนินงานให้ทราบ", 640, 1500),
                ("ภายในกำหนดเวลา เพื่อให้การดำเนินงานเป็นไปตามเป้าหมายของแผนปฏิบัติการ", 378, 1762)));

        var document = Assert.Single(Readers.ForPartA.Read([first, second]));

        Assert.All(document.Sections, s => Assert.Null(s.Heading));
    }
}
