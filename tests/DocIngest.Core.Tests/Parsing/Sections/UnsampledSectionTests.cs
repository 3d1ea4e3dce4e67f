using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Sections;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Sections;

/// <summary>Memo bodies whose headings are worded, numbered or placed otherwise than in the samples, or absent.</summary>
public class UnsampledSectionTests
{
    private static List<BodyLine> Lines(params string[] paragraphs) =>
        paragraphs.SelectMany((p, i) => p.Split('\n').Select(l => new BodyLine(l, i))).ToList();

    [Fact]
    public void Parse_NumberedAndInlineHeadings_TypedByTheirHeadings()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Lines(
            "๑. เรื่องเดิม ตามที่สำนักงานได้รับงบประมาณเพื่อจัดซื้อครุภัณฑ์สำนักงาน นั้น",
            "๒. ข้อเท็จจริง\nงานพัสดุได้ดำเนินการสืบราคาจากผู้ขายสามราย",
            "๓. ข้อกฎหมายที่เกี่ยวข้อง\nพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มาตรา ๕๖",
            "๔. ข้อเสนอเพื่อโปรดพิจารณา\nเห็นควรอนุมัติให้จัดซื้อโดยวิธีเฉพาะเจาะจง",
            "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ"));

        Assert.Equal([SectionType.Background, SectionType.Facts, SectionType.Legal, SectionType.Proposal, SectionType.Closing], sections.Select(s => s.Type));
        Assert.StartsWith("ตามที่สำนักงาน", sections[0].Text);
        Assert.Equal("ข้อเสนอเพื่อโปรดพิจารณา", sections[3].Heading);
    }

    [Theory]
    [InlineData("ประเด็นพิจารณา", SectionType.Considerations)]
    [InlineData("ผลการดำเนินงาน", SectionType.Facts)]
    [InlineData("เหตุผลความจำเป็น", SectionType.Background)]
    [InlineData("๒. สาระสำคัญ", SectionType.Facts)]
    public void Match_OtherHeadingAloneOnItsLine_ItsType(string line, SectionType type) =>
        Assert.Equal(type, SectionHeadings.Match(line)?.Type);

    [Theory]
    [InlineData("ผลการดำเนินงาน ปรากฏว่าเป็นไปตามแผนทุกโครงการ")]
    [InlineData("สาระสำคัญของร่างระเบียบ")]
    public void Match_SentenceOpeningWithAHeadingWord_NoHeading(string line) =>
        Assert.Null(SectionHeadings.Match(line));

    [Fact]
    public void Parse_MemoWithoutHeadings_ParagraphsTypedByTheClassifier()
    {
        var sections = new SectionParser(Readers.SectionClassifier).Parse(Lines(
            "ตามที่ เทศบาลตำบลทุ่งใหญ่ ได้ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง นั้น",
            "บัดนี้ คณะกรรมการได้ดำเนินการคัดเลือกเสร็จเรียบร้อยแล้ว ปรากฏผลตามบัญชีรายชื่อที่แนบ",
            "จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Equal(3, sections.Count);
        Assert.Equal(SectionType.Background, sections[0].Type);
        Assert.Equal(SectionType.Closing, sections[2].Type);
        Assert.All(sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void Read_Order_NoMemoSectionsOnlyItsBody()
    {
        var doc = Assert.Single(Readers.Read(
            "คำสั่งองค์การบริหารส่วนตำบลดอนมะนาว\nที่ ๔๕/๒๕๖๗\nเรื่อง แต่งตั้งเจ้าหน้าที่ผู้รับผิดชอบการเผยแพร่ข้อมูลต่อสาธารณะ\n****************\n\n" +
            "ตามที่ องค์การบริหารส่วนตำบลดอนมะนาว ได้เข้ารับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ นั้น " +
            "เพื่อให้การเผยแพร่ข้อมูลเป็นไปอย่างต่อเนื่อง จึงแต่งตั้งเจ้าหน้าที่ดังต่อไปนี้\n" +
            "๑. นางสาวมาลี ใจงาม นักวิชาการคอมพิวเตอร์ ผู้รับผิดชอบหลัก\n\n" +
            "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป\n\nสั่ง ณ วันที่ ๕ ตุลาคม พ.ศ. ๒๕๖๖\n\n(นายบุญมา ศรีทอง)\nนายกองค์การบริหารส่วนตำบลดอนมะนาว"));

        Assert.Equal(DocumentKind.Order, doc.Kind);
        Assert.All(doc.Sections, s => Assert.Equal(SectionType.Body, s.Type));
        Assert.DoesNotContain(doc.Sections, s => s.Text.Contains("มาลี"));
    }
}
