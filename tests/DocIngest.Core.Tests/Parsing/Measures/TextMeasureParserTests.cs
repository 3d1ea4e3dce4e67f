using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class TextMeasureParserTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_MeasureHeadingsWithLabelledFields_OneMeasureEach()
    {
        var pages = new[]
        {
            Page(1, TextLines(
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖",
                "มาตรการที่ ๑ การเปิดเผยข้อมูลต่อสาธารณะ",
                "ขั้นตอน/วิธีการ",
                "๑. จัดทำข้อมูลให้เป็นปัจจุบัน",
                "๒. เผยแพร่บนเว็บไซต์",
                "ผู้รับผิดชอบ สำนักปลัดฯ และกองคลัง",
                "ระยะเวลา ตลอดปีงบประมาณ")),
            Page(2, TextLines(
                "มาตรการที่ ๒ การจัดการเรื่องร้องเรียน",
                "ผู้รับผิดชอบ: สำนักปลัด",
                "ระยะเวลา ไตรมาสที่ ๒")),
        };

        var measures = new MeasureTableParser().Parse(pages, 2566, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal((1, "การเปิดเผยข้อมูลต่อสาธารณะ", 1), (measures[0].Number!.Value, measures[0].Title, measures[0].Page!.Value));
        Assert.Equal(["จัดทำข้อมูลให้เป็นปัจจุบัน", "เผยแพร่บนเว็บไซต์"], measures[0].Steps);
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measures[0].Responsible);
        Assert.Equal(("2022-10-01", "2023-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(2, measures[1].Page);
        Assert.Equal("2023-01-01", measures[1].Period?.Start);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_NumberedMeasureProse_TitleMethodAndAssignedUnits()
    {
        var page = Page(1, TextLines(
            "จึงขอเสนอมาตรการเพื่อยกระดับการประเมิน ดังนี้",
            "(๑) มาตรการเผยแพร่ข้อมูลต่อสาธารณะ โดยการกำหนดกรอบแนวทางการเผยแพร่ข้อมูล มอบหมายให้สำนักปลัด อบต. และกองคลังเป็นผู้รับผิดชอบ",
            "(๒) มาตรการการจัดการเรื่องร้องเรียน โดยแสดงช่องทางการรับเรื่องร้องเรียน มอบหมายให้สำนักปลัด อบต. เป็น ผู้รับผิดชอบ"));

        var measures = TextMeasureParser.Parse([page], 2564, warnings);

        Assert.Equal(["มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", "มาตรการการจัดการเรื่องร้องเรียน"], measures.Select(m => m.Title));
        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measures[0].Responsible);
        Assert.Equal(["สำนักปลัด"], measures[1].Responsible);
        Assert.Equal(["การกำหนดกรอบแนวทางการเผยแพร่ข้อมูล"], measures[0].Steps);
    }

    [Fact]
    public void Parse_NumberedItemsWithDamagedMarkerAndMeasureWord_AllItems()
    {
        // Cut from a tuning memo's G4 scan: ๑ read as 9, the second มาตรการ read as บาตรการ, ดังนี้ garbled.
        var page = Page(1, TextLines(
            "คณะทำงานได้ประชุมและเห็นควรกำหนดมาตรการ avd",
            "(9) มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างของโรงเรียน",
            "ผู้รับผิดชอบ: งานพัสดุ",
            "(๒) บาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน",
            "ผู้รับผิดชอบ: งานบริหารทั่วไป",
            "(๓) มาตรการรับเรื่องร้องเรียนจากผู้ปกครอง",
            "ผู้รับผิดชอบ: งานบริหารงานบุคคล"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal(["งานบริหารทั่วไป"], measures[1].Responsible);
    }

    [Fact]
    public void Parse_NumberedItemsOfOtherWords_NoMeasures()
    {
        // A word one letter further from มาตรการ (มาตรา, มาตรฐาน) opens no measure.
        var page = Page(1, TextLines("(๑) มาตรา ๕๗ แห่งพระราชบัญญัติ", "(๒) มาตรฐานการให้บริการประชาชน"));

        Assert.Empty(TextMeasureParser.Parse([page], null, warnings));
    }

    [Fact]
    public void Parse_SingleNumberedSentence_IsNoList()
    {
        var page = Page(1, TextLines("(๑) มาตรการนี้ให้ใช้บังคับตั้งแต่บัดนี้เป็นต้นไป", "จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Empty(TextMeasureParser.Parse([page], null, warnings));
    }

    [Fact]
    public void Parse_ListEndsAtNextSection_TrailingTextNotInLastMeasure()
    {
        var page = Page(1, TextLines(
            "ประเด็น ที่ ๑. การให้บริการ",
            "- (๑) กิจกรรม/โครงการ จัดทำช่องทาง E-Service",
            "- (๒) ผู้รับผิดชอบ กองช่าง",
            "- (๔) ระยะเวลา ๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗",
            "๓. ข้อจำกัดของหน่วยงาน",
            "งบประมาณไม่เพียงพอ"));

        var measure = Assert.Single(TextMeasureParser.Parse([page], 2567, warnings));

        Assert.Equal("จัดทำช่องทาง E-Service", measure.Title);
        Assert.Equal(["กองช่าง"], measure.Responsible);
        Assert.Equal("๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗", measure.Period?.Text);
    }

    [Fact]
    public void Parse_NoNumberedMeasures_Empty()
    {
        var page = Page(1, TextLines("บันทึกข้อความ", "เรื่อง ขอเชิญประชุม", "๑. วิเคราะห์ผลการประเมิน"));

        Assert.Empty(TextMeasureParser.Parse([page], null, warnings));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_DocumentWithMeasureTable_TextHeadingsIgnored()
    {
        var page = Page(1,
            TextLines("มาตรการที่ ๑ ข้อความนำ"),
            Block(Row("มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"), Row("การเปิดเผยข้อมูล", "กองคลัง", "ตลอดปีงบประมาณ")));

        var measure = Assert.Single(new MeasureTableParser().Parse([page], 2566, warnings));

        Assert.Equal("การเปิดเผยข้อมูล", measure.Title);
    }
}
