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
        Assert.Contains("letters", LayerTruth.Problem(new LayerPage("หน้า ๑", 0)));
    }

    [Fact]
    public void Problem_ManyPrivateUseGlyphs_IsNoTruth()
    {
        string text = string.Concat(Enumerable.Repeat("ข้อความที่อ่านได้ \uF70A\uF70B ", 20));

        Assert.Contains("private-use", LayerTruth.Problem(new LayerPage(text, 0)));
    }

    [Fact]
    public void Problem_SoundPage_IsNull()
    {
        Assert.Null(LayerTruth.Problem(new LayerPage(Sound, 0.02)));
    }

    private static readonly string Sound = string.Concat(Enumerable.Repeat("สำนักงานสาธารณสุขอำเภอหนองใหญ่ ", 5));

    [Fact]
    public void Problem_LatinLettersInsideThaiWords_IsNoTruth()
    {
        Assert.Contains("glyph map", LayerTruth.Problem(new LayerPage(Sound + "ดlานการสkงเสริมคุณธรรม", 0)));
    }

    [Fact]
    public void Problem_LatinWordBesideThai_IsSound()
    {
        Assert.Null(LayerTruth.Problem(new LayerPage(Sound + " ระบบ e-GP และ ITA ", 0)));
    }

    [Fact]
    public void Problem_LargeTextFreePicture_IsNoTruth()
    {
        Assert.Contains("pictures", LayerTruth.Problem(new LayerPage(Sound, 0.3)));
    }

    [Fact]
    public void CoveredShare_OverlappingRectangles_CountsTheUnionOnce()
    {
        double share = LayerTruth.CoveredShare([(0, 0, 50, 100), (25, 0, 75, 100)], 100, 100);

        Assert.Equal(0.75, share, 2);
    }

    [Fact]
    public void Read_PdfWithThaiLines_GivesTheLinesTopDown()
    {
        var pdf = TestPdfs.WriteTemp(TestPdfs.WithLines("บันทึกข้อความ", "ส่วนราชการ สำนักงานสาธารณสุข"));
        try
        {
            var lines = LayerTruth.Read(pdf, 1).Text.Split('\n');

            Assert.Equal(["บันทึกข้อความ", "ส่วนราชการ สำนักงานสาธารณสุข"], lines);
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    [Fact]
    public void Read_RuledTable_GivesTheCellsRowByRowNotTheLinesAcrossColumns()
    {
        string[][] cells =
        [
            ["มาตรการ", "ผู้รับผิดชอบ"],
            ["เปิดเผยข้อมูลสาธารณะ ทุกไตรมาส", "สำนักปลัด กองคลัง"],
        ];
        var pdf = TestPdfs.WriteTemp(TestPdfs.WithTable("แผนมาตรการส่งเสริมคุณธรรม", cells, columnWidth: 250));
        try
        {
            var lines = LayerTruth.Read(pdf, 1).Text.Split('\n');

            Assert.Equal("แผนมาตรการส่งเสริมคุณธรรม", lines[0]);
            Assert.Equal("เปิดเผยข้อมูลสาธารณะ ทุกไตรมาส | สำนักปลัด กองคลัง", lines[^1]);
        }
        finally
        {
            File.Delete(pdf);
        }
    }
}
