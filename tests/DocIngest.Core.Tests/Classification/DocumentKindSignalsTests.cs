using DocIngest.Core.Classification;
using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Classification;

/// <summary>Kinds decided from several signals when the title line is misread (texts written for these tests).</summary>
public class DocumentKindSignalsTests
{
    private static DocumentSlice Slice(params string[] pages) => new(ContentUnit.Flatten(Readers.Pages(pages)));

    private const string MemoBodyAboutIta =
        "ส่วนราชการ โรงพยาบาลบ่อทอง กลุ่มงานบริหารทั่วไป\nที่ ชบ ๐๐๓๒/๑๙ วันที่ ๓ กุมภาพันธ์ ๒๕๖๗\n" +
        "เรื่อง รายงานผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖\nเรียน ผู้อำนวยการโรงพยาบาลบ่อทอง\n\n" +
        "ตามที่โรงพยาบาลบ่อทองได้รับการประเมินคุณธรรมและความโปร่งใส ได้คะแนนรวม ๘๙.๑๐ คะแนน ระดับ A\n" +
        "๑. การปฏิบัติหน้าที่ ๙๒.๑๐ คะแนน\n๒. การใช้งบประมาณ ๘๘.๔๐ คะแนน\n๓. การใช้อำนาจ ๙๐.๐๕ คะแนน\n\nจึงเรียนมาเพื่อโปรดทราบ";

    [Theory]
    [InlineData("บพทกขอความ")]
    [InlineData("บนทกขอควจวาม")]
    [InlineData("")]
    public void Classify_MemoWithGarbledOrLostTitleQuotingItaScores_Memo(string titleAsRead)
    {
        var verdict = Readers.KindClassifier.Classify(null, Slice(titleAsRead + "\n" + MemoBodyAboutIta), indicatorCount: 3);

        Assert.Equal(DocumentKind.Memo, verdict.Kind);
        Assert.Contains("header labels", verdict.Basis);
    }

    [Fact]
    public void Classify_PlanWhoseTitleOcrMangled_MeasurePlanFromTableHeader()
    {
        var slice = Slice("มาศรกรสงสริมคณธรม ประจาปี\nโรงพยาบาลบ่อทอง\n\n" +
                          "ลำดับ\tมาตรการ\tขั้นตอนการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n๑\tเปิดเผยข้อมูลการจัดซื้อ\tเผยแพร่แผนบนเว็บไซต์\tงานพัสดุ\tต.ค. ๖๖ - ก.ย. ๖๗");

        var verdict = Readers.KindClassifier.Classify(null, slice, 0);

        Assert.Equal(DocumentKind.MeasurePlan, verdict.Kind);
        Assert.Contains("measure table", verdict.Basis);
    }

    [Fact]
    public void Classify_OrderWhoseTitleLineIsGarbled_OrderFromClosingFormula()
    {
        var slice = Slice("คาสงโรงพยาบาลบ่อทอง\nที 12/2567\nเรื่อง แต่งตั้งคณะทำงานเผยแพร่ข้อมูล\n\nเพื่อให้การเผยแพร่ข้อมูลเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะทำงาน ดังนี้\n" +
                          "๑. นายสมพร ใจงาม ผู้อำนวยการโรงพยาบาล ประธาน\n\nสั่ง ณ วันที่ ๕ มกราคม พ.ศ. ๒๕๖๗\n\n(นายสมพร ใจงาม)");

        Assert.Equal(DocumentKind.Order, Readers.KindClassifier.Classify(null, slice, 0).Kind);
    }

    [Fact]
    public void Classify_AnnouncementWithoutTitleCue_AnnouncementFromClosingFormula()
    {
        var slice = Slice("ประกศโรงพยาบาลบ่อทอง\nเรือง มาตรการป้องกันการรับสินบน\n\nโรงพยาบาลบ่อทองจึงกำหนดมาตรการ ดังนี้\n๑. ห้ามบุคลากรรับของขวัญทุกชนิด\n\n" +
                          "จึงประกาศให้ทราบโดยทั่วกัน\nประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๖");

        Assert.Equal(DocumentKind.Announcement, Readers.KindClassifier.Classify(null, slice, 0).Kind);
    }

    [Fact]
    public void Classify_GarbledMemoTitleCueButBodyIsAPlanTable_SignalsOutvoteOneLine()
    {
        // One line read as บันทึกข้อความ (fuzzy) over a page with no memo header: the table decides.
        var slice = Slice("บนทกขอความ\n\nลำดับ\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n๑\tเปิดเผยข้อมูล\tเผยแพร่บนเว็บไซต์\tงานพัสดุ\tต.ค. ๖๖ - ก.ย. ๖๗");

        Assert.Equal(DocumentKind.MeasurePlan, Readers.KindClassifier.Classify(null, slice, 0).Kind);
    }

