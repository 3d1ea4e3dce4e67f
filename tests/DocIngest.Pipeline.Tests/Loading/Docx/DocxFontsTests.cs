using DocIngest.Pipeline.Loading;
using DocIngest.Pipeline.Loading.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static DocIngest.Pipeline.Tests.TestSupport.TestDocx;

namespace DocIngest.Pipeline.Tests.Loading.Docx;

/// <summary>Digits typed in an IT๙ font print as Thai digits; the DOCX loader takes them as printed.</summary>
public class DocxFontsTests
{
    private static string Text(byte[] docx) =>
        string.Join("\n", new DocxLoader(new ExtractionOptions()).Load(new SourceFile("test.docx", docx), CancellationToken.None)
            .Pages.Select(p => Assert.IsType<ContentSourcePage>(p).Content.Text));

    private static Styles StylesWithDefaultFont(string font) => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }))),
        new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

    private static Paragraph InFont(string text, string font) =>
        new(new Run(new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font }), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    [Fact]
    public void Load_DocumentDefaultIt9Font_DigitsAsThaiDigits()
    {
        var docx = BuildWithNumbering(new Numbering(), StylesWithDefaultFont("TH SarabunIT๙"), Paragraph("ที่ อต 0033.306/814 วันที่ 5 มีนาคม 2568"));

        Assert.Equal("ที่ อต ๐๐๓๓.๓๐๖/๘๑๔ วันที่ ๕ มีนาคม ๒๕๖๘", Text(docx));
    }

    [Fact]
    public void Load_RunInAnotherFontOverIt9Default_KeepsArabicDigits()
    {
        var docx = BuildWithNumbering(new Numbering(), StylesWithDefaultFont("TH SarabunIT๙"), InFont("โทร. 043-861234", "TH SarabunPSK"));

        Assert.Equal("โทร. 043-861234", Text(docx));
    }

    [Fact]
    public void Load_RunInIt9FontWithoutStyles_ThaiDigits()
    {
        Assert.Equal("ปีงบประมาณ ๒๕๖๗", Text(BuildWithNumbering(new Numbering(), null, InFont("ปีงบประมาณ 2567", "TH SarabunIT๙"))));
    }

    [Fact]
    public void Load_PlainDocument_DigitsAsTyped()
    {
        Assert.Equal("ปีงบประมาณ 2567", Text(Build(Paragraph("ปีงบประมาณ 2567"))));
    }
}
