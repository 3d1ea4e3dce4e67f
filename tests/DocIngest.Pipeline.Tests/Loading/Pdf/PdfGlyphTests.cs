using DocIngest.Pipeline.Loading.Pdf;

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
}