    [Fact]
    public void Classify_OrderWhoseTitleAndClosingOcrGarbled_OrderFromItsMemberList()
    {
        // คำสั่ง read as ดำสั่ง, สั่ง ณ วันที่ lost: the title run into its issuer and the appointees still say "order".
        var slice = Slice("ดำสั่งโรงพยาบาลนาแก\nท๔๕/๒๕๖๖\nเรื่อง แต่งตั้งคณะกรรมการตรวจรับพัสดุ\n" +
                          "เพื่อให้การตรวจรับพัสดุเป็นไปด้วยความเรียบร้อย จึงแต่งตั้งคณะกรรมการ ดังนี้\n" +
                          "๑. นายสมพงษ์ ศรีทอง ผู้อำนวยการโรงพยาบาลนาแก ประธานกรรมการ\n" +
                          "นางรัตนา พูลผล หัวหน้างานการเงิน กรรมการ\nนายชาตรี คำมา นักจัดการงานทั่วไป กรรมการและเลขานุการ\n" +
                          "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป");

        var verdict = Readers.KindClassifier.Classify(null, slice, 0);

        Assert.Equal(DocumentKind.Order, verdict.Kind);
        Assert.Contains("member list", verdict.Basis);
    }

    [Theory]
    [InlineData("ดำสั่งโรงพยาบาลนาแก", true)]
    [InlineData("คำสั่งสำนักงานสาธารณสุขอำเภอนาแก", true)]
    [InlineData("ดำเนินการโรงพยาบาล", false)]
    public void OpensWithIssuedTitle_ShortTitleWordRunIntoItsIssuer_OneLetterTolerated(string line, bool expected) =>
        Assert.Equal(expected, TitleBlockSignals.OpensWithIssuedTitle(line, "คำสั่ง"));

    [Fact]
    public void Classify_MemoWhoseTitleAndLabelsOcrGarbled_MemoFromHeadingsAndClosing()
    {
        // Title and header labels beyond any fuzzy match: the printed section headings and จึงเรียนมาเพื่อ still say "memo".
        var slice = Slice("บนทกยขอคจงาม\nสวนรซกกร สำนักงานสาธารณสุขอำเภอนาแก\nเธอง รายงานผลการเผยแพร่ข้อมูล\nเธยน สาธารณสุขอำเภอ\n" +
                          "๑. ความเป็นมา: สำนักงานได้จัดทำแผนป้องกันการทุจริตประจำปี\n" +
                          "๒. ข้อเท็จจริง: งานบริหารทั่วไปได้ตรวจสอบข้อมูลบนเว็บไซต์ของหน่วยงานแล้ว\n" +
                          "๓. ข้อเสนอ: เห็นควรอนุมัติให้ดำเนินการตามแผน\nจึงเรียนมาเพื่อโปรดพิจารณา\n(นายสมพงษ์ ศรีทอง)");

        var verdict = Readers.KindClassifier.Classify(null, slice, 0);

        Assert.Equal(DocumentKind.Memo, verdict.Kind);
        Assert.Contains("section headings", verdict.Basis);
    }

    [Fact]
    public void Classify_AnnouncementWithOneHeadingLikeLine_NotMemo()
    {
        // One heading-like line (ความเป็นมา) in an announcement is no memo body.
        var slice = Slice("ประกาศโรงพยาบาลนาแก\nเรื่อง มาตรการป้องกันการรับสินบน\nความเป็นมา\nโรงพยาบาลจึงกำหนดมาตรการ ดังนี้\n๑. ห้ามบุคลากรรับของขวัญ\n" +
                          "จึงประกาศให้ทราบโดยทั่วกัน\nประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๖");

        Assert.Equal(DocumentKind.Announcement, Readers.KindClassifier.Classify(null, slice, 0).Kind);
    }

    [Fact]
    public void LooseMemoHeaderLabelNames_ShortLabelsOneLetterMisread_Found()
    {
        var names = TitleBlockSignals.LooseMemoHeaderLabelNames(
            ["ส่วนราชการ สำนักงานสาธารณสุขอำเภอเชียงยืน", "เธอง รายงานผลการเผยแพร่ข้อมูลต่อสาธารณะ", "เธยน สาธารณสุขอำเภอเชียงยืน", "เรียก ประชุม"]);

        Assert.Equal(["addressee", "agency", "subject"], names.Order());
    }

    [Fact]
    public void Classify_MemoWithGarbledTitleAndShortLabels_MemoFromLooseLabels()
    {
        var slice = Slice("บนทกยขอคจงาม\nส่วนราชการ สำนักงานสาธารณสุขอำเภอเชียงยืน จังหวัดขอนแก่น\nNun ๐๐๓๓.๑วง/๗๓๖ JUN ๑๓ ธันวาคม ๒๕ง๖๗\n" +
                          "เธอง รายงานผลการเผยแพร่ข้อมูลต่อสาธารณะ\nเธยน สาธารณสุขอำเภอเชียงยืน\n" +
                          "ด้วยจังหวัดได้กำหนดให้หน่วยงานในสังกัดดำเนินการประเมินคุณธรรมและความโปร่งใส");

        var verdict = Readers.KindClassifier.Classify(null, slice, 0);

        Assert.Equal(DocumentKind.Memo, verdict.Kind);
        Assert.Contains("header labels", verdict.Basis);
    }
}
