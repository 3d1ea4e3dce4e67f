using DocIngest.Core.Extraction;
using DocIngest.Core.Parsing.Segmentation;
using DocIngest.Core.Tests.TestSupport;

namespace DocIngest.Core.Tests.Parsing.Segmentation;

public class DocumentSliceTests
{
    private const string ScoreThenLoneCue =
        "บันทึกข้อความ\nส่วนราชการ กลุ่มงานบริหาร โรงพยาบาลทดสอบ\nเรื่อง รายงานผลการประเมิน\nเรียน ผู้อำนวยการ\n" +
        "ปีงบประมาณ พ.ศ. ๒๕๖๕ โรงพยาบาลได้ ๘๗.๑๕ คะแนน\nระดูั\nA ส่วนตัวชี้วัดที่ยังต่ำคือการเปิดเผยข้อมูล";

    [Fact]
    public void TextLines_GradeCueAloneWithDamagedMarks_Kept()
    {
        var slice = new DocumentSlice(ContentUnit.Flatten(Readers.Pages(ScoreThenLoneCue)));

        Assert.Contains("ระดูั", slice.TextLines);
    }

    [Fact]
    public void Read_GradeCueAloneBetweenScoreAndGrade_ResultGraded()
    {
        var document = Assert.Single(Readers.ForPartA.Read(Readers.Pages(ScoreThenLoneCue)));

        Assert.Contains(new ItaResult(2565, 87.15, "A"), document.ItaResults);
    }

    private const string MemoSignedWithAWrappedName =
        "บันทึกข้อความ\nส่วนราชการ คณะเกษตรศาสตร์ มหาวิทยาลัยอุบลราชธานี\nเรื่อง ขอรายชื่อผู้ประสานงาน\nเรียน คณบดี\n" +
        "ขอให้ส่งรายชื่อผู้ประสานงานภายในวันที่ ๖ กันยายน ๒๕๖๗\nจึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ\n" +
        "(ผู้ช่วยศาสตราจารย์ ดร.ชนิดา แสนทวี\nสุข)\nรองคณบดีฝ่ายบริหาร";

    [Fact]
    public void TextLines_ShortEndOfANameWrappedInsideItsBrackets_Kept()
    {
        var slice = new DocumentSlice(ContentUnit.Flatten(Readers.Pages(MemoSignedWithAWrappedName)));

        Assert.Contains("สุข)", slice.TextLines);
    }

    [Fact]
    public void TextLines_ShortPieceWithABracketUnderAClosedOne_Dropped()
    {
        var slice = new DocumentSlice(ContentUnit.Flatten(Readers.Pages(MemoSignedWithAWrappedName.Replace("แสนทวี\n", "แสนทวี)\n"))));

        Assert.DoesNotContain("สุข)", slice.TextLines);
    }

    [Fact]
    public void Read_SignerNameWrappedInsideItsBrackets_SignerRead()
    {
        var document = Assert.Single(Readers.ForPartA.Read(Readers.Pages(MemoSignedWithAWrappedName)));

        var signer = Assert.Single(document.Signatures);
        Assert.Equal("ผู้ช่วยศาสตราจารย์ ดร.ชนิดา แสนทวีสุข", signer.Name);
    }
}
