using DocIngest.Pipeline.Loading.Pdf;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class TextLayerQualityTests
{
    [Fact]
    public void FindProblem_RealThaiText_ReturnsNull() =>
        Assert.Null(TextLayerQuality.FindProblem("ส่วนราชการ สำนักปลัดองค์การบริหารส่วนจังหวัด โทร. ๐๔๓-๘๑๖๐๖๑ ที่ กส ๕๑๐๐๑/๑๓๓๓", ["THSarabunNew"]));

    [Fact]
    public void FindProblem_PrivateUseCodePoints_ReportsBrokenEncoding() =>
        Assert.Contains("private-use", TextLayerQuality.FindProblem("ส่วนราชการ\uF70A\uF70B\uF712 สำนักปลัด\uF70A\uF70B", ["Angsana"]));

    [Fact]
    public void FindProblem_Tis620ReadAsLatin1_ReportsLegacyEncoding() =>
        Assert.Contains("Latin-1", TextLayerQuality.FindProblem("ÊèÇ¹ÃÒª¡ÒÃ ÊÓ¹Ñ¡»Åÿ´", ["Arial"]));

    [Fact]
    public void FindProblem_LatinLettersInThaiFont_ReportsGibberish() =>
        Assert.Contains("Thai font", TextLayerQuality.FindProblem("l h o k ; d k i l d k i l ; h", ["ABCDEE+TH SarabunPSK"]));

    [Fact]
    public void FindProblem_EnglishInLatinFont_ReturnsNull() =>
        Assert.Null(TextLayerQuality.FindProblem("Integrity and Transparency Assessment report", ["Times-Roman"]));

    [Fact]
    public void FindProblem_MarksWithoutConsonants_ReportsImpossibleSequences() =>
        Assert.Contains("without a base", TextLayerQuality.FindProblem("่ส ้ว ิน ่รา ีช ุก ่าร ้ ่ ิ", ["Tahoma"]));
}
