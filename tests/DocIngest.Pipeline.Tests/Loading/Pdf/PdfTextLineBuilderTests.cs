using DocIngest.Pipeline.Loading.Pdf;
using UglyToad.PdfPig.Core;

namespace DocIngest.Pipeline.Tests.Loading.Pdf;

public class PdfTextLineBuilderTests
{
    private static PdfGlyph Glyph(string value, double x, double width, double baseline = 700, double size = 16) =>
        new(value, new PdfRectangle(x, baseline - 4, x + width, baseline + size), x, x + width, baseline, size, "Laksaman");

    [Fact]
    public void OrderMarks_ThanthakhatBeforeBelowVowel_PutsVowelFirst() =>
        Assert.Equal("ธุ์", PdfTextLineBuilder.OrderMarks("ธ์ุ"));

    [Fact]
    public void OrderMarks_SeveralClustersInOneString_SortsEachRunOnItsOwn() =>
        Assert.Equal("ที่นี่", PdfTextLineBuilder.OrderMarks("ที่นี่"));

    [Fact]
    public void Build_GlyphsOutOfStreamOrder_SortsByXAndKeepsMarksOnTheirBase()
    {
        // Stream order: ว (x=20), then ส with its tone mark (x=10): the line reads ส่ว.
        var glyphs = new[] { Glyph("ว", 20, 8), Glyph("ส", 10, 9), Glyph("่", 14, 0) };

        var line = Assert.Single(PdfTextLineBuilder.Build(glyphs));

        Assert.Equal("ส่ว", line.Text);
    }

    [Fact]
    public void Build_GapWiderThanAQuarterEm_BecomesOneSpace()
    {
        var glyphs = new[] { Glyph("ก", 10, 8), Glyph("ข", 18, 8), Glyph("ค", 40, 8) };

        Assert.Equal("กข ค", Assert.Single(PdfTextLineBuilder.Build(glyphs)).Text);
    }

    [Fact]
    public void Build_EmptyGlyphAfterActualTextCluster_ExtendsClusterWithoutSpace()
    {
        // ActualText "อำ" sits on the first glyph; the second glyph (the drawn ำ) is empty but still 8 pt wide.
        var glyphs = new[] { Glyph("อำ", 10, 8), Glyph("", 18, 8), Glyph("น", 26, 8) };

        Assert.Equal("อำน", Assert.Single(PdfTextLineBuilder.Build(glyphs)).Text);
    }

    [Fact]
    public void Build_TwoBaselines_GivesTwoLinesTopFirst()
    {
        var glyphs = new[] { Glyph("ล่าง", 10, 30, baseline: 600), Glyph("บน", 10, 20, baseline: 700) };

        Assert.Equal(["บน", "ล่าง"], PdfTextLineBuilder.Build(glyphs).Select(l => l.Text));
    }
}
