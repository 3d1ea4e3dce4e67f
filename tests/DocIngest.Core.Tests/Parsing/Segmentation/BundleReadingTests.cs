using DocIngest.Core.Extraction;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

/// <summary>Bundles read end to end by the document reader (texts written for these tests).</summary>
public class BundleReadingTests
{
    private const string Plan =
        "มาตรการป้องกันการรับสินบน\nโรงพยาบาลบ่อทอง\n\n" +
        "ลำดับ\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\n" +
        "๑\tประกาศนโยบายไม่รับของขวัญ\tแจ้งเวียนบุคลากร\tงานบุคคล\tต.ค. ๖๖ - ธ.ค. ๖๖\n\n" +
        "(นางวันดี ศรีงาม)\nผู้อำนวยการโรงพยาบาลบ่อทอง";

    private const string GarbledMemo =
        "บพทกขอความ\nส่วนราชการ โรงพยาบาลบ่อทอง กลุ่มงานบริหารทั่วไป\nที่ ชบ ๐๐๓๒/๒๑ วันที่ ๔ มีนาคม ๒๕๖๗\n" +
        "เรื่อง รายงานผลการประเมิน ITA\nเรียน ผู้อำนวยการโรงพยาบาลบ่อทอง\n\n" +
        "ตามที่โรงพยาบาลบ่อทองได้รับผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ ได้คะแนน ๙๑.๒๐ คะแนน\n\n" +
        "จึงเรียนมาเพื่อโปรดทราบ\n\n(นายสมพร ใจงาม)\nนักจัดการงานทั่วไปชำนาญการ";

    [Fact]
    public void Read_SignedPlanThenMemoWithGarbledTitle_PlanThenMemoWithItsHeader()
    {
        var documents = Readers.Default.Read(Readers.Pages(Plan, GarbledMemo));

        Assert.Equal([DocumentKind.MeasurePlan, DocumentKind.Memo], documents.Select(d => d.Kind));
        Assert.Equal((2, 2), (documents[1].PageStart, documents[1].PageEnd));
        Assert.Equal("ผู้อำนวยการโรงพยาบาลบ่อทอง", documents[1].Header!.Addressee);
        Assert.Single(documents[0].Measures);
        Assert.Empty(documents[1].Measures);
    }
}
