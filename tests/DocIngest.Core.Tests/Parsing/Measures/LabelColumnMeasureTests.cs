using DocIngest.Core.Content;
using DocIngest.Core.Parsing.Measures;

namespace DocIngest.Core.Tests.Parsing.Measures;

/// <summary>Measures printed as labelled text blocks in a borderless two-column grid (see <see cref="TwoColumnPage"/>).</summary>
public class LabelColumnMeasureTests
{
    private readonly List<string> warnings = [];

    [Fact]
    public void Parse_IssueBlocksWithGarbledItemNumbers_OneMeasurePerIssue()
    {
        var page = new TwoColumnPage()
            .Heading("๒. นำผลการวิเคราะห์แต่ละประเด็นไปสู่การปฏิบัติ", "ประเด็นที่ ๑. การเปิดเผยข้อมูลสาธารณะ")
            .Row(["(๑) กิจกรรม/", "โครงการ"], "ปรับปรุงข้อมูลบนเว็บไซต์ของหน่วยงาน", "ให้เป็นปัจจุบัน")
            .Row("(lo) ผู้รับผิดชอบ", "สำนักปลัดฯ")
            .Row(["(๓) ขันตอน/วิธีการ", "ปฏิบัติ"], "๑. แต่งตั้งผู้ดูแลเว็บไซต์", "๒. ตรวจสอบข้อมูลทุกเดือน", "และรายงานผู้บริหาร")
            .Row("(@) ระยะเวลา", "๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘")
            .Heading("ประเด็น ที่ ที่ ๒ะ การจัดการเรื่องร้องเรียน")
            .Row(["(๑) กิจกรรม/", "โครงการ"], "จัดทำช่องทางรับเรื่องร้องเรียนออนไลน์")
            .Row("(๒) ผู้รับผิดชอบ", "กองช่าง และกองคลัง")
            .Row(["(๓ ขั้นตอน/วิธีการ", "ปฏิบัติ"], "๑. เปิดช่องทาง Line OA")
            .Row("(>) ระยะเวลา", "ม.ค. - มี.ค. ๖๘")
            .Build(5);

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal([1, 2], measures.Select(m => m.Number!.Value));
        Assert.Equal(["ปรับปรุงข้อมูลบนเว็บไซต์ของหน่วยงานให้เป็นปัจจุบัน", "จัดทำช่องทางรับเรื่องร้องเรียนออนไลน์"], measures.Select(m => m.Title));
        Assert.Equal(["แต่งตั้งผู้ดูแลเว็บไซต์", "ตรวจสอบข้อมูลทุกเดือนและรายงานผู้บริหาร"], measures[0].Steps);
        Assert.Equal(["สำนักปลัด"], measures[0].Responsible);
        Assert.Equal(["กองช่าง", "กองคลัง"], measures[1].Responsible);
        Assert.Equal(("2024-10-01", "2025-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(("2025-01-01", "2025-03-31"), (measures[1].Period?.Start, measures[1].Period?.End));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_MeasureHeadingsWithArabicDigitsAndOtherLabels_TitleFromHeading()
    {
        var page = new TwoColumnPage(labelLeft: 150, valueLeft: 620, pitch: 60)
            .Heading("มาตรการส่งเสริมคุณธรรมและความโปร่งใส องค์การบริหารส่วนตำบลหนองบัว")
            .Heading("มาตรการที่ 1 การป้องกันผลประโยชน์ทับซ้อน")
            .Row("1. หน่วยงานที่รับผิดชอบ", "กองการศึกษาฯ")
            .Row("2. วิธีดำเนินการ", "- จัดอบรมให้ความรู้แก่บุคลากร", "- เผยแพร่คู่มือ")
            .Row("3. เป้าหมาย", "บุคลากรทุกคน")
            .Row("4. ระยะเวลาดำเนินการ", "1 ต.ค. 67 - 31 มี.ค. 68")
            .Row("5. ผลการดำเนินงาน", "ดำเนินการแล้ว")
            .Heading("มาตรการที่ 2 การใช้ทรัพย์สินของราชการ")
            .Row("1. ผู้รับผิดชอบ", "สป.")
            .Row("2. ระยะเวลา", "ตลอดปีงบประมาณ")
            .Build(2);

        var measures = TextMeasureParser.Parse([page], 2568, warnings);

        Assert.Equal(["การป้องกันผลประโยชน์ทับซ้อน", "การใช้ทรัพย์สินของราชการ"], measures.Select(m => m.Title));
        Assert.Equal(["จัดอบรมให้ความรู้แก่บุคลากร", "เผยแพร่คู่มือ"], measures[0].Steps);
        Assert.Equal(["กองการศึกษา"], measures[0].Responsible);
        Assert.Equal(("2024-10-01", "2025-03-31"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal("ดำเนินการแล้ว", measures[0].Progress);
        Assert.DoesNotContain(measures[0].Steps, s => s.Contains("บุคลากรทุกคน"));
        Assert.Equal(["สำนักปลัด"], measures[1].Responsible);
        Assert.Equal(("2024-10-01", "2025-09-30"), (measures[1].Period?.Start, measures[1].Period?.End));
    }

    [Fact]
    public void Parse_StepsRunOntoNextPage_ContinuedAfterPageNumber()
    {
        var first = new TwoColumnPage()
            .Heading("ประเด็นที่ 1 การบริหารงานบุคคล")
            .Row(["(1) กิจกรรม/", "โครงการ"], "เผยแพร่หลักเกณฑ์การประเมินผลการปฏิบัติงาน")
            .Row("(2) ผู้รับผิดชอบ", "งานการเจ้าหน้าที่")
            .Row(["(3) ขั้นตอน/วิธีการ", "ปฏิบัติ"], "1. จัดทำหลักเกณฑ์", "2. แจ้งเวียนให้")
            .Build(3);
        var second = new TwoColumnPage()
            .Heading("- ๔ -")
            .Row("", "บุคลากรทราบ")
            .Row("(4) ระยะเวลา", "ตุลาคม 2566 - กันยายน 2567")
            .Row("(5) ผลการดำเนินงาน", "อยู่ระหว่างดำเนินการ")
            .Build(4);

        var measure = Assert.Single(TextMeasureParser.Parse([first, second], 2567, warnings));

        Assert.Equal(["จัดทำหลักเกณฑ์", "แจ้งเวียนให้บุคลากรทราบ"], measure.Steps);
        Assert.Equal(("2023-10-01", "2024-09-30"), (measure.Period?.Start, measure.Period?.End));
        Assert.Equal("อยู่ระหว่างดำเนินการ", measure.Progress);
    }

    [Fact]
    public void Parse_HeadingNumbersMisread_NumberedInSequence()
    {
        var page = new TwoColumnPage()
            .Heading("ประเด็นที่ ๑. การให้บริการ").Row("(๑) กิจกรรม/โครงการ", "ลดขั้นตอนการให้บริการ").Row("(๒) ผู้รับผิดชอบ", "สำนักปลัด")
            .Heading("ประเด็นที่ lo. การใช้อำนาจ").Row("(๑) กิจกรรม/โครงการ", "ประกาศเกณฑ์การมอบหมายงาน").Row("(๒) ผู้รับผิดชอบ", "สำนักปลัด")
            .Heading("ประเด็นที ๗. การใช้งบประมาณ").Row("(๑) กิจกรรม/โครงการ", "เผยแพร่แผนการจัดซื้อจัดจ้าง").Row("(๒) ผู้รับผิดชอบ", "กองคลัง")
            .Build(1);

        var measures = TextMeasureParser.Parse([page], 2567, warnings);

        Assert.Equal([1, 2, 3], measures.Select(m => m.Number!.Value));
        Assert.Equal(["สำนักปลัด", "สำนักปลัด", "กองคลัง"], measures.Select(m => m.Responsible.Single()));
    }

    [Fact]
    public void Read_ProseWithoutLabelColumn_LinesUnchanged()
    {
        var lines = new[]
        {
            new TextLine("ผู้รับผิดชอบ ได้รายงานผลการดำเนินงานให้ทราบแล้ว", new BoundingBox(200, 100, 1100, 44), 0.9),
            new TextLine("ซึ่งเป็นไปตามแผนที่กำหนดไว้ทุกประการ", new BoundingBox(200, 150, 900, 44), 0.9),
            new TextLine("ระยะเวลา ที่ใช้ในการดำเนินการทั้งสิ้น ๓ เดือน", new BoundingBox(200, 200, 1000, 44), 0.9),
        };

        var placed = LabelColumnReader.Read(lines);

        Assert.Equal(lines.Select(l => l.Text), placed.Select(p => p.Text));
        Assert.All(placed, p => Assert.Null(p.Field));
    }
}
