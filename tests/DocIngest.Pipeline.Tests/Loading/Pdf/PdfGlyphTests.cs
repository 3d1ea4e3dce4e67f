using DocIngest.Core.Content;
using DocIngest.Pipeline.Loading.Pdf;
using DocIngest.Pipeline.Tests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class PdfGlyphTests
{
    [Theory]
    [InlineData("ABCDEE+THSarabunIT๙")]
    [InlineData("THSarabunIT๙-Bold")]
    [InlineData("TH-NiramitIT9")]
    [InlineData("ABCDEE+TH SarabunIT\u00F9,Bold")]
    [InlineData("ABCDEE+TH SarabunIT\uFFFD")]
    public void PrintedDigits_ArabicDigitsInAnIt9Font_AreTheThaiDigitsItDraws(string font)
    {
        Assert.Equal("๒๕", PdfGlyph.PrintedDigits("25", font));
    }

    [Theory]
    [InlineData("ABCDEE+THSarabunPSK")]
    [InlineData("Calibri")]
    [InlineData(null)]
    public void PrintedDigits_OtherFonts_KeepArabicDigits(string? font)
    {
        Assert.Equal("25", PdfGlyph.PrintedDigits("25", font));
    }

    [Fact]
    public void PrintedDigits_LettersInAnIt9Font_AreKept()
    {
        Assert.Equal("ก", PdfGlyph.PrintedDigits("ก", "THSarabunIT๙"));
    }

    [Fact]
    public void IsLegible_OnePointMarkerBesideText_MarkerDroppedFromTheLayer()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(TestPdfs.ThaiFontPath));
        var page = builder.AddPage(PageSize.A4);
        page.AddText("17", 1, new PdfPoint(60, 700), font);
        page.AddText("๑) ปฏิบัติหน้าที่ด้วยความเสมอภาค เป็นธรรมและเที่ยงธรรม", 16, new PdfPoint(72, 700), font);
        page.AddText("๒) ปฏิบัติหน้าที่โดยละเว้นจากการใช้อคติ ได้แก่ ความรัก ความโกรธ ความกลัว", 16, new PdfPoint(72, 676), font);
        using var document = PdfDocument.Open(builder.Build());
        var pdfPage = document.GetPage(1);

        var content = PdfTextLayerPageReader.TryRead(pdfPage, 1, new PdfPageGeometry(pdfPage.Width, pdfPage.Height, 300), 20, out var problem);

        Assert.Null(problem);
        Assert.NotNull(content);
        Assert.DoesNotContain("17", content.Text);
        Assert.Contains("เสมอภาค", content.Text);
        Assert.Contains(pdfPage.Letters, l => l.Value == "7" && !PdfGlyph.IsLegible(l));
    }
}
