using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>
/// Policies with numbered practices (read through <see cref="TextMeasureParser.Parse"/>, which hands them to
/// PolicyPracticeReader): texts written for these tests in the manner of the tuning documents practices27-policy-*.
/// </summary>
public class PolicyPracticeReaderTests
{
    private readonly List<string> warnings = [];

    private static readonly string[] HospitalPolicies =
    [
        "โรงพยาบาลจึงขอประกาศนโยบายส่งเสริมคุณธรรมและความโปร่งใส ประกอบด้วยนโยบายสำคัญ ๒ ด้าน ดังนี้",
        "๑.นโยบายด้านการเปิดเผยข้อมูล",
        "นโยบายหลัก : เปิดเผยข้อมูลการดำเนินงานของโรงพยาบาลต่อ",
        "สาธารณะอย่างครบถ้วนและเป็นปัจจุบัน",
        "แนวทางปฏิบัติสำหรับทุกกลุ่มงานในโรงพยาบาล",
        "๑) เผยแพร่แผนการจัดซื้อจัดจ้างบนเว็บไซต์",
        "ของโรงพยาบาล",
        "๒) กิจกรรมเปิดบ้านให้ประชาชนเยี่ยมชมการทำงาน",
        "ตัวชี้วัดความสำเร็จ :",
        "๑) ร้อยละของข้อมูลที่เผยแพร่ตามเกณฑ์ ไม่น้อยกว่าร้อยละ ๙๕",
        "๒.นโยบายด้านการบริหารงานบุคคล",
        "นโยบายหลัก : บริหารงานบุคคลด้วยความเป็นธรรม",
        "แนวทางปฏิบัติสำหรับกลุ่มงานบริหารทั่วไปและคณะกรรมการบริหาร",
        "ทรัพยากรบุคคล",
        "๑) ประกาศหลักเกณฑ์การคัดเลือกให้บุคลากรทราบล่วงหน้า",
        "ตัวชี้วัดความสำเร็จ",
        "๑) จำนวนเรื่องร้องเรียนด้านการบริหารงานบุคคล ไม่เกิน ๑ เรื่อง/ปี",
        "จึงประกาศให้ทราบโดยทั่วกัน",
    ];

