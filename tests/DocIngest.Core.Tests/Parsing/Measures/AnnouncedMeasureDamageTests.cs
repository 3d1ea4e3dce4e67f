using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Measures;
using DocIngest.Core.Tests.TestSupport;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>Numbered measures of announcements as OCR reads them (texts written for these tests).</summary>
public class AnnouncedMeasureDamageTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_FirstMarkerMisreadAndFieldsSharingALine_ThreeMeasuresWithUnitsAndPeriods()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลนาแกจึงกำหนดมาตรการ ดังนี้",
            "9. มาตรการตรวจสอบราคากลางก่อนการจัดซื้อ",
            "๑) จัดทำราคากลางทุกโครงการ",
            "ผู้รับผิดชอบ งานพัสดุ ระยะเวลา ตุลาคม - ธันวาคม ๒๕๖๗",
            "๒. มาตรการเปิดเผยผลการจัดซื้อจัดจ้าง",
            "๑) ประกาศผลบนเว็บไซต์ภายในสามวัน",
            "ผู้รับผิดชอบ งานบริหารทั่วไป ระยะเวลา มกราคม - มีนาคม ๒๕๖๘",
            "๓. มาตรการรับแจ้งเบาะแส",
            "๑) เปิดตู้รับเรื่องหน้าโรงพยาบาล",
            "ผู้รับผิดชอบ งานประกันสุขภาพ ระยะเวลา เมษายน - มิถุนายน ๒๕๖๘",
            "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการตรวจสอบราคากลางก่อนการจัดซื้อ", measures[0].Title);
        Assert.Equal(["งานพัสดุ"], measures[0].Responsible);
        Assert.Equal(("2024-10-01", "2024-12-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["เปิดตู้รับเรื่องหน้าโรงพยาบาล"], measures[2].Steps);
        Assert.Equal(["งานประกันสุขภาพ"], measures[2].Responsible);
    }

    [Fact]
    public void Parse_EffectiveDateFormulaAfterTheLastStep_NotAStep()
    {
        var page = Page(1, TextLines(
            "สำนักงานสาธารณสุขอำเภอนาแกจึงกำหนดมาตรการ ดังต่อไปนี้",
            "(๑) มาตรการประชาสัมพันธ์ช่องทางร้องเรียน",
            "- ติดป้ายประกาศทุกอาคาร",
            "(๒) มาตรการอบรมบุคลากรเรื่องการรับสินบน",
            "- จัดอบรมปีละครั้ง",
            "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(["จัดอบรมปีละครั้ง"], measures[1].Steps);
    }

    [Fact]
    public void Read_AnnouncementWithNumberedMeasures_BodySectionWithoutTheMeasures()
    {
        var documents = Readers.Default.Read(Readers.Pages(
            "ประกาศโรงพยาบาลนาแก\nเรื่อง มาตรการป้องกันการรับสินบน\n\n" +
            "เพื่อให้การปฏิบัติงานของโรงพยาบาลนาแกโปร่งใส จึงกำหนดมาตรการ ดังนี้\n" +
            "๑. มาตรการไม่รับของขวัญจากผู้มาติดต่อราชการ\nผู้รับผิดชอบ งานบริหารทั่วไป ระยะเวลา ตุลาคม - ธันวาคม ๒๕๖๗\n" +
            "๒. มาตรการรับแจ้งเบาะแสการเรียกรับสินบน\nผู้รับผิดชอบ งานพัสดุ ระยะเวลา มกราคม - มีนาคม ๒๕๖๘\n" +
            "จึงประกาศให้ทราบโดยทั่วกัน\n\nประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗\n\n(นายสมพงษ์ ศรีทอง)\nผู้อำนวยการโรงพยาบาลนาแก"));

        var document = Assert.Single(documents);
        Assert.Equal(DocumentKind.Announcement, document.Kind);
        Assert.Equal(2, document.Measures.Count);
        var body = Assert.Single(document.Sections);
        Assert.DoesNotContain("มาตรการไม่รับของขวัญ", body.Text);
        Assert.Contains("จึงกำหนดมาตรการ ดังนี้", body.Text);
    }
}
