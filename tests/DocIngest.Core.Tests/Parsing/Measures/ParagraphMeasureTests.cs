using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Core.Tests.TestSupport;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Measures written as numbered paragraphs (announcements, memos) rather than table rows. The texts are written for
/// these tests in the wordings real announcements use, not taken from the samples.
/// </summary>
public class ParagraphMeasureTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_AnnouncedPlainList_EachParagraphAMeasureWithWrappedLinesJoined()
    {
        var page = Page(1, TextLines(
            "สำนักงานสาธารณสุขอำเภอนาแก จึงได้กำหนดมาตรการป้องกันการรับสินบน",
            "เพื่อให้บุคลากรถือปฏิบัติ ดังต่อไปนี้",
            "๑.ห้ามเจ้าหน้าที่รับของขวัญหรือประโยชน์อื่นใดจากผู้มาติดต่อราชการ",
            "ทุกกรณี",
            "๒.จัดช่องทางรับแจ้งเบาะแสการเรียกรับสินบน โดยให้งานบริหารทั่วไปเป็นผู้รับผิดชอบ",
            "๓.รายงานผลการดำเนินงานต่อผู้บังคับบัญชา ภายในเดือนกันยายน ๒๕๖๗",
            "/๔.ให้ทบทวน...",
            "๔.ให้ทบทวนมาตรการนี้ทุกปี",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3, 4], measures.Select(m => m.Number!.Value));
        Assert.Equal("ห้ามเจ้าหน้าที่รับของขวัญหรือประโยชน์อื่นใดจากผู้มาติดต่อราชการทุกกรณี", measures[0].Title);
        Assert.Equal("จัดช่องทางรับแจ้งเบาะแสการเรียกรับสินบน", measures[1].Title);
        Assert.Equal(["งานบริหารทั่วไป"], measures[1].Responsible);
        Assert.Equal("รายงานผลการดำเนินงานต่อผู้บังคับบัญชา", measures[2].Title);
        Assert.Equal(("2024-09-01", "2024-09-30"), (measures[2].Period?.Start, measures[2].Period?.End));
        Assert.Equal("ให้ทบทวนมาตรการนี้ทุกปี", measures[3].Title);
    }

    [Fact]
    public void Parse_IntroductionWithToneMarkMisread_ListStillAnnounced()
    {
        // As OCR read a phone photo of a real announcement: ดังต่อไปนี้ came out as ดังต่อไปนี่.
        var page = Page(1, TextLines(
            "โรงพยาบาลบ้านนา จึงได้มีการกำหนดมาตรการป้องกันการทุจริตขึ้น",
            "เพื่อเป็นการกำชับให้ผู้ปฏิบัติได้ถือปฏิบัติ ดังต่อไปนี่",
            "๑.จัดทำแผนจัดซื้อจัดจ้างประจำปี และเผยแพร่ให้ทราบโดยทั่วกัน",
            "๒.ห้ามแบ่งซื้อแบ่งจ้างเพื่อให้วงเงินต่ำกว่าเกณฑ์",
            "ซ.ให้มีการกำหนดราคากลางในงานก่อสร้างที่เป็นปัจจุบัน",
            "๔.ให้ตรวจรับพัสดุให้ครบถ้วนถูกต้องตามสัญญา"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        // The third item's ๓ was read as ซ: between ๒ and ๔ it is still the third measure.
        Assert.Equal([1, 2, 3, 4], measures.Select(m => m.Number!.Value));
        Assert.Equal("ให้มีการกำหนดราคากลางในงานก่อสร้างที่เป็นปัจจุบัน", measures[2].Title);
    }

    [Fact]
    public void Parse_NumberedListWithoutMeasureIntroduction_NoMeasures()
    {
        var page = Page(1, TextLines(
            "โดยแยกตามวิธีการจัดซื้อจัดจ้าง ดังนี้",
            "๑.วิธีเฉพาะเจาะจง จำนวน ๖ โครงการ",
            "๒.วิธีคัดเลือก จำนวน ๒ โครงการ"));

        Assert.Empty(TextMeasureParser.Parse([page], 2566, warnings));
    }

    [Fact]
    public void Parse_MemoMeasureParagraphsWithInlineFields_FieldsLeaveTheTitle()
    {
        // One paragraph per measure, as Word keeps them: the fields are labelled inside the sentence.
        var page = DocxPage(1, TextLines(
            "จึงขอเสนอมาตรการส่งเสริมความโปร่งใส ดังนี้",
            "๑. มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง ขั้นตอนการดำเนินการ จัดทำรายงานสรุปผลการจัดซื้อรายเดือนและเผยแพร่ทางเว็บไซต์ ผู้รับผิดชอบ กองคลัง ระยะเวลา ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘",
            "๒. มาตรการรับฟังความคิดเห็นของประชาชน ผู้รับผิดชอบ: สำนักปลัด ระยะเวลาดำเนินการ: ไตรมาสที่ ๒"));

        var measures = new MeasureTableParser().Parse([page], 2568, warnings);

        Assert.Equal(["มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "มาตรการรับฟังความคิดเห็นของประชาชน"], measures.Select(m => m.Title));
        Assert.Equal(["กองคลัง"], measures[0].Responsible);
        Assert.Equal(("2024-10-01", "2025-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.StartsWith("จัดทำรายงานสรุปผล", Assert.Single(measures[0].Steps));
        Assert.Equal(["สำนักปลัด"], measures[1].Responsible);
        Assert.Equal("2025-01-01", measures[1].Period?.Start);
    }

    [Fact]
    public void Parse_ListItemWithSubItems_SubItemsAreSteps()
    {
        var page = Page(1, TextLines(
            "องค์การบริหารส่วนตำบลโพนทอง กำหนดมาตรการจัดการเรื่องร้องเรียน ดังนี้",
            "๑. มาตรการรับเรื่องร้องเรียนการทุจริต",
            "๑) จัดตั้งศูนย์รับเรื่องร้องเรียน",
            "๒) เผยแพร่ช่องทางการร้องเรียนทางเว็บไซต์",
            "๒. มาตรการติดตามผลการจัดการเรื่องร้องเรียน",
            "๑) รายงานผลต่อนายกองค์การบริหารส่วนตำบลทุกไตรมาส"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal(["มาตรการรับเรื่องร้องเรียนการทุจริต", "มาตรการติดตามผลการจัดการเรื่องร้องเรียน"], measures.Select(m => m.Title));
        Assert.Equal(["จัดตั้งศูนย์รับเรื่องร้องเรียน", "เผยแพร่ช่องทางการร้องเรียนทางเว็บไซต์"], measures[0].Steps);
        Assert.Equal(["รายงานผลต่อนายกองค์การบริหารส่วนตำบลทุกไตรมาส"], measures[1].Steps);
    }

    [Fact]
    public void Read_AnnouncementSettingMeasures_MeasuresStoredOnTheAnnouncement()
    {
        var doc = Assert.Single(Readers.Default.Read(SeedPages.FromText(
            "ประกาศเทศบาลตำบลหนองบัว\nเรื่อง มาตรการป้องกันผลประโยชน์ทับซ้อน\n****************\n\n" +
            "เทศบาลตำบลหนองบัวจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อนไว้ ดังนี้\n" +
            "(๑) ให้บุคลากรจัดทำแบบแสดงความไม่มีส่วนได้เสียก่อนการจัดซื้อจัดจ้างทุกครั้ง\n" +
            "(๒) ให้หัวหน้าส่วนราชการกำกับดูแลการใช้ทรัพย์สินของราชการ โดยให้กองคลังเป็นผู้รับผิดชอบ\n\n" +
            "จึงประกาศให้ทราบโดยทั่วกัน\n\nประกาศ ณ วันที่ ๓ ตุลาคม พ.ศ. ๒๕๖๗\n\n(นายวิชัย ศรีสุข)\nนายกเทศมนตรีตำบลหนองบัว")));

        Assert.Equal(DocumentKind.Announcement, doc.Kind);
        Assert.Equal(2, doc.Measures.Count);
        Assert.Equal(["กองคลัง"], doc.Measures[1].Responsible);
        Assert.DoesNotContain(doc.Sections, s => s.Type != SectionType.Body);
    }

    [Fact]
    public void Read_MemoProposingMeasuresWithFieldLines_MemoWithMeasuresAndSections()
    {
        var doc = Assert.Single(Readers.Default.Read(SeedPages.FromText(
            "บันทึกข้อความ\nส่วนราชการ สำนักปลัด องค์การบริหารส่วนตำบลหนองแสง โทร. ๐ ๔๒๑๒ ๓๔๕๖\n" +
            "ที่ อด ๗๖๔๐๑/๕๖ วันที่ ๑๘ พฤศจิกายน ๒๕๖๗\nเรื่อง ขอเสนอมาตรการยกระดับผลการประเมินคุณธรรมและความโปร่งใส\n" +
            "เรียน นายกองค์การบริหารส่วนตำบลหนองแสง\n\n" +
            "ตามที่ องค์การบริหารส่วนตำบลหนองแสงได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ แล้ว นั้น\n\n" +
            "สำนักปลัดจึงขอเสนอมาตรการเพื่อยกระดับผลการประเมิน ดังนี้\n" +
            "๑. มาตรการเปิดเผยข้อมูลข่าวสารของหน่วยงาน\nขั้นตอน: ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบันทุกเดือน\nผู้รับผิดชอบ: สำนักปลัด\nระยะเวลา: ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘\n" +
            "๒. มาตรการป้องกันการรับสินบน\nขั้นตอน: จัดทำประกาศเจตนารมณ์และเผยแพร่ให้บุคลากรทราบ\nผู้รับผิดชอบ: กองคลัง\nระยะเวลา: ไตรมาสที่ ๑ ปีงบประมาณ ๒๕๖๘\n\n" +
            "จึงเรียนมาเพื่อโปรดพิจารณา\n\n(นางสาวสุนิสา ใจดี)\nหัวหน้าสำนักปลัด")));

        Assert.Equal(DocumentKind.Memo, doc.Kind);
        Assert.Equal(["มาตรการเปิดเผยข้อมูลข่าวสารของหน่วยงาน", "มาตรการป้องกันการรับสินบน"], doc.Measures.Select(m => m.Title));
        Assert.Equal(["กองคลัง"], doc.Measures[1].Responsible);
        Assert.Equal("2024-10-01", doc.Measures[1].Period?.Start);
        Assert.Contains(doc.Sections, s => s.Type == SectionType.Closing);
    }

    [Fact]
    public void Read_OrderWithNumberedDuties_NoMeasures()
    {
        var doc = Assert.Single(Readers.Default.Read(SeedPages.FromText(
            "คำสั่งเทศบาลตำบลหนองบัว\nที่ ๑๒/๒๕๖๗\nเรื่อง แต่งตั้งคณะทำงานจัดทำมาตรการป้องกันการทุจริต\n****************\n\n" +
            "เพื่อให้การจัดทำมาตรการเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน มีหน้าที่ดังนี้\n" +
            "๑. จัดทำมาตรการป้องกันการทุจริตของหน่วยงาน\n๒. ติดตามผลการดำเนินงานตามมาตรการ\n\n" +
            "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป\n\nสั่ง ณ วันที่ ๓ ตุลาคม พ.ศ. ๒๕๖๖\n\n(นายวิชัย ศรีสุข)\nนายกเทศมนตรีตำบลหนองบัว")));

        Assert.Equal(DocumentKind.Order, doc.Kind);
        Assert.Empty(doc.Measures);
    }
}