    [Fact]
    public void Parse_PoliciesWithPracticesAndIndicators_PracticesAreStepsForTheUnitNamed()
    {
        var measures = TextMeasureParser.Parse([Page(1, TextLines(HospitalPolicies))], 2567, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.Equal(["นโยบายด้านการเปิดเผยข้อมูล", "นโยบายด้านการบริหารงานบุคคล"], measures.Select(m => m.Title));
        // A practice that opens with กิจกรรม is a practice, not a labelled field; the indicators are no steps.
        Assert.Equal(["เผยแพร่แผนการจัดซื้อจัดจ้างบนเว็บไซต์ของโรงพยาบาล", "กิจกรรมเปิดบ้านให้ประชาชนเยี่ยมชมการทำงาน"], measures[0].Steps);
        Assert.Equal(["ประกาศหลักเกณฑ์การคัดเลือกให้บุคลากรทราบล่วงหน้า"], measures[1].Steps);
        Assert.Equal(["ทุกกลุ่มงานในโรงพยาบาล"], measures[0].Responsible);
        Assert.Equal(["กลุ่มงานบริหารทั่วไปและคณะกรรมการบริหารทรัพยากรบุคคล"], measures[1].Responsible);
        Assert.All(measures, m => Assert.Null(m.Period));
    }

    [Fact]
    public void Parse_IndicatorLabelMisreadAndFirstNumberMisread_SamePolicies()
    {
        // OCR read ตัวชี้วัด as ตัวขี้วัด and the first ๑. as "9.".
        var lines = HospitalPolicies.Select(l => l.Replace("ตัวชี้วัด", "ตัวขี้วัด", StringComparison.Ordinal)).ToArray();
        lines[1] = "9.นโยบายด้านการเปิดเผยข้อมูล";

        var measures = TextMeasureParser.Parse([Page(1, TextLines(lines))], 2567, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.Equal("นโยบายด้านการเปิดเผยข้อมูล", measures[0].Title);
        Assert.Equal(2, measures[0].Steps.Count);
        Assert.Single(measures[1].Steps);
    }

    [Fact]
    public void Parse_PracticesFollowedByUnitAndPeriodLines_FieldsRead()
    {
        var page = Page(1, TextLines(
            "องค์การบริหารส่วนตำบลจึงกำหนดนโยบาย ดังนี้",
            "๑. นโยบายด้านการจัดซื้อจัดจ้าง",
            "แนวทางปฏิบัติ",
            "(๑) จัดทำแผนการจัดซื้อจัดจ้างประจำปีและเผยแพร่ให้ทราบโดยทั่ว",
            "กันตั้งแต่ต้นปีงบประมาณ",
            "(๒) ห้ามดำเนินการจัดซื้อจัดจ้างในลักษณะแบ่งซื้อแบ่งจ้าง",
            "ผู้รับผิดชอบ : กองคลัง",
            "ระยะเวลา : ตุลาคม ๒๕๖๗ - กันยายน ๒๕๖๘",
            "๒. นโยบายด้านการรับเรื่องร้องเรียน",
            "แนวทางปฏิบัติ",
            "(๑) เปิดช่องทางรับเรื่องร้องเรียนทางเว็บไซต์",
            "ผู้รับผิดชอบ : สำนักปลัด",
            "ระยะเวลา : มกราคม - มิถุนายน ๒๕๖๘",
            "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(["จัดทำแผนการจัดซื้อจัดจ้างประจำปีและเผยแพร่ให้ทราบโดยทั่วกันตั้งแต่ต้นปีงบประมาณ", "ห้ามดำเนินการจัดซื้อจัดจ้างในลักษณะแบ่งซื้อแบ่งจ้าง"],
            measures[0].Steps);
        Assert.Equal(["กองคลัง"], measures[0].Responsible);
        Assert.Equal(("2024-10-01", "2025-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(["สำนักปลัด"], measures[1].Responsible);
        Assert.Equal(("2025-01-01", "2025-06-30"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    [Fact]
    public void Parse_NumberedPoliciesWithoutPractices_NoMeasures()
    {
        // A memo's numbered points that name policies but set out no practices hold no measures.
        var page = Page(1, TextLines(
            "ตามที่กระทรวงสาธารณสุขได้แจ้งนโยบาย ดังนี้",
            "๑. นโยบายการป้องกันการทุจริตของกระทรวง ให้หน่วยงานถือปฏิบัติ",
            "๒. นโยบายการเปิดเผยข้อมูลต่อสาธารณะ ให้หน่วยงานเผยแพร่ทางเว็บไซต์",
            "จึงเรียนมาเพื่อโปรดทราบ"));

        Assert.Empty(TextMeasureParser.Parse([page], null, warnings));
    }

    [Fact]
    public void Parse_OnePolicyWithPractices_NoMeasures()
    {
        // A lone heading with practices may be any numbered paragraph: a list needs two policies.
        var page = Page(1, TextLines(HospitalPolicies.Take(10).Append("จึงเรียนมาเพื่อโปรดทราบ").ToArray()));

        Assert.Empty(TextMeasureParser.Parse([page], null, warnings));
    }

    [Theory]
    [InlineData(1500, 3)]  // set right at the page's foot: a catchword, dropped
    [InlineData(200, 0)]   // at the margin: a line of the text, a policy without practices that leaves one policy, no list
    public void Parse_NextPagesFirstWordsAtThePageFoot_DroppedOnlyWhenSetRight(int left, int policies)
    {
        var first = PlacedLines((200, HospitalPolicies[0]), (200, "๑.นโยบายด้านการเปิดเผยข้อมูล"), (200, "แนวทางปฏิบัติสำหรับทุกกลุ่มงาน"),
            (200, "๑) เผยแพร่แผนการจัดซื้อจัดจ้างบนเว็บไซต์ของโรงพยาบาล"), (left, "๒.นโยบายด้าน"));
        var second = PlacedLines((200, "๒.นโยบายด้านการบริหารงานบุคคล"), (200, "แนวทางปฏิบัติสำหรับกลุ่มงานบริหารทั่วไป"),
            (200, "๑) ประกาศหลักเกณฑ์การคัดเลือกให้บุคลากรทราบล่วงหน้า"), (200, "๓.นโยบายด้านการให้บริการ"),
            (200, "แนวทางปฏิบัติสำหรับกลุ่มงานบริการ"), (200, "๑) ลดขั้นตอนการปฏิบัติงานที่เกินความจำเป็น"), (200, "จึงประกาศให้ทราบโดยทั่วกัน"));

        var measures = TextMeasureParser.Parse([Page(1, first), Page(2, second)], 2567, warnings);

        Assert.Equal(policies, measures.Count);
    }

    /// <summary>Lines as a scan places them: (left edge, text), ending at x = 2000.</summary>
    private static TextBlock PlacedLines(params (int Left, string Text)[] lines) =>
        new(lines.Select((l, k) => new TextLine(l.Text, new BoundingBox(l.Left, 400 + 60 * k, 2000 - l.Left, 50), 0.9)).ToList());
}
