using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Announcements in the measures sweep's wider grammar: items that open with ห้าม / ให้ / จัดให้มี rather than มาตรการ,
/// and introductions without the ดังนี้ lead. Texts written for these tests.
/// </summary>
public class WiderAnnouncementTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_FewItemsOpenWithTheMeasureWord_WholeAnnouncedListRead()
    {
        // Items ๑ and ๔ open with มาตรการ, the others with ห้าม / ให้ / จัดให้มี: all five are the list.
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ดังนี้",
            "๑. มาตรการกำกับการใช้รถราชการและน้ำมันเชื้อเพลิง",
            "๒. ห้ามบุคลากรรับของขวัญจากผู้มาติดต่อราชการ",
            "๓. ให้เจ้าหน้าที่พัสดุเปิดเผยราคากลางทุกครั้ง",
            "๔. มาตรการรับเรื่องร้องเรียนการทุจริตทางเว็บไซต์",
            "๕. จัดให้มีคู่มือการปฏิบัติงานเผยแพร่ต่อสาธารณะ",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3, 4, 5], measures.Select(m => m.Number!.Value));
        Assert.Equal("ห้ามบุคลากรรับของขวัญจากผู้มาติดต่อราชการ", measures[1].Title);
        Assert.Equal("มาตรการรับเรื่องร้องเรียนการทุจริตทางเว็บไซต์", measures[3].Title);
    }

    [Fact]
    public void Parse_IntroductionWithoutListLead_NumberedItemsAreMeasures()
    {
        var page = Page(1, TextLines(
            "เพื่อให้การปฏิบัติงานเป็นไปด้วยความโปร่งใส เทศบาลตำบลจึงกำหนดมาตรการป้องกันการทุจริต",
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ เพื่อให้บุคลากรทุกคนถือปฏิบัติโดยเคร่งครัด",
            "(๑) ห้ามใช้รถราชการไปในกิจธุระส่วนตัวโดยเด็ดขาด",
            "ผู้รับผิดชอบ งานพัสดุ",
            "(๒) ให้หัวหน้ากลุ่มงานกำกับดูแลการลงเวลาปฏิบัติราชการ",
            "ผู้รับผิดชอบ กลุ่มงานบริหารทั่วไป",
            "(๓) จัดให้มีช่องทางรับเรื่องร้องเรียนทางโทรศัพท์และเว็บไซต์",
            "ผู้รับผิดชอบ งานนิติการ",
            "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("ห้ามใช้รถราชการไปในกิจธุระส่วนตัวโดยเด็ดขาด", measures[0].Title);
        Assert.Equal(["งานนิติการ"], measures[2].Responsible);
    }

    [Fact]
    public void Parse_TwoNumberedLinesWithoutListLead_NoMeasures()
    {
        // Without ดังนี้ two numbered lines are too little to call a list of measures.
        var page = Page(1, TextLines(
            "สำนักงานได้ทบทวนมาตรการป้องกันการทุจริตของปีที่ผ่านมาแล้ว",
            "๑. ห้ามใช้รถราชการไปในกิจธุระส่วนตัว",
            "๒. ให้รายงานผลต่อผู้บริหารทุกไตรมาส",
            "จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Empty(TextMeasureParser.Parse([page], 2568, warnings));
    }

    [Fact]
    public void Parse_MemoParagraphsNumberedAfterMeasureSubject_NoMeasures()
    {
        // A memo that numbers its paragraphs under a subject naming มาตรการ: its paragraphs are no measures.
        var page = Page(1, TextLines(
            "เรื่อง รายงานผลการดำเนินงานตามมาตรการป้องกันการทุจริต",
            "เรียน นายอำเภอ",
            "๑. ตามที่สำนักงานได้จัดทำแผนป้องกันการทุจริตประจำปี",
            "๒. ในการนี้ งานบริหารทั่วไปได้ดำเนินการครบทุกกิจกรรมแล้ว",
            "๓. พิจารณาแล้วเห็นว่าเป็นไปตามแผนที่กำหนด",
            "๔. จึงเห็นควรรายงานผลต่อจังหวัด",
            "จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Empty(TextMeasureParser.Parse([page], 2568, warnings));
    }

    [Fact]
    public void Parse_OneItemMarkerLostWithoutTrace_LaterItemsStillRead()
    {
        // Item (๓)'s marker came out in another form ("๓)") and its line elsewhere: (๔) and (๕) are still the list's.
        var page = Page(1, TextLines(
            "เทศบาลตำบลจึงกำหนดมาตรการป้องกันการทุจริต ดังนี้",
            "(๑) ห้ามใช้รถราชการไปในกิจธุระส่วนตัวโดยเด็ดขาด",
            "(๒) ให้หัวหน้ากลุ่มงานกำกับดูแลการลงเวลาปฏิบัติราชการ",
            "(๔) จัดให้มีช่องทางรับเรื่องร้องเรียนทางโทรศัพท์และเว็บไซต์",
            "(๕) ให้เจ้าหน้าที่พัสดุเปิดเผยราคากลางทุกครั้ง",
            "๓) ห้ามเรียกรับเงินเพื่อแลกกับการให้บริการประชาชน",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 4, 5], measures.Select(m => m.Number!.Value));
        Assert.Equal("จัดให้มีช่องทางรับเรื่องร้องเรียนทางโทรศัพท์และเว็บไซต์", measures[2].Title);
    }

    [Fact]
    public void Parse_ListUnderLegalHeadingAfterMeasureParagraph_NoMeasures()
    {
        // A memo's ข้อกฎหมาย section lists what it cites; the paragraph before it speaking of มาตรการ does not make
        // that list measures.
        var page = Page(1, TextLines(
            "เทศบาลได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "รายละเอียดปรากฏตามเอกสารที่แนบมาพร้อมนี้",
            "ข้อกฎหมาย",
            "๑. ประกาศสำนักงาน ป.ป.ช. เรื่อง ผลการประเมินคุณธรรมและความโปร่งใส",
            "๒. ประกาศสำนักงาน ป.ป.ช. เรื่อง ปฏิทินการประเมิน",
            "๓. คู่มือการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน",
            "จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Empty(TextMeasureParser.Parse([page], 2568, warnings));
    }
}
