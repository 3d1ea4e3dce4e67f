using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Step markers ก. / ข. / ค. that OCR read as Latin letters ("Nn.", "Al. .") under a title wrapped over several lines and
/// after a step; texts written for these tests after the measures sweep's sweep-tune pages, not copied from them.
/// </summary>
public class DamagedStepMarkerTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_LatinStepMarkerUnderWrappedTitle_OpensTheSteps()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน ดังนี้",
            "1. มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการ",
            "ดำเนินงาน ของบุคลากรทุกระดับในหน่วยงานและ หน่วยบริการใน",
            "สังกัดทุกแห่ง",
            "Nn. จัดทำแบบรายงานและทะเบียนควบคุม",
            "ข. ติดตามและประเมินผลเมื่อสิ้นปีงบประมาณ",
            "ผู้รับผิดชอบ กลุ่มงานประกันสุขภาพ ระยะเวลา พฤษภาคม - กรกฎาคม ๒๕๖๘",
            "2. มาตรการเปิดเผยหลักเกณฑ์การคัดเลือกบุคลากร",
            "ก. เผยแพร่ผลบนเว็บไซต์ของหน่วยงาน",
            "ผู้รับผิดชอบ งานนิติการ ระยะเวลา มีนาคม - เมษายน ๒๕๖๘",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.EndsWith("สังกัดทุกแห่ง", measures[0].Title);
        Assert.Equal(["จัดทำแบบรายงานและทะเบียนควบคุม", "ติดตามและประเมินผลเมื่อสิ้นปีงบประมาณ"], measures[0].Steps);
    }

    [Fact]
    public void Parse_LatinStepMarkerAfterAStep_StepOfItsOwn()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน ดังนี้",
            "1. มาตรการประเมินความเสี่ยงการทุจริตในกระบวนการอนุมัติอนุญาต",
            "ก. ทบทวนขั้นตอนการปฏิบัติงานให้เป็นปัจจุบัน",
            "ข. แต่งตั้งคณะทำงานตรวจสอบข้อเท็จจริง",
            "Al. . รายงานผลต่อผู้บริหารทุกไตรมาส",
            "ผู้รับผิดชอบ คณะกรรมการจริยธรรม ระยะเวลา พฤศจิกายน ๒๕๖๗ - กันยายน ๒๕๖๘",
            "2. มาตรการเปิดเผยหลักเกณฑ์การคัดเลือกบุคลากร",
            "ผู้รับผิดชอบ งานนิติการ ระยะเวลา มีนาคม - เมษายน ๒๕๖๘",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(["ทบทวนขั้นตอนการปฏิบัติงานให้เป็นปัจจุบัน", "แต่งตั้งคณะทำงานตรวจสอบข้อเท็จจริง", "รายงานผลต่อผู้บริหารทุกไตรมาส"],
            measures[0].Steps);
    }
}
