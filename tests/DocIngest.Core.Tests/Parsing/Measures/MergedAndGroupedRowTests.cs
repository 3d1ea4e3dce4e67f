using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Measure tables whose measures fill several rows, share merged cells or sit under group rows (texts written for
/// these tests, in the layouts of district plans), as a text layer and as OCR reads a specked scan.
/// </summary>
public class MergedAndGroupedRowTests
{
    private readonly MeasureTableParser parser = new();
    private readonly List<string> warnings = [];

    private static readonly string[] Header = ["ลำดับ", "มาตรการ", "ขั้นตอนการดำเนินงาน", "ผู้รับผิดชอบ", "ระยะเวลา"];

    [Fact]
    public void Parse_StepRowsWhoseEmptyCellsOcrReadAsSpecks_ContinueTheMeasure()
    {
        var page = Page(1, Block(
            Header,
            Row("๑", "มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี", "๑) จัดทำแผนการจัดซื้อจัดจ้างประจำปี", "กลุ่มงานบริหารทั่วไป", "ตุลาคม ๒๕๖๗ - ธันวาคม ๒๕๖๗"),
            Row("i woe EN เจ 0 ee ศ์ ส 2 eed 0 i", "BS BA Fe Se TS ie เรแรรก tier ae ๐.0 ตวตดล OE yh a ecg Me Oo lane", "๒) เสนอผู้อำนวยการลงนามอนุมัติแผน", "^", "^"),
            Row(": 220 1: Moe ว 0. Cees Gee ea ก a oe BS", "ก ee 1 0 ซ๊ 5จ6ว8 , ร อรล Fai - 1[ฝฝ1ฝ1 a oe ow ย 0 ก 5", "๓) เผยแพร่แผนบนเว็บไซต์ของโรงพยาบาล", "^", "^"),
            Row("๒", "มาตรการป้องกันการรับสินบน", "๑) ประกาศนโยบายไม่รับของขวัญ", "กลุ่มงานทรัพยากรบุคคล", "ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘")));

        var measures = parser.Parse([page], 2568, warnings);

        Assert.Equal(["มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี", "มาตรการป้องกันการรับสินบน"], measures.Select(m => m.Title));
        Assert.Equal(["จัดทำแผนการจัดซื้อจัดจ้างประจำปี", "เสนอผู้อำนวยการลงนามอนุมัติแผน", "เผยแพร่แผนบนเว็บไซต์ของโรงพยาบาล"], measures[0].Steps);
        Assert.Equal(["กลุ่มงานบริหารทั่วไป"], measures[0].Responsible);
    }

    [Fact]
    public void Parse_UnitMergedOverTwoMeasures_EachMeasureHasIt()
    {
        var page = Page(1, Block(
            Header,
            Row("๑", "มาตรการรายงานผลการจัดซื้อจัดจ้างรายเดือน", "๑) สรุปผลตามแบบ สขร.๑", "กลุ่มงานบริหารทั่วไป", "ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘"),
            Row("", "", "๒) เผยแพร่สรุปผลภายในวันที่ ๑๕", "^", "^"),
            Row("๒", "มาตรการป้องกันการใช้รถราชการเพื่อประโยชน์ส่วนตน", "๑) จัดทำสมุดบันทึกการใช้รถ", "^", "มกราคม ๒๕๖๘ - มิถุนายน ๒๕๖๘")));

        var measures = parser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal(["กลุ่มงานบริหารทั่วไป"], measures[1].Responsible);
        Assert.Equal(["สรุปผลตามแบบ สขร.๑", "เผยแพร่สรุปผลภายในวันที่ ๑๕"], measures[0].Steps);
        Assert.Equal(("2025-01-01", "2025-06-30"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    [Fact]
    public void Parse_GroupRowsSpanningTheTable_AreNoMeasures()
    {
        var page = DocxPage(1, Block(
            Header,
            Row("๑", "ด้านการเปิดเผยข้อมูล", "<", "<", "<"),
            Row("๑.๑", "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "- จัดทำแผนการจัดซื้อจัดจ้าง", "งานบริหารทั่วไป", "ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘"),
            Row("๑.๒", "มาตรการรายงานการใช้จ่ายงบประมาณ", "- สรุปผลรายไตรมาส", "^", "มกราคม ๒๕๖๘ - กันยายน ๒๕๖๘"),
            Row("๒", "ด้านการป้องกันการทุจริต", "<", "<", "<"),
            Row("๒.๑", "มาตรการป้องกันผลประโยชน์ทับซ้อน", "- จัดทำคู่มือ", "งานพัฒนาบุคลากร", "พฤศจิกายน ๒๕๖๗ - มีนาคม ๒๕๖๘")));

        var measures = parser.Parse([page], 2568, warnings);

        Assert.Equal(["มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "มาตรการรายงานการใช้จ่ายงบประมาณ", "มาตรการป้องกันผลประโยชน์ทับซ้อน"],
            measures.Select(m => m.Title));
        Assert.Equal(["งานบริหารทั่วไป"], measures[1].Responsible);
    }

    [Theory]
    [InlineData("๑.๑", "๑.๒")]
    [InlineData("1.1", "1.2.")]
    [InlineData("( ๑.๑", "๑ .๒")]
    public void Parse_GroupRowWhoseSpanOcrLost_NoMeasureWhenSubNumberedRowsFollow(string first, string second)
    {
        var page = Page(1, Block(
            Header,
            Row("๑", "ด้านการเปิดเผยข้อมูล", "", "", ""),
            Row(first, "มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "- จัดทำแผนการจัดซื้อจัดจ้าง", "งานบริหารทั่วไป", "ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘"),
            Row(second, "มาตรการรายงานการใช้จ่ายงบประมาณ", "- สรุปผลรายไตรมาส", "งานการเงิน", "มกราคม ๒๕๖๘ - กันยายน ๒๕๖๘")));

        var measures = parser.Parse([page], 2568, warnings);

        Assert.Equal(["มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "มาตรการรายงานการใช้จ่ายงบประมาณ"], measures.Select(m => m.Title));
    }

    [Fact]
    public void Parse_TitleOnlyRowWithoutSubNumbersAfterIt_StaysAMeasure()
    {
        var page = Page(1, Block(
            Header,
            Row("๑", "มาตรการส่งเสริมวัฒนธรรมสุจริต", "", "", ""),
            Row("๒", "มาตรการจัดการเรื่องร้องเรียน", "- เปิดช่องทางออนไลน์", "งานควบคุมโรค", "ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘")));

        var measures = parser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal("มาตรการส่งเสริมวัฒนธรรมสุจริต", measures[0].Title);
    }


    [Fact]
    public void Parse_NumberColumnUnreadAndTitleCellsOfStepRowsGarbled_StepNumberingTiesTheRows()
    {
        // OCR garbled ลำดับ so the number column is unknown; the step rows' empty title cells came out as fragments that
        // look like words. The step numbering (๒) after ๑)) says whose rows they are.
        var page = Page(1, Block(
            Row("aia บ", "มาตรการ", "ขั้นตอนการดำเนินงาน", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("๑", "มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี", "๑) จัดทำแผนการจัดซื้อจัดจ้าง", "กลุ่มงานบริหารทั่วไป", "ตุลาคม ๒๕๖๗ - ธันวาคม ๒๕๖๗"),
            Row("", "เรแรรก tier ae ล ent eke me ภา รา pease ตวตดล", "๒) เสนอผู้อำนวยการอนุมัติแผน", "^", "^"),
            Row("", "รี ร ผาด หรรวา ละ5ชะ 4รว) ๐ ร 1 0 5", "(๓) เผยแพร่แผนบนเว็บไซต์", "^", "^"),
            Row("๒", "มาตรการป้องกันการรับสินบน", "๑) ประกาศนโยบายไม่รับของขวัญ", "กลุ่มงานทรัพยากรบุคคล", "ตุลาคม ๒๕๖๗ - มีนาคม ๒๕๖๘")),
            Block(
            Row("al บ", ". มฆาตรการ", "ขั้นตอนการดำเนิน งาน", "ผู้รับผิด ชอบ", "ระยะเวลา"),
            Row("", "250 0", "๒) จัดทำแบบรายงานการรับของขวัญ", "", "")));

        var measures = parser.Parse([page], 2568, warnings);

        Assert.Equal(["มาตรการเผยแพร่แผนการจัดซื้อจัดจ้างประจำปี", "มาตรการป้องกันการรับสินบน"], measures.Select(m => m.Title));
        Assert.Equal(["จัดทำแผนการจัดซื้อจัดจ้าง", "เสนอผู้อำนวยการอนุมัติแผน", "เผยแพร่แผนบนเว็บไซต์"], measures[0].Steps);
        Assert.Equal(["ประกาศนโยบายไม่รับของขวัญ", "จัดทำแบบรายงานการรับของขวัญ"], measures[1].Steps);
        Assert.Equal(["กลุ่มงานทรัพยากรบุคคล"], measures[1].Responsible);
    }

    [Fact]
    public void Parse_NextMeasureWithoutNumberRestartingItsSteps_IsANewMeasure()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "ขั้นตอนการดำเนินงาน", "ผู้รับผิดชอบ"),
            Row("มาตรการเผยแพร่แผนการจัดซื้อจัดจ้าง", "๑) จัดทำแผน\n๒) เผยแพร่แผน", "งานพัสดุ"),
            Row("มาตรการป้องกันการรับสินบน", "๑) ประกาศนโยบาย", "งานบุคคล")));

        var measures = parser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
    }

    [Fact]
    public void Parse_ShortWrappedPiecesOfACell_Kept()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("การเผยแพร่ข้อมูลต่อสาธารณะ", "สำนักปลัด\nฝ่ายอำนวย\nการ", "ม.ค.-\nมี.ค.๖๔")));

        var measures = parser.Parse([page], 2564, warnings);

        Assert.Equal(("2021-01-01", "2021-03-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["สำนักปลัด", "ฝ่ายอำนวยการ"], measures[0].Responsible);
    }
}

