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
    public void Apply_RereadNotBetter_FirstReadingKept()
    {
        var line = new RecognizedLine("ท UN ๗๔๓๐๒/๒๑๘ วันที่ ๒๐ พฤศจิกายน", new BoundingBox(10, 10, 300, 40), 0.9, []);
        var worse = new ScriptedRecognizer(new RecognizedLine("ท UN ๗๔๓๐๒/๒๑๘ วันที่ ๒๐ พฤศจิกายน", line.Box, 0.95, []));

        var lines = LatinMisreadRereader.Apply([line], new GrayImage(400, 100, dpi: 200), worse);

        Assert.Same(line, Assert.Single(lines));
        Assert.Equal(1, worse.Calls);
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
