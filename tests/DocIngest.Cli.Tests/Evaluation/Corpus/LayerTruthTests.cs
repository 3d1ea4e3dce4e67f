using DocIngest.Cli.Evaluation.Corpus;
using DocIngest.Pipeline.Tests.TestSupport;

namespace DocIngest.Cli.Tests.Evaluation.Corpus;

public class LayerTruthTests
{
    [Fact]
    public void Fold_SaraAmLostByTheLayer_ComparesEqualToTheRealWord()
    {
        Assert.Equal(LayerTruth.Fold("สำนักงาน ประจำปี"), LayerTruth.Fold("สานักงาน ประจาปี"));
    }

    [Fact]
    public void Fold_MarksSplitFromTheirLettersBySpaces_JoinTheirLetters()
    {
        Assert.Equal(LayerTruth.Fold("แผนปฏิบัติ"), LayerTruth.Fold("แผนปฏิ บั ติ"));
    }

    [Fact]
    public void Fold_PrivateUseGlyphsLeadersAndSpaces_AreDropped()
    {
        Assert.Equal("ที่ชบ๐๘๓๒", LayerTruth.Fold("ที่\uF700 ชบ ........ ๐๘๓๒\n"));
    }

    [Fact]
    public void Fold_AnOtherLetter_StillDiffers()
    {
        Assert.NotEqual(LayerTruth.Fold("สำนักงาน"), LayerTruth.Fold("สำนักงาม"));
    }

    [Fact]
    public void Problem_ShortLayer_IsNoTruth()
    {
        Assert.Contains("letters", LayerTruth.Problem("หน้า ๑"));
    }

    [Fact]
    public void Problem_ManyPrivateUseGlyphs_IsNoTruth()
    {
        string text = string.Concat(Enumerable.Repeat("ข้อความที่อ่านได้ \uF70A\uF70B ", 20));

        Assert.Contains("private-use", LayerTruth.Problem(text));
    }

    [Fact]
    public void Problem_SoundPage_IsNull()
    {
        Assert.Null(LayerTruth.Problem(string.Concat(Enumerable.Repeat("สำนักงานสาธารณสุขอำเภอหนองใหญ่ ", 5))));
    }

    [Fact]
    public void Read_PdfWithThaiLines_GivesTheLinesTopDown()
    {
        var pdf = TestPdfs.WriteTemp(TestPdfs.WithLines("บันทึกข้อความ", "ส่วนราชการ สำนักงานสาธารณสุข"));
        try
        {
            var lines = LayerTruth.Read(pdf, 1).Split('\n');

            Assert.Equal(["บันทึกข้อความ", "ส่วนราชการ สำนักงานสาธารณสุข"], lines);
        }
        finally
        {
            File.Delete(pdf);
        }
    }
}
