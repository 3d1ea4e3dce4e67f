using DocIngest.Core.Content;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Measures;
using static DocIngest.Core.Tests.Parsing.Measures.MeasurePages;

namespace DocIngest.Core.Tests.Parsing.Measures;

public class MeasureTableParserTests
{
    private readonly MeasureTableParser parser = new();
    private readonly List<string> warnings = [];

    private IReadOnlyList<Measure> Parse(int? fiscalYear, params PageContent[] pages) => parser.Parse(pages, fiscalYear, warnings);

    [Fact]
    public void Parse_ThreeColumns_MeasureResponsiblePeriod()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("การเผยแพร่ข้อมูลต่อสาธารณะ", "สำนักปลัดฯ", "ม.ค.- มี.ค.๖๔"),
            Row("การจัดการเรื่องร้องเรียน", "กองคลัง", "เม.ย. - มิ.ย. ๖๔")));

        var measures = Parse(2564, page);

        Assert.Equal(2, measures.Count);
        Assert.Equal("การเผยแพร่ข้อมูลต่อสาธารณะ", measures[0].Title);
        Assert.Equal(["สำนักปลัด"], measures[0].Responsible);
        Assert.Equal(new Period("ม.ค.- มี.ค.๖๔", "2021-01-01", "2021-03-31"), measures[0].Period);
        Assert.Equal("2021-06-30", measures[1].Period?.End);
        Assert.Null(measures[0].Number);
        Assert.Equal(1, measures[0].Page);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_UnitColumnHeadedByAgencyPart_ReadsUnits()
    {
        var page = Page(1, Block(
            Row("ลำดับ", "แนวทางการพัฒนา", "หน่วยงานขับเคลื่อน"),
            Row("๑", "ส่งเสริมให้หน่วยงานเป็นองค์กรคุณธรรมต้นแบบ", "- ศูนย์ปฏิบัติการต่อต้านการทุจริต\n- ทุกหน่วยงานในสังกัด"),
            Row("๒", "ส่งเสริมผู้นำคุณธรรมและต้นแบบที่ดี", "- สถาบันพระบรมราชชนก")));

        var measures = Parse(null, page);

        Assert.Equal([1, 2], measures.Select(m => m.Number));
        Assert.Equal("ส่งเสริมผู้นำคุณธรรมและต้นแบบที่ดี", measures[1].Title);
        Assert.Equal(["ศูนย์ปฏิบัติการต่อต้านการทุจริต", "ทุกหน่วยงานในสังกัด"], measures[0].Responsible);
        Assert.Equal(["สถาบันพระบรมราชชนก"], measures[1].Responsible);
    }

    [Fact]
    public void Parse_ProjectSetColumnBesideGuidelines_ReadAsSteps()
    {
        var page = Page(1, Block(
            Row("แนวทางการพัฒนา", "ชุดโครงการ", "หน่วยงานรับผิดชอบ"),
            Row("แนวทางการพัฒนาที่ ๑\nสร้างพื้นที่และสนับสนุน\nกิจกรรมส่งเสริมคุณธรรม",
                "๑. ชุดโครงการสร้างเสริม\nสภาพแวดล้อมที่เอื้อ\n๒. ชุดโครงการพัฒนาชุมชน", "- กระทรวงวัฒนธรรม\n- กระทรวงมหาดไทย"),
            Row("แนวทางการพัฒนาที่ ๒\nยกย่องเชิดชูเกียรติบุคคล", "ชุดโครงการค้นหาบุคคล", "หน่วยงานทุกภาคส่วน")));

        var measures = Parse(null, page);

        Assert.Equal([1, 2], measures.Select(m => m.Number));
        Assert.Equal("สร้างพื้นที่และสนับสนุนกิจกรรมส่งเสริมคุณธรรม", measures[0].Title);
        Assert.Equal(["ชุดโครงการสร้างเสริมสภาพแวดล้อมที่เอื้อ", "ชุดโครงการพัฒนาชุมชน"], measures[0].Steps);
        Assert.Equal(["กระทรวงวัฒนธรรม", "กระทรวงมหาดไทย"], measures[0].Responsible);
        Assert.Equal(["ชุดโครงการค้นหาบุคคล"], measures[1].Steps);
    }

    [Fact]
    public void Parse_GoalsTableAfterMeasureTable_NeitherMeasuresNorContinuation()
    {
        var page = Page(1,
            Block(
                Row("แนวทางการพัฒนา", "ชุดโครงการ", "หน่วยงานรับผิดชอบ"),
                Row("แนวทางการพัฒนาที่ ๖\nสนับสนุนส่งเสริมกลไกของชุมชน", "ชุดโครงการพัฒนาระบบพี่เลี้ยงชุมชน", "- กระทรวงมหาดไทย")),
            Block(
                Row("เป้าหมาย", "ตัวชี้วัด", "ค่าเป้าหมายรวม"),
                Row("เป้าหมายที่ ๑\nจำนวนเครือข่ายที่ร่วมกันทำกิจกรรม", "จำนวนเครือข่าย / องค์กร\n(ร้อยละต่อปี)", "เพิ่มขึ้นร้อยละ ๑๐ ต่อปี\nจากข้อมูลปีฐาน ปี พ.ศ. ๒๕๖๖")));

        var measures = Parse(null, page);

        var only = Assert.Single(measures);
        Assert.Equal(6, only.Number);
        Assert.Equal(["กระทรวงมหาดไทย"], only.Responsible);
        Assert.Null(only.Period);
    }

    [Fact]
    public void Parse_ActivityColumnBesideStepsColumn_StaysUnread()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "ขั้นตอนการดำเนินการ", "กิจกรรม", "ผู้รับผิดชอบ"),
            Row("การเผยแพร่ข้อมูลต่อสาธารณะ", "๑. จัดทำประกาศ", "ประชุมชี้แจง", "สำนักปลัด")));

        var measures = Parse(null, page);

        Assert.Equal(["จัดทำประกาศ"], Assert.Single(measures).Steps);
    }

    [Fact]
    public void Parse_UnitColumnHeadingUnreadable_UnitsRecognisedFromCells()
    {
        var page = Page(1, Block(
            Row("ลำดับ", "มาตรการ", "~"),
            Row("๑", "ส่งเสริมให้หน่วยงานเป็นองค์กรคุณธรรมต้นแบบ", "- สถาบันพระบรมราชชนก\n- กลุ่มงานคุ้มครองจริยธรรม"),
            Row("๒", "ส่งเสริมผู้นำคุณธรรมและต้นแบบที่ดี", "- ศูนย์ปฏิบัติการต่อต้านการทุจริต")));

        var measures = Parse(null, page);

        Assert.Equal(2, measures.Count);
        Assert.Equal(["สถาบันพระบรมราชชนก", "กลุ่มงานคุ้มครองจริยธรรม"], measures[0].Responsible);
        Assert.Equal(["ศูนย์ปฏิบัติการต่อต้านการทุจริต"], measures[1].Responsible);
    }

    [Fact]
    public void Parse_FourColumnsNumberedTitles_NumbersFromTitlePrefix()
    {
        var page = Page(2, Block(
            Row("มาตรการ", "ขั้นตอนหรือวิธีการ", "ส่วนราชการที่รับผิดชอบ", "ระยะเวลา"),
            Row("(๑) มีแนวทางปฏิบัติ\nเกี่ยวกับการใช้ทรัพย์สิน", "๑. จัดทำแนวทาง\n๒. แจ้งเวียน", "- สำนักปลัด ฯ ฝ่ายอำนวยการ", "ตลอดปีงบประมาณ"),
            Row("๒) ให้ความรู้", "- จัดทำประกาศ", "- กองการเจ้าหน้าที่", "ไตรมาสที่ ๒")));

        var measures = Parse(2565, page);

        Assert.Equal([1, 2], measures.Select(m => m.Number));
        Assert.Equal("มีแนวทางปฏิบัติเกี่ยวกับการใช้ทรัพย์สิน", measures[0].Title);
        Assert.Equal(["จัดทำแนวทาง", "แจ้งเวียน"], measures[0].Steps);
        Assert.Equal(["สำนักปลัด", "ฝ่ายอำนวยการ"], measures[0].Responsible);
        Assert.Equal(("2021-10-01", "2022-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
        Assert.Equal(("2022-01-01", "2022-03-31"), (measures[1].Period?.Start, measures[1].Period?.End));
        Assert.Equal(2, measures[0].Page);
    }

    [Fact]
    public void Parse_FiveColumnsWithFollowUp_ReadsFollowUp()
    {
        var page = Page(1, Block(
            Row("มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา\nดำเนินการ", "การติดตามผล"),
            Row("การส่งเสริมความโปร่งใส", "การกำหนดกรอบการส่งเสริม", "กองคลัง", "ม.ค.- มี.ค.๖๔", "รายงานผลในการประชุมประจำเดือน")));

        var measure = Assert.Single(Parse(2564, page));

        Assert.Equal("รายงานผลในการประชุมประจำเดือน", measure.FollowUp);
        Assert.Equal(["การกำหนดกรอบการส่งเสริม"], measure.Steps);
        Assert.Null(measure.Progress);
    }

    [Fact]
    public void Parse_SixColumnsWithOrderColumn_NumberFromColumn()
    {
        var page = Page(1, Block(
            Row("ลำดับ", "แนวทาง/มาตรการดำเนินการ", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "ผลการดำเนินงาน"),
            Row("๑", "มาตรการด้านการปฏิบัติหน้าที่", "- ประเมินความพึงพอใจ\n- แสดงคู่มือ", "- สำนักปลัด\n- กองคลัง", "ตุลาคม ๒๕๖๕- ๓๐ กันยายน ๒๕๖๖", "- มอบหมายเจ้าหน้าที่\n- จัดทำคำสั่ง"),
            Row("๒", "๒. มาตรการการใช้จ่ายงบประมาณ", "- เผยแพร่ข้อมูล", "กองคลัง", "ตุลาคม ๒๕๖๕- ๓๐ กันยายน ๒๕๖๖", "- จัดประชุม")));

        var measures = Parse(2566, page);

        Assert.Equal([1, 2], measures.Select(m => m.Number));
        Assert.Equal("มาตรการการใช้จ่ายงบประมาณ", measures[1].Title);
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measures[0].Responsible);
        Assert.Equal("มอบหมายเจ้าหน้าที่\nจัดทำคำสั่ง", measures[0].Progress);
        Assert.Equal(("2022-10-01", "2023-09-30"), (measures[0].Period?.Start, measures[0].Period?.End));
    }

    [Fact]
    public void Parse_ArabicDigits_ReadsNumbersAndPeriods()
    {
        var page = Page(1, Block(
            Row("ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("1", "การเปิดเผยข้อมูล", "สำนักปลัด", "1 ต.ค. 65 - 30 ก.ย. 66"),
            Row("2.", "การป้องกันการทุจริต", "กองช่าง", "ปีงบประมาณ 2566")));

        var measures = Parse(null, page);

        Assert.Equal([1, 2], measures.Select(m => m.Number));
        Assert.All(measures, m => Assert.Equal(("2022-10-01", "2023-09-30"), (m.Period?.Start, m.Period?.End)));
    }

    [Fact]
    public void Parse_HeaderRepeatedAndEmptyFirstCell_RowContinuedIsOneMeasureOnItsStartPage()
    {
        string[] header = ["มาตรการ", "ขั้นตอนหรือวิธีการ", "รายงานความก้าวหน้า", "ส่วนราชการที่รับผิดชอบ"];
        var first = Page(3,
            Block(header, Row("(๑) มีแนวทางปฏิบัติ", "๑. จัดทำแนวทาง", "๑. ประกาศ อบจ.", "- สำนักปลัดฯ")),
            TextLines("/ มาตรการ..."));
        var second = Page(4,
            Block(header, Row("", "", "๒. จัดทำคู่มือ", "- สำนักปลัดฯ ฝ่ายนิติการ"), Row("๒) ให้ความรู้", "- จัดทำประกาศ", "- ประชาสัมพันธ์", "- กองการเจ้าหน้าที่")));

        var measures = Parse(null, first, second);

        Assert.Equal(2, measures.Count);
        Assert.Equal(3, measures[0].Page);
        Assert.Equal(["ประกาศ อบจ.", "จัดทำคู่มือ"], measures[0].Progress!.Split('\n'));
        Assert.Equal(["สำนักปลัด", "ฝ่ายนิติการ"], measures[0].Responsible);
        Assert.Equal(4, measures[1].Page);
    }

    [Fact]
    public void Parse_RowSplitOverThreePages_OneMeasure()
    {
        string[] header = ["ลำดับ", "มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา"];
        var p1 = Page(1, Block(header, Row("๑", "การเปิดเผยข้อมูล", "- จัดทำข้อมูล", "สำนักปลัด", "ตลอดปีงบประมาณ")));
        var p2 = Page(2, Block(header, Row("", "", "- ปรับปรุงข้อมูล", "กองคลัง", "")));
        var p3 = Page(3, Block(Row("", "", "- เผยแพร่ข้อมูล", "", "")), TextLines("- ๓ -"));
        var p4 = Page(4, Block(header, Row("๒", "การป้องกันการทุจริต", "- ประกาศเจตนารมณ์", "สำนักปลัด", "ตลอดปีงบประมาณ")));

        var measures = Parse(2566, p1, p2, p3, p4);

        Assert.Equal(2, measures.Count);
        Assert.Equal(["จัดทำข้อมูล", "ปรับปรุงข้อมูล", "เผยแพร่ข้อมูล"], measures[0].Steps);
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measures[0].Responsible);
        Assert.Equal(1, measures[0].Page);
        Assert.Equal((2, 4), (measures[1].Number!.Value, measures[1].Page!.Value));
    }

    [Fact]
    public void Parse_TitleCutByPageBreakWithoutTopRule_JoinedToNumberedMeasure()
    {
        string[] header = ["ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"];
        var p1 = Page(1, Block(header, Row("๑", "มาตรการหรือแนวทางการพัฒนาด้าน", "สำนักปลัด", "ตลอดปีงบประมาณ")));
        var p2 = Page(2, Block(Row("", "การใช้ทรัพย์สินของราชการ", "กองคลัง", "")), Block(header));

        var measure = Assert.Single(Parse(2566, p1, p2));

        Assert.Equal("มาตรการหรือแนวทางการพัฒนาด้านการใช้ทรัพย์สินของราชการ", measure.Title);
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measure.Responsible);
    }

    [Fact]
    public void Parse_NextPageGridFoundWithFewerColumns_RowStillContinued()
    {
        var p1 = Page(1, Block(
            Row("ลำดับ", "มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("๑", "การเปิดเผยข้อมูล", "- จัดทำข้อมูล", "สำนักปลัด", "ตลอดปีงบประมาณ")));
        // The ลำดับ rule was not found on the next page: the grid has four columns.
        var p2 = Page(2, Block(
            Row("มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("", "- เผยแพร่ข้อมูล", "กองคลัง", "")));

        var measure = Assert.Single(Parse(2566, p1, p2));

        Assert.Equal(["จัดทำข้อมูล", "เผยแพร่ข้อมูล"], measure.Steps);
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measure.Responsible);
    }

    [Fact]
    public void Parse_UnnumberedTableOnNextPage_TitleStartsNewMeasure()
    {
        string[] header = ["มาตรการ/แนวทาง", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา"];
        var p1 = Page(1, Block(header, Row("การเผยแพร่ข้อมูล", "กำหนดกรอบ", "สำนักปลัดฯ", "ม.ค.- มี.ค.๖๔")));
        var p2 = Page(2, Block(header, Row("การจัดการเรื่องร้องเรียน", "กำหนดกรอบ", "สำนักปลัดฯ", "ม.ค.- มี.ค.๖๔")));

        var measures = Parse(2564, p1, p2);

        Assert.Equal(["การเผยแพร่ข้อมูล", "การจัดการเรื่องร้องเรียน"], measures.Select(m => m.Title));
        Assert.Equal([1, 2], measures.Select(m => m.Page!.Value));
    }

    [Fact]
    public void Parse_OcrNoisyHeaders_ColumnsStillMapped()
    {
        var page = Page(1, Block(
            Row("ลำดบ", "มาตรกำร/แนวทำง", "ขั้นตอนวิธีกาว", "ผู้รับผิดชอน", "ระยะเวลำดำเนินกำร"),
            Row("๑", "การเปิดเผยข้อมูล", "- ปรับปรุงเว็บไซต์", "สำนักปลด", "ต.ค. ๖๕ - ก.ย. ๖๖")));

        var measure = Assert.Single(Parse(2566, page));

        Assert.Equal(1, measure.Number);
        Assert.Equal("การเปิดเผยข้อมูล", measure.Title);
        Assert.Equal(["ปรับปรุงเว็บไซต์"], measure.Steps);
        Assert.Equal(["สำนักปลัด"], measure.Responsible);
        Assert.Equal("2023-09-30", measure.Period?.End);
    }

    [Fact]
    public void Parse_ContinuationMarkerInsideLastRow_Dropped()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ"),
            Row("(๑) การเปิดเผยข้อมูล", "๑. ปรับปรุงเว็บไซต์\n/ มาตรการ...", "สำนักปลัดฯ")));

        var measure = Assert.Single(Parse(null, page));

        Assert.Equal(["ปรับปรุงเว็บไซต์"], measure.Steps);
    }

    [Fact]
    public void Parse_RowSpanningTitle_StepsOfBothRowsInOneMeasure()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("การเปิดเผยข้อมูล", "จัดทำข้อมูล", "สำนักปลัด", "ไตรมาสที่ ๑"),
            Row("^", "เผยแพร่ข้อมูล", "กองคลัง", "ไตรมาสที่ ๒")));

        var measure = Assert.Single(Parse(2566, page));

        Assert.Equal(["จัดทำข้อมูล", "เผยแพร่ข้อมูล"], measure.Steps);
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measure.Responsible);
        Assert.Equal(("2022-10-01", "2023-03-31"), (measure.Period?.Start, measure.Period?.End));
    }

    [Fact]
    public void Parse_TwoRowHeader_SubHeaderRowNotAMeasure()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "ขั้นตอน", "ระยะเวลา", "<", "ผู้รับผิดชอบ"),
            Row("^", "^", "เริ่มต้น", "สิ้นสุด", "^"),
            Row("การเปิดเผยข้อมูล", "จัดทำข้อมูล", "ต.ค. ๖๕", "ก.ย. ๖๖", "สำนักปลัด")));

        var measure = Assert.Single(Parse(2566, page));

        Assert.Equal("การเปิดเผยข้อมูล", measure.Title);
        Assert.Equal(["สำนักปลัด"], measure.Responsible);
        Assert.Equal(("2022-10-01", "2023-09-30"), (measure.Period?.Start, measure.Period?.End));
    }

    [Fact]
    public void Parse_HeaderlessContinuationTable_ContinuesPreviousLayout()
    {
        var p1 = Page(1, Block(
            Row("ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("๑", "การเปิดเผยข้อมูล", "สำนักปลัด", "ตลอดปีงบประมาณ")));
        var p2 = Page(2, Block(
            Row("๒", "การป้องกันการทุจริต", "กองคลัง", "ไตรมาสที่ ๓")));

        var measures = Parse(2566, p1, p2);

        Assert.Equal(2, measures.Count);
        Assert.Equal(["กองคลัง"], measures[1].Responsible);
        Assert.Equal("2023-04-01", measures[1].Period?.Start);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_ContinuationPageRowWithGarbledNumber_OpensItsOwnMeasure()
    {
        // The number ๗ read as "|" at the top of the next page: ink in the number cell is a number misread, not a title
        // cut by the page break.
        var p1 = Page(1, Block(
            Row("ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("๖", "มาตรการพัฒนาคุณภาพการดำเนินงาน", "สำนักปลัด", "ตลอดปีงบประมาณ")));
        var p2 = Page(2, Block(
            Row("ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("|", "มาตรการพัฒนาประสิทธิภาพการสื่อสาร", "กองคลัง", "ตลอดปีงบประมาณ"),
            Row("๘", "มาตรการปรับปรุงการทำงาน", "กองช่าง", "ตลอดปีงบประมาณ")));

        var measures = Parse(2566, p1, p2);

        Assert.Equal(["มาตรการพัฒนาคุณภาพการดำเนินงาน", "มาตรการพัฒนาประสิทธิภาพการสื่อสาร", "มาตรการปรับปรุงการทำงาน"], measures.Select(m => m.Title));
    }

    [Fact]
    public void Parse_HeaderlessTableWithoutPredecessor_ReadByContentWithWarning()
    {
        var page = Page(1, Block(
            Row("๑", "การเปิดเผยข้อมูลต่อสาธารณะ", "สำนักปลัด", "ม.ค.- มี.ค.๖๔"),
            Row("๒", "การจัดการเรื่องร้องเรียน", "กองคลัง", "เม.ย.- มิ.ย.๖๔")));

        var measures = Parse(null, page);

        Assert.Equal([1, 2], measures.Select(m => m.Number));
        Assert.Equal(["กองคลัง"], measures[1].Responsible);
        Assert.Contains(warnings, w => w.Contains("without a header"));
    }

    [Fact]
    public void Parse_TableTitledLikeMeasuresButUnmappable_Warns()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "หมายเหตุ", "อื่น ๆ"),
            Row("การเปิดเผยข้อมูล", "-", "-")));

        var measures = Parse(null, page);

        Assert.Empty(measures);
        Assert.Contains(warnings, w => w.Contains("could not be mapped"));
    }

    [Fact]
    public void Parse_NumberedRowWithoutTitle_SkippedWithWarning()
    {
        var page = Page(1, Block(
            Row("ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("๑", "การเปิดเผยข้อมูล", "สำนักปลัด", "ตลอดปีงบประมาณ"),
            Row("๒", "", "กองคลัง", "ตลอดปีงบประมาณ")));

        var measures = Parse(2566, page);

        Assert.Single(measures);
        Assert.Contains(warnings, w => w.Contains("no title"));
    }

    [Fact]
    public void Parse_UnreadablePeriod_KeptAsTextWithWarning()
    {
        var page = Page(1, Block(
            Row("มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("การเปิดเผยข้อมูล", "สำนักปลัด", "ดำเนินการอย่างต่อเนื่อง")));

        var measure = Assert.Single(Parse(2566, page));

        Assert.Equal(new Period("ดำเนินการอย่างต่อเนื่อง", null, null), measure.Period);
        Assert.Contains(warnings, w => w.Contains("could not be read as dates"));
    }

    [Fact]
    public void Parse_OnlyNonMeasureTables_NoMeasuresNoWarnings()
    {
        var page = Page(1, Block(
            Row("ตัวชี้วัดของการประเมิน ITA", "ประเด็นที่ต้องแก้ไขปรับปรุง"),
            Row("1.การปฏิบัติหน้าที่ 90.77 คะแนน", "จากผลคะแนน IIT พบว่า")));

        Assert.Empty(Parse(2564, page));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_DifferentTableAfterMeasureTable_DoesNotContinueIt()
    {
        var p1 = Page(1, Block(
            Row("มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"),
            Row("การเปิดเผยข้อมูล", "สำนักปลัด", "ตลอดปีงบประมาณ")));
        var p2 = Page(2, Block(Row("ลงชื่อ", "ผู้บันทึก"), Row("", "")), Block(Row("", "นายก", "ปลัด")));

        var measure = Assert.Single(Parse(2566, p1, p2));

        Assert.Equal(["สำนักปลัด"], measure.Responsible);
    }

    [Fact]
    public void Parse_DocxParagraphCells_EachParagraphAStep()
    {
        var page = DocxPage(1, Block(
            Row("มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ"),
            Row("การเปิดเผยข้อมูล", "จัดทำข้อมูล\nเผยแพร่ข้อมูล", "สำนักปลัด\nกองคลัง")));

        var measure = Assert.Single(Parse(null, page));

        Assert.Equal(["จัดทำข้อมูล", "เผยแพร่ข้อมูล"], measure.Steps);
        Assert.Equal(["สำนักปลัด", "กองคลัง"], measure.Responsible);
    }

    [Fact]
    public void Parse_OcrGarbledOrderNumbers_FollowTheSequence()
    {
        // As Debian's Thai model reads ๑ ๒ ๓ ๔ ๕ ๖: ๔ comes out as ๕ and ๖ as ๒๐.
        var page = Page(1, Block(
            Row("ลำดับ", "มาตรการ", "ผู้รับผิดชอบ"),
            Row("๑", "การเปิดเผยข้อมูล", "สำนักปลัด"),
            Row("๒", "การป้องกันการทุจริต", "กองคลัง"),
            Row("๓", "การใช้ทรัพย์สิน", "กองช่าง"),
            Row("๕", "การใช้อำนาจ", "สำนักปลัด"),
            Row("๕", "การใช้งบประมาณ", "กองคลัง"),
            Row("๒๐", "คุณภาพการดำเนินงาน", "สำนักปลัด")));

        var measures = Parse(null, page);

        Assert.Equal([1, 2, 3, 4, 5, 6], measures.Select(m => m.Number!.Value));
    }

    [Fact]
    public void Parse_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => parser.Parse(null!, null, warnings));
        Assert.Throws<ArgumentNullException>(() => parser.Parse([], null, null!));
    }
}
