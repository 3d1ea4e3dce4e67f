using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Announced lists whose parentheses OCR read as square brackets or braces, or lost on one side (texts written for
/// these tests, in the shape of the measures sweep's notices).
/// </summary>
public class BracketedMarkerMeasureTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_ItemsAndStepsInBrackets_ListRead()
    {
        var page = Page(1, TextLines(
            "โรงพยาบาลจึงกำหนดมาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ดังนี้",
            "[๑] ห้ามใช้รถราชการไปในกิจธุระส่วนตัว โดย ๑] ให้บันทึกการใช้รถทุกครั้ง ๒] ให้ตรวจสอบทุกเดือน",
            "[๒] ให้หัวหน้ากลุ่มงานกำกับดูแลการลงเวลาปฏิบัติราชการ",
            "{๓} จัดให้มีช่องทางรับเรื่องร้องเรียนทางโทรศัพท์และเว็บไซต์",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal(["ให้บันทึกการใช้รถทุกครั้ง", "ให้ตรวจสอบทุกเดือน"], measures[0].Steps);
        Assert.Equal("จัดให้มีช่องทางรับเรื่องร้องเรียนทางโทรศัพท์และเว็บไซต์", measures[2].Title);
    }

    [Fact]
    public void Parse_ItemLostItsOpeningParenthesis_ListGoesOn()
    {
        var page = Page(1, TextLines(
            "สำนักงานจึงกำหนดมาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ดังต่อไปนี้",
            "(๑) ห้ามบุคลากรรับของขวัญจากผู้มาติดต่อราชการ",
            "๒) ให้เจ้าหน้าที่พัสดุเปิดเผยราคากลางทุกครั้ง",
            "(๓) จัดให้มีคู่มือการปฏิบัติงานเผยแพร่ต่อสาธารณะ",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal("ให้เจ้าหน้าที่พัสดุเปิดเผยราคากลางทุกครั้ง", measures[1].Title);
    }

    [Fact]
    public void Parse_StepsInOtherParenthesisForm_StayStepsOfTheirItem()
    {
        // "๑) … ๒) …" lines under a "(๑)" item are its steps, not items 2 and 3.
        var page = Page(1, TextLines(
            "สำนักงานจึงกำหนดมาตรการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ดังนี้",
            "(๑) ห้ามบุคลากรรับของขวัญจากผู้มาติดต่อราชการ",
            "๑) ติดประกาศนโยบายไม่รับของขวัญ",
            "๒) แจ้งเวียนบุคลากรทุกกลุ่มงาน",
            "(๒) ให้เจ้าหน้าที่พัสดุเปิดเผยราคากลางทุกครั้ง",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.Equal(["ติดประกาศนโยบายไม่รับของขวัญ", "แจ้งเวียนบุคลากรทุกกลุ่มงาน"], measures[0].Steps);
    }

    [Fact]
    public void Parse_BracketedNumbersGarbled_GapFilledByThem()
    {
        // (๔)-(๖) read as "[ว)]", "[cu]", "[@]": three garbled bracketed markers between (๓) and (๗) are those items.
        var page = Page(1, TextLines(
            "องค์การบริหารส่วนตำบลจึงกำหนดมาตรการป้องกันผลประโยชน์ทับซ้อน ดังนี้",
            "[๑] ให้ปฏิบัติตามระเบียบกระทรวงการคลังอย่างเคร่งครัด",
            "[๒] จัดให้มีการอบรมบุคลากรปีละหนึ่งครั้ง",
            "[๓ จัดให้มีช่องทางรับเรื่องร้องเรียนทางโทรศัพท์",
            "[ว)] ให้ผู้บริหารแสดงเจตจำนงสุจริตต่อบุคลากร",
            "[cu] ห้ามใช้รถราชการไปในกิจธุระส่วนตัวโดยเด็ดขาด",
            "[@] จัดให้มีคู่มือการปฏิบัติงานเรื่องร้องเรียน",
            "[๗] ห้ามผู้บังคับบัญชาสั่งการที่ขัดต่อระเบียบ",
            "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], measures.Select(m => m.Number!.Value));
        Assert.Equal("ห้ามใช้รถราชการไปในกิจธุระส่วนตัวโดยเด็ดขาด", measures[4].Title);
    }
}
