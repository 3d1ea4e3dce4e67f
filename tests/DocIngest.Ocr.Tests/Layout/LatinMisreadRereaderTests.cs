using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class LatinMisreadRereaderTests
{
    [Theory]
    [InlineData("ท UN ๗๔๓๐๒/๒๑๘ วันที่ ๒๐ พฤศจิกายน ๒๕๖๗")]
    [InlineData("ตัวชี้วัด Ne การใช้ทรัพย์สินของราชการ")]
    [InlineData("ประจำปีงบประมาณ W.A. ๒๕๖๔")]
    [InlineData("N ๕/๒๕๖๔")]
    public void HasStrayLatin_ThaiLineWithShortLatinToken_True(string line) => Assert.True(LatinMisreadRereader.HasStrayLatin(line));

    [Theory]
    [InlineData("(Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ")]
    [InlineData("ได้คะแนน ๘๑.๒๔ คะแนน อยู่ในระดับ A")]
    [InlineData("ผลการประเมินอยู่ในระดับ AA ต่อเนื่อง")]
    [InlineData("เว็บไซต์ http://www.kalasin-pao.go.th ของหน่วยงาน")]
    [InlineData("Application Line official Account")]
    [InlineData("และจัดทำมาตรฐานทางจริยธรรม Dos & Don'ts")]
    [InlineData("มาตรฐานทางจริยธรรม Do’s and Don’ts ของบุคลากร")]
    public void HasStrayLatin_RealLatin_False(string line) => Assert.False(LatinMisreadRereader.HasStrayLatin(line));

    [Fact]
    public void Apply_ScannedHeaderLineWithLatinForThai_ReadAgainWithoutLatin()
    {
        // A crop of a 200-dpi scan (sample-docs/memo-nongwaeng-2568-p1.jpg, page 1, as preprocessed): with automatic
        // segmentation the engine (tha+eng) wrote "UN" for the province code ขก.
        string path = Fixtures.Layout("latin-misread-header.png");
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(path), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var first = engine.Recognize(image, null, SegmentationMode.Auto);

        var lines = LatinMisreadRereader.Apply(first, image, engine);

        var reference = Assert.Single(lines, l => l.Text.Contains("พฤศจิกายน"));
        Assert.Contains("ขก", reference.Text);
        Assert.DoesNotContain("UN", reference.Text);
    }

    [Fact]
    public void Apply_LineBoxOverlappingTheLineBelow_ReReadStaysInItsOwnBand()
    {
        // A crop of a 200-dpi scan (sample-docs/memo-kalasin-2565.tif, page 1, as preprocessed): the bold ที่ and the code
        // กส came out Latin ("i na"), and the line's box reaches into the วันที่ line below; re-read over the whole box,
        // the tops of that line's letters made the single-line reading garbage.
        string path = Fixtures.Layout("latin-misread-over-next-line-200dpi.png");
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(path), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var first = engine.Recognize(image, null, SegmentationMode.Auto);

        var lines = LatinMisreadRereader.Apply(first, image, engine);

        var reference = Assert.Single(lines, l => l.Text.Contains('/') && !l.Text.Contains("โทร"));
        Assert.DoesNotContain(reference.Text, char.IsAsciiLetter);
        Assert.StartsWith("ที", reference.Text);
        Assert.True(reference.Text.Contains("กส"), reference.Text);
    }

    [Theory]
    [InlineData("และจัดทำมาตรฐานทางจริยธรรม Dos & Don'ts ต่อไป", "และจัดทำมาตรฐานทางจริยธรรม ๐๐๕ @ ๐๐ก'๑๕ ต่อไป")]
    [InlineData("นำผล ITA ไป ท UN ๗๔๓๐๒", "นำผล ๓๓ ไป ที่ ขก ๗๔๓๐๒")]
    public void IsBetter_FirstReadingWithLatinWordOfThreeLetters_False(string first, string reread) =>
        Assert.False(LatinMisreadRereader.IsBetter(Line(first, 0.95), Line(reread, 0.95)));

    [Fact]
    public void IsBetter_RereadTurnsAGradeIntoThai_False() =>
        Assert.False(LatinMisreadRereader.IsBetter(Line("พ.ศ. ๒๕๖๖ Ne อยู่ในระดับ A", 0.9), Line("พ.ศ. ๒๕๖๖ ที่ อยู่ในระดับ ค", 0.9)));

    [Fact]
    public void IsBetter_OnlyShortLatinTokensReadAsThai_True() =>
        Assert.True(LatinMisreadRereader.IsBetter(Line("ท UN ๗๔๓๐๒/๒๑๘", 0.9), Line("ที่ ขก ๗๔๓๐๒/๒๑๘", 0.9)));

    private static RecognizedLine Line(string text, double confidence) => new(text, new BoundingBox(0, 0, 300, 40), confidence, []);

    [Fact]
    public void Apply_ScannedThaiLineWithLatinWords_LatinKept()
    {
        // sample-docs/memo-buengkan-2567.tif page 10 (200 dpi, as preprocessed): "Dos & Don'ts" in a Thai line. Its "ts"
        // after the apostrophe looked like a stray Latin token, and the line read again without Latin letters came out
        // "0๐5 @ 0๐๓ก'15", which the digit corrector then made Thai digits of.
        string path = Fixtures.Layout("latin-words-in-thai-line-200dpi.png");
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(path), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));

        var lines = LatinMisreadRereader.Apply(engine.Recognize(image, null, SegmentationMode.Auto), image, engine);

        Assert.Contains("Dos", Assert.Single(lines, l => l.Text.Contains("จริยธรรม D")).Text);
    }

    [Fact]
    public void Apply_RereadNotBetter_FirstReadingKept()
    {
        var line = new RecognizedLine("ท UN ๗๔๓๐๒/๒๑๘ วันที่ ๒๐ พฤศจิกายน", new BoundingBox(10, 10, 300, 40), 0.9, []);
        var worse = new ScriptedRecognizer(new RecognizedLine("ท UN ๗๔๓๐๒/๒๑๘ วันที่ ๒๐ พฤศจิกายน", line.Box, 0.95, []));

        var lines = LatinMisreadRereader.Apply([line], new GrayImage(400, 100, dpi: 200), worse);

        Assert.Same(line, Assert.Single(lines));
        // Once without the neighbours' ink, once over the region as it is.
        Assert.Equal(2, worse.Calls);
    }

    private sealed class ScriptedRecognizer(RecognizedLine answer) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Calls++;
            return [answer];
        }

        public void Dispose() { }
    }
}
