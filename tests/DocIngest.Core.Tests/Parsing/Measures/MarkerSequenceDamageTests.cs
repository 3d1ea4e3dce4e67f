using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Measure lists whose item markers OCR damaged (issue 16): one marker in a sequence read as a speck (', .) or a Latin
/// letter, the first read as another digit, the last ones garbled. Texts written for these tests after the damage sweep's
/// kinds (marker-quote-even, marker-latin-even), not copied from any document.
/// </summary>
public class MarkerSequenceDamageTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_FirstNumberMisreadAndSecondASpeck_ItemsNumberedByPosition()
    {
        var page = Page(1, TextLines(
            // No list lead (ดังนี้): the measure word of each item, not an announced list, makes the items.
            "สำนักงานได้กำหนดมาตรการป้องกันการรับสินบนเพื่อถือปฏิบัติ",
            "9. มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน",
            "ผู้รับผิดชอบ กลุ่มงานบริหารทั่วไป",
            "'. มาตรการไม่รับของขวัญและประโยชน์อื่นใด",
            "ผู้รับผิดชอบ กลุ่มงานทรัพยากรบุคคล",
            "๓. มาตรการรับเรื่องร้องเรียนการทุจริต",
            "ผู้รับผิดชอบ กลุ่มงานนิติการ",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน", measures[0].Title);
        Assert.Equal("มาตรการไม่รับของขวัญและประโยชน์อื่นใด", measures[1].Title);
    }

    [Fact]
    public void Parse_ItemMarkerReadAsSpeck_ItsBulletedStepsStaySteps()
    {
        var page = Page(1, TextLines(
            "สำนักงานจึงกำหนดมาตรการส่งเสริมความโปร่งใส ดังนี้",
            "๑. มาตรการเปิดเผยข้อมูลการใช้จ่ายงบประมาณ",
            "- จัดทำรายงานการใช้จ่ายรายไตรมาส",
            "'. มาตรการป้องกันการรับสินบนในการออกใบอนุญาต",
            "- ประกาศขั้นตอนและค่าธรรมเนียม ณ จุดบริการ",
            "- จัดให้มีกล่องรับเรื่องร้องเรียนหน้าสำนักงาน",
            "ผู้รับผิดชอบ กองช่าง",
            "๓. มาตรการตรวจสอบการใช้รถส่วนกลาง",
            "- จัดทำสมุดบันทึกการใช้รถทุกคัน",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(3, measures.Count);
        Assert.Equal("มาตรการป้องกันการรับสินบนในการออกใบอนุญาต", measures[1].Title);
        Assert.Equal(["ประกาศขั้นตอนและค่าธรรมเนียม ณ จุดบริการ", "จัดให้มีกล่องรับเรื่องร้องเรียนหน้าสำนักงาน"], measures[1].Steps);
    }

    [Fact]
    public void Parse_AnnouncedListWithFirstAndSecondMarkersDamaged_ItemsFoundBySequence()
    {
        var page = Page(1, TextLines(
            "เทศบาลจึงกำหนดมาตรการส่งเสริมความโปร่งใส ดังต่อไปนี้",
            "' มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี",
            "'. มาตรการเปิดเผยขั้นตอนการให้บริการประชาชน",
            "๓. มาตรการส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบ",
            "'. มาตรการป้องกันการใช้ดุลยพินิจในการออกใบอนุญาต",
            "๕. มาตรการกำกับการใช้รถยนต์ส่วนกลาง",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3, 4, 5], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบ", measures[2].Title);
    }

    [Fact]
    public void Parse_KhoNumberReadAsSpeck_ItemKeepsItsPlace()
    {
        var page = Page(1, TextLines(
            "คณะทำงานจึงเห็นควรกำหนดมาตรการป้องกันการทุจริต ดังนี้",
            "ข้อ ๑ มาตรการตรวจสอบการเบิกจ่ายค่าตอบแทนนอกเวลาราชการ",
            "ข้อ ' มาตรการเผยแพร่ราคากลางของงานจ้างก่อสร้าง",
            "ข้อ ๓ มาตรการให้ความรู้เรื่องการขัดกันแห่งผลประโยชน์",
            "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("มาตรการเผยแพร่ราคากลางของงานจ้างก่อสร้าง", measures[1].Title);
    }

    /// <summary>
    /// Item lines indented a paragraph's width (X 650) beyond their wrapped lines (X 350), as announcements print them;
    /// specks OCR read before a marker move its line's left edge (X 380).
    /// </summary>
    private static TextBlock Placed(params (int X, string Text)[] lines) =>
        new(lines.Select((l, i) => new TextLine(l.Text, new BoundingBox(l.X, 500 + i * 100, 1500, 80), 0.9)).ToList());

    private static readonly (int X, string Text)[] TailDamaged =
    [
        (350, "สำนักงานจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน ดังนี้"),
        (650, "๑. ให้เจ้าหน้าที่ทุกคนแจ้งผู้บังคับบัญชาเมื่อมีส่วนได้เสีย"),
        (350, "ในเรื่องที่ตนต้องพิจารณา"),
        (380, "os ๒. ห้ามเจ้าหน้าที่รับเงินหรือสิ่งของจากผู้ประกอบการ"),
        (650, "๓. ให้จัดทำทะเบียนการรับของขวัญไว้ ณ ฝ่ายบริหาร"),
        (650, "๔. ให้เปิดเผยรายชื่อผู้ได้รับการสนับสนุนบนเว็บไซต์"),
        (650, "'. ให้ผู้ที่พบเห็นการกระทำที่อาจเป็นผลประโยชน์ทับซ้อนแจ้ง"),
        (350, "| เบาะแสได้ทางโทรศัพท์หรือกล่องรับเรื่องร้องเรียน"),
        (650, "ฒ, ผู้ใดฝ่าฝืนประกาศนี้ให้ถือเป็นความผิดทางวินัย"),
        (650, "จึงประกาศให้ทราบและถือปฏิบัติโดยเคร่งครัด"),
    ];

    [Fact]
    public void Parse_LastMarkersGarbledAtTheItemsIndent_TheyAreTheNextItems()
    {
        var measures = TextMeasureParser.Parse([Page(1, Placed(TailDamaged))], 2567, warnings);

        Assert.Equal([1, 2, 3, 4, 5, 6], measures.Select(m => m.Number!.Value));
        Assert.Equal("ผู้ใดฝ่าฝืนประกาศนี้ให้ถือเป็นความผิดทางวินัย", measures[5].Title);
    }

    [Fact]
    public void Parse_LastMarkersGarbledWithoutPositions_NoItemsInvented()
    {
        var page = Page(1, TextLines(TailDamaged.Select(l => l.Text).ToArray()));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3, 4], measures.Select(m => m.Number!.Value));
    }

    [Fact]
    public void Parse_GarbledLineAtTheWrappedLinesMargin_NoItem()
    {
        (int, string)[] lines = [.. TailDamaged[..8], (350, "ฒ, ผู้ใดฝ่าฝืนประกาศนี้ให้ถือเป็นความผิดทางวินัย"), TailDamaged[^1]];

        var measures = TextMeasureParser.Parse([Page(1, Placed(lines))], 2567, warnings);

        Assert.Equal([1, 2, 3, 4, 5], measures.Select(m => m.Number!.Value));
    }

    [Fact]
    public void Parse_StepNumbersReadAsSpecks_EachStepKept()
    {
        var page = Page(1, TextLines(
            "เทศบาลจึงกำหนดมาตรการป้องกันการรับสินบน ดังต่อไปนี้",
            "๑. มาตรการกำหนดขั้นตอนการให้บริการที่ชัดเจน",
            "๑) ประกาศขั้นตอนการให้บริการไว้ที่จุดบริการ",
            "') เผยแพร่คู่มือการให้บริการบนเว็บไซต์",
            "ผู้รับผิดชอบ สำนักปลัด",
            "๒. มาตรการตรวจสอบการอนุญาตก่อสร้างอาคาร",
            "๒.๑ สุ่มตรวจคำขออนุญาตก่อสร้างเดือนละครั้ง",
            "'. 2 รายงานผลการสุ่มตรวจต่อนายกเทศมนตรี",
            "ผู้รับผิดชอบ กองช่าง",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2566, warnings);

        Assert.Equal(["ประกาศขั้นตอนการให้บริการไว้ที่จุดบริการ", "เผยแพร่คู่มือการให้บริการบนเว็บไซต์"], measures[0].Steps);
        Assert.Equal(["สุ่มตรวจคำขออนุญาตก่อสร้างเดือนละครั้ง", "รายงานผลการสุ่มตรวจต่อนายกเทศมนตรี"], measures[1].Steps);
    }

    [Fact]
    public void Parse_StepNumbersReadAsFullStops_EachStepKept()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการ ดังนี้",
            "๑. มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน",
            ".) รวบรวมสรุปผลการจัดซื้อจัดจ้างของทุกกลุ่มงาน",
            ".) เผยแพร่บนเว็บไซต์ภายในวันที่ ๑๐ ของเดือนถัดไป",
            "ผู้รับผิดชอบ กลุ่มงานบริหารทั่วไป",
            "๒. มาตรการรับเรื่องร้องเรียนการทุจริต",
            "ผู้รับผิดชอบ กลุ่มงานนิติการ",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal("มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน", measures[0].Title);
        Assert.Equal(["รวบรวมสรุปผลการจัดซื้อจัดจ้างของทุกกลุ่มงาน", "เผยแพร่บนเว็บไซต์ภายในวันที่ ๑๐ ของเดือนถัดไป"], measures[0].Steps);
    }
}
