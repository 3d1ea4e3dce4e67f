using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Announcements whose numbered measures carry their steps ((๑) … (๒) …), unit and period inside one sentence (texts
/// written for these tests), wrapped at different points as a text layer or OCR gives them.
/// </summary>
public class InlineStepMeasureTests
{
    private readonly List<string> warnings = [];

    private const string Intro = "โรงพยาบาลได้วิเคราะห์ผลการประเมินแล้ว จึงกำหนดมาตรการ ดังต่อไปนี้";

    [Fact]
    public void Parse_StepsUnitAndPeriodInTheSentence_EachInItsField()
    {
        var page = Page(1, TextLines(
            Intro,
            "๑. มาตรการเปิดเผยหลักเกณฑ์การคัดเลือกบุคลากร ให้ดำเนินการ (๑) ประกาศหลักเกณฑ์การคัดเลือกบนเว็บไซต์",
            "ก่อนรับสมัคร (๒) ประกาศรายชื่อผู้ผ่านการคัดเลือกพร้อมคะแนน โดยให้กลุ่มงานบริหารทั่วไปเป็นผู้รับผิดชอบ",
            "ตั้งแต่เดือนตุลาคม ๒๕๖๖ ถึงเดือนกันยายน ๒๕๖๗",
            "๒. มาตรการประเมินผลการปฏิบัติงานอย่างเป็นธรรม ให้ดำเนินการ (๑) แจ้ง",
            "ตัวชี้วัดรายบุคคลก่อนเริ่มรอบ (๒) เปิดโอกาสให้ผู้รับการประเมินโต้แย้งผลได้ภายใน ๗ วัน โดยให้กลุ่มงานนิติการเป็นผู้รับผิดชอบ ตั้งแต่",
            "เดือนมีนาคม ถึงเดือนเมษายน ๒๕๖๗",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal(["มาตรการเปิดเผยหลักเกณฑ์การคัดเลือกบุคลากร", "มาตรการประเมินผลการปฏิบัติงานอย่างเป็นธรรม"], measures.Select(m => m.Title));
        Assert.Equal(["ประกาศหลักเกณฑ์การคัดเลือกบนเว็บไซต์ก่อนรับสมัคร", "ประกาศรายชื่อผู้ผ่านการคัดเลือกพร้อมคะแนน"], measures[0].Steps);
        Assert.Equal(["กลุ่มงานบริหารทั่วไป"], measures[0].Responsible);
        Assert.Equal(("2023-10-01", "2024-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["แจ้งตัวชี้วัดรายบุคคลก่อนเริ่มรอบ", "เปิดโอกาสให้ผู้รับการประเมินโต้แย้งผลได้ภายใน ๗ วัน"], measures[1].Steps);
        Assert.Equal(["กลุ่มงานนิติการ"], measures[1].Responsible);
        Assert.Equal(("2024-03-01", "2024-04-30"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    [Fact]
    public void Parse_ArabicMarkersWithoutBrackets_StepsSplit()
    {
        var page = Page(1, TextLines(
            Intro,
            "1. มาตรการป้องกันการรับสินบนในการจัดซื้อ ดังนี้ 1) ประกาศนโยบายไม่รับของขวัญ 2) ตรวจสอบผู้เสนอราคา",
            "ทุกราย โดยให้งานพัสดุเป็นผู้รับผิดชอบ ตลอดปีงบประมาณ พ.ศ. 2568",
            "2. มาตรการเผยแพร่ผลการจัดซื้อจัดจ้าง ได้แก่ 1) ประกาศผลภายในสามวัน 2) สรุปผลรายเดือน",
            "โดยให้งานบริหารทั่วไปเป็นผู้รับผิดชอบ ตลอดปีงบประมาณ พ.ศ. 2568"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(2, measures.Count);
        Assert.Equal("มาตรการป้องกันการรับสินบนในการจัดซื้อ", measures[0].Title);
        Assert.Equal(["ประกาศนโยบายไม่รับของขวัญ", "ตรวจสอบผู้เสนอราคาทุกราย"], measures[0].Steps);
        Assert.Equal(["งานพัสดุ"], measures[0].Responsible);
        Assert.Equal(["ประกาศผลภายในสามวัน", "สรุปผลรายเดือน"], measures[1].Steps);
    }

    [Fact]
    public void Parse_StepsListedOnLinesOfTheirOwn_StillReadAsLines()
    {
        var page = Page(1, TextLines(
            Intro,
            "๑. มาตรการป้องกันการรับสินบน",
            "(๑) ประกาศนโยบายไม่รับของขวัญ",
            "(๒) ตรวจสอบการปฏิบัติงานของเจ้าหน้าที่",
            "ผู้รับผิดชอบ : งานบริหารทั่วไป",
            "๒. มาตรการเผยแพร่ผลการจัดซื้อจัดจ้าง",
            "(๑) ประกาศผลภายในสามวัน",
            "ผู้รับผิดชอบ : งานพัสดุ"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(["ประกาศนโยบายไม่รับของขวัญ", "ตรวจสอบการปฏิบัติงานของเจ้าหน้าที่"], measures[0].Steps);
        Assert.Equal(["งานพัสดุ"], measures[1].Responsible);
    }
}
