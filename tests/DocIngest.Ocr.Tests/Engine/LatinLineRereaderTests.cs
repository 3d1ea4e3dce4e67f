using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;

namespace DocIngest.Ocr.Tests.Engine;

public sealed class LatinLineRereaderTests
{
    [Theory] // Thai-only readings of Latin on the tuning corpus pages (memo-district-1 and -3, ethics strategy)
    [InlineData("ภาครัฐ (! ก 1๑ ร ทั ญ / ล ท ส โหล")] // (Integrity and Transparency …
    [InlineData("ผ่านเกณฑ์การประเมิน |1/(ร้อยละ ๓๐)")]   // ITA (ร้อยละ ๓๐)
    [InlineData("แหล่งข้อมูล ง๐ไส ]นรน์๕๑ 1๐)๑๕๐")]     // a source's English name
    [InlineData("การประเมิน ITA ภายในวันที่")]           // Latin the Thai model happens to have
    [InlineData("ส่วนราชการ อ%ะ")]
    public void ShowsLatin_ThaiModelJunkForLatin_True(string text) =>
        Assert.True(LatinLineRereader.ShowsLatin(Confident(text)));

    [Theory]
    [InlineData("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ (๑) ร้อยละ ๕๐")]
    [InlineData("ประจำปีงบประมาณ พ.ศ. 2566 ร้อยละ 50% ของ 1,200 บาท")]
    [InlineData("- เงินงบประมาณ จำนวน ๕ โครงการ")]
    public void ShowsLatin_ConfidentThaiLine_False(string text) =>
        Assert.False(LatinLineRereader.ShowsLatin(Confident(text)));

    [Fact]
    public void ShowsLatin_ArabicDigitReadWithLittleConfidence_True()
    {
        // "ITA" read as a lone "1" the model is unsure of (memo-district-3).
        var line = Confident("ผ่านเกณฑ์การประเมิน 1 (ร้อยละ ๕๐)");
        var symbols = line.Symbols.Select(s => s.Text == "1" ? s with { Confidence = 0.0 } : s).ToList();

        Assert.True(LatinLineRereader.ShowsLatin(line with { Symbols = symbols }));
    }

    [Fact]
    public void ShowsLatin_RunOfUnsureThaiGlyphs_True()
    {
        var line = Confident("การประเมินโหลทรเวล");
        var symbols = line.Symbols.Select((s, i) => i >= 10 && i < 14 ? s with { Confidence = 0.3 } : s).ToList();

        Assert.True(LatinLineRereader.ShowsLatin(line with { Symbols = symbols }));
        Assert.False(LatinLineRereader.ShowsLatin(line));
    }

    [Fact]
    public void Apply_ThaiOnlyReadOfProse_LatinLineReadWithEnglishOthersKept()
    {
        var image = EngineFixtures.Image("thai-prose.png");
        using var thai = new TesseractEngine(EngineFixtures.Options("tha"));
        using var withEnglish = new TesseractEngine(EngineFixtures.Options("tha+eng"));
        var lines = thai.Recognize(image, null, SegmentationMode.Auto);
        Assert.DoesNotContain(lines, l => l.Text.Contains("ITA"));

        var result = LatinLineRereader.Apply(lines, image, withEnglish);

        Assert.Equal(lines.Count, result.Count);
        Assert.Contains(result, l => l.Text.Contains("ITA"));
        // Lines without Latin evidence keep the Thai-only reading.
        for (int i = 0; i < lines.Count; i++)
            if (!LatinLineRereader.ShowsLatin(lines[i])) Assert.Same(lines[i], result[i]);
    }

    [Fact]
    public void Apply_WithLatinWordSplice_KeepsRealLatinAndTheThaiLines()
    {
        var image = EngineFixtures.Image("thai-prose.png");
        using var thai = new TesseractEngine(EngineFixtures.Options("tha"));
        using var withEnglish = new TesseractEngine(EngineFixtures.Options("tha+eng"));
        var lines = thai.Recognize(image, null, SegmentationMode.Auto);

        var result = LatinLineRereader.Apply(lines, image, withEnglish, new DocIngest.Ocr.Layout.LatinWordOptions());

        Assert.Equal(lines.Count, result.Count);
        Assert.Contains(result, l => l.Text.Contains("ITA"));
        Assert.Contains(result, l => l.Text.Contains("มีนาคม"));
    }

    [Fact]
    public void Apply_JunkRowOverlappingALine_Dropped()
    {
        var text = Confident("ของรัฐใช้เป็นหลักในการกำหนด", new BoundingBox(228, 456, 1259, 40));
        var marks = Confident("มๆ | 0 ๐ 2 7", new BoundingBox(278, 445, 1194, 30));
        var image = new GrayImage(1600, 600, dpi: 300);
        using var withEnglish = new TesseractEngine(EngineFixtures.Options("tha+eng"));

        var result = LatinLineRereader.Apply([marks, text], image, withEnglish);

        Assert.Same(text, Assert.Single(result));
    }

    /// <summary>A line read with every glyph at 0.95, each glyph boxed along the line.</summary>
    private static RecognizedLine Confident(string text, BoundingBox? box = null)
    {
        var lineBox = box ?? new BoundingBox(100, 100, 20 * text.Length, 40);
        var glyphs = text.Where(c => c != ' ').Select((c, i) =>
            new RecognizedSymbol(c.ToString(), new BoundingBox(lineBox.X + 20 * i, lineBox.Y, 18, lineBox.Height), 0.95)).ToList();
        return new RecognizedLine(text, lineBox, 0.95, glyphs);
    }
}
