using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = DocIngest.Core.Extraction.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using static DocIngest.Pipeline.Tests.TestSupport.TestDocx;

namespace DocIngest.Pipeline.Tests.Loading.Docx;

/// <summary>
/// Word documents loaded and read by the production reader: signatures set the ways Word users set them (indented
/// with tabs, name and position in one paragraph, a borderless table) and measures written as numbered paragraphs.
/// </summary>
public class DocxReadingTests
{
    private static readonly Lazy<DocumentReader> Reader = new(() => new DocumentReader(DefaultEngines.LoadModels(new ExtractionOptions()), new MeasureTableParser().Parse));

    private static IReadOnlyList<Document> Read(byte[] docx) =>
        Reader.Value.Read(new DocxLoader(new ExtractionOptions()).Load(new SourceFile("test.docx", docx), CancellationToken.None)
            .Pages.Select(p => Assert.IsType<ContentSourcePage>(p).Content).ToList());

    /// <summary>A paragraph with tabs before it and line breaks inside, as Word users type a signature block.</summary>
    private static Paragraph TabbedLines(params string[] lines)
    {
        var run = new Run(new TabChar(), new TabChar(), new TabChar());
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        }
        return new Paragraph(run);
    }

    [Fact]
    public void Read_MemoSignedInTabbedParagraphs_SignerAndActingPosition()
    {
        var docx = Build(
            Paragraph("บันทึกข้อความ"),
            Paragraph("ส่วนราชการ  กองคลัง องค์การบริหารส่วนตำบลนาคู  โทร. ๐ ๔๓๘๖ ๑๒๓๔"),
            Paragraph("ที่  กค ๗๘๑๐๑/๒๓๔          วันที่  ๑๕  มีนาคม  ๒๕๖๘"),
            Paragraph("เรื่อง  รายงานผลการเบิกจ่ายงบประมาณ ไตรมาสที่ ๒"),
            Paragraph("เรียน  นายกองค์การบริหารส่วนตำบลนาคู"),
            Paragraph("\tตามที่ กองคลังได้รับมอบหมายให้รายงานผลการเบิกจ่ายงบประมาณเป็นรายไตรมาส นั้น"),
            Paragraph("\tจึงเรียนมาเพื่อโปรดทราบ"),
            TabbedLines("(นางสาวศิริพร แก้วมณี)", "ผู้อำนวยการกองคลัง"),
            TabbedLines("(นายธนา บุญยืน)", "ปลัดองค์การบริหารส่วนตำบล", "รักษาการในตำแหน่ง", "นายกองค์การบริหารส่วนตำบลนาคู"));

        var doc = Assert.Single(Read(docx));

        Assert.Equal(DocumentKind.Memo, doc.Kind);
        Assert.Equal(
            [new Person("นางสาวศิริพร แก้วมณี", "ผู้อำนวยการกองคลัง"),
             new Person("นายธนา บุญยืน", "ปลัดองค์การบริหารส่วนตำบล รักษาการในตำแหน่ง นายกองค์การบริหารส่วนตำบลนาคู")],
            doc.Signatures);
    }

    [Fact]
    public void Read_AnnouncementWithNumberedMeasuresAndSignatureTable_MeasuresAndSigner()
    {
        var docx = Build(
            Paragraph("ประกาศองค์การบริหารส่วนตำบลนาคู"),
            Paragraph("เรื่อง มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
            Paragraph("\tองค์การบริหารส่วนตำบลนาคูจึงกำหนดมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง ดังนี้"),
            Paragraph("\t๑. เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีทางเว็บไซต์ โดยให้กองคลังเป็นผู้รับผิดชอบ ภายในเดือนตุลาคม ๒๕๖๗"),
            Paragraph("\t๒. จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน ผู้รับผิดชอบ งานพัสดุ ระยะเวลา ตลอดปีงบประมาณ"),
            Paragraph("\tจึงประกาศให้ทราบโดยทั่วกัน"),
            Paragraph("\t\tประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗"),
            Table(1, Row(Cell(["(นายธนา บุญยืน)", "ปลัดองค์การบริหารส่วนตำบล ปฏิบัติราชการแทน", "นายกองค์การบริหารส่วนตำบลนาคู"]))));

        var doc = Assert.Single(Read(docx));

        Assert.Equal(DocumentKind.Announcement, doc.Kind);
        Assert.Equal(["เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีทางเว็บไซต์", "จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน"], doc.Measures.Select(m => m.Title));
        Assert.Equal(["กองคลัง"], doc.Measures[0].Responsible);
        Assert.Equal(("2024-10-01", "2024-10-31"), (doc.Measures[0].Period?.Start, doc.Measures[0].Period?.End));
        Assert.Equal(["งานพัสดุ"], doc.Measures[1].Responsible);
        Assert.Equal(("2024-10-01", "2025-09-30"), (doc.Measures[1].Period?.Start, doc.Measures[1].Period?.End));
        Assert.Equal(new Person("นายธนา บุญยืน", "ปลัดองค์การบริหารส่วนตำบล ปฏิบัติราชการแทน นายกองค์การบริหารส่วนตำบลนาคู"), Assert.Single(doc.Signatures));
    }

    [Fact]
    public void Read_AnnouncementWhoseMeasuresWordNumbers_MeasuresRead()
    {
        var numbering = Lists((0, [ListLevel(0, NumberFormatValues.ThaiNumbers, "%1.")]));
        var docx = BuildWithNumbering(numbering, null,
            Paragraph("ประกาศองค์การบริหารส่วนตำบลนาคู"),
            Paragraph("เรื่อง มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"),
            Paragraph("\tองค์การบริหารส่วนตำบลนาคูจึงกำหนดมาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง ดังนี้"),
            Numbered(1, 0, "เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีทางเว็บไซต์ โดยให้กองคลังเป็นผู้รับผิดชอบ ภายในเดือนตุลาคม ๒๕๖๗"),
            Numbered(1, 0, "จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน ผู้รับผิดชอบ งานพัสดุ ระยะเวลา ตลอดปีงบประมาณ"),
            Paragraph("\tจึงประกาศให้ทราบโดยทั่วกัน"),
            Paragraph("\t\tประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗"));

        var doc = Assert.Single(Read(docx));

        Assert.Equal(["เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีทางเว็บไซต์", "จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน"], doc.Measures.Select(m => m.Title));
        Assert.Equal(["กองคลัง"], doc.Measures[0].Responsible);
    }
}
