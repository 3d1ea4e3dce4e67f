using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class OneLineCellsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("header-cell-marks-line.png", "ตัวชี้วัด")]
    [InlineData("header-cell-marks-line-phone.png", "หน่วยงานขับเคลื่อน")]
    public void Apply_BoldHeaderCellWhoseMarksWereReadAsALine_OneLineWithItsMarks(string fixture, string expected)
    {
        // Padded cell crops of two tuning corpus pages as the cell recogniser read them (Fixtures/layout/README.md): as a
        // block, the engine (tha+eng) reads the row of upper marks as a line of junk ("๑7 =") and the letters without them.
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0);
        var binary = new SauvolaBinarizer().Binarize(image);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var block = DetachedMarkFilter.Remove(engine.Recognize(image, null, SegmentationMode.SingleBlock));
        output.WriteLine(string.Join(" / ", block.Select(l => l.Text)));
        Assert.Equal(2, block.Count);

        var line = Assert.Single(OneLineCells.Apply(block, image, binary, engine));

        Assert.Equal(expected, line.Text.Replace(" ", ""));
    }

    [Fact]
    public void LetterBands_LettersWithAStackedMarkRowJustAbove_OneBand()
    {
        // Seven letters 30 px tall; above two of them marks 16 px tall (ื่ stacked), 3 px clear of the letters.
        var binary = Drawn((y: 40, height: 30, count: 7), (y: 21, height: 16, count: 2));

        var band = Assert.Single(OneLineCells.LetterBands(binary));

        Assert.Equal((40, 70), band);
    }

    [Fact]
    public void LetterBands_StackedMarkTouchingTheLetters_BandIsTheLetters()
    {
        // A mark 18 px tall standing on a letter joins the letters' ink span; the band stays where the letters are, so
        // the junk line the engine read from the marks lies above it.
        var binary = Drawn((y: 40, height: 30, count: 7), (y: 23, height: 18, count: 1));

        Assert.Equal((40, 70), Assert.Single(OneLineCells.LetterBands(binary)));
    }

    [Fact]
    public void LetterBands_TwoLinesOfLetters_TwoBands()
    {
        var binary = Drawn((y: 20, height: 30, count: 6), (y: 80, height: 30, count: 2));

        Assert.Equal([(20, 50), (80, 110)], OneLineCells.LetterBands(binary));
    }

    [Fact]
    public void Apply_TwoLinesOfLettersInTheInk_NotReadAgain()
    {
        // The engine's boxes touch (tight leading), but the ink holds two lines of letters: a real line is never joined.
        var binary = Drawn((y: 20, height: 30, count: 6), (y: 80, height: 30, count: 2));
        var lines = new[]
        {
            new RecognizedLine("ม.ค.-", new BoundingBox(10, 15, 200, 50), 0.6, []),
            new RecognizedLine("มี.ค.๖๔", new BoundingBox(10, 66, 200, 50), 0.9, []),
        };
        var recognizer = new CountingRecognizer("ม.ค.มี.ค.๖๔");

        Assert.Same(lines, OneLineCells.Apply(lines, binary, binary, recognizer));
        Assert.Equal(0, recognizer.Calls);
    }

    [Fact]
    public void Apply_JointReadingChangesALetter_OnlyTheWeakMarksLineDropped()
    {
        var binary = Drawn((y: 40, height: 30, count: 7), (y: 21, height: 16, count: 2));
        var junk = new RecognizedLine("๑7 =", new BoundingBox(20, 18, 120, 22), 0.6, []);
        var letters = new RecognizedLine("ตวชวด", new BoundingBox(10, 40, 250, 30), 0.95, []);
        var recognizer = new CountingRecognizer("ตัวขี้วัด");

        var line = Assert.Single(OneLineCells.Apply([junk, letters], binary, binary, recognizer));

        Assert.Same(letters, line);
        Assert.Equal(1, recognizer.Calls);
    }

    [Theory]
    [InlineData("ตวชวด", "ตัวชี้วัด", true)]
    [InlineData("ขันการใช้เหตุผล", "ขั้นการใช้ เหตุผล", true)]
    [InlineData("ตวชวด", "ตวชวด", true)]
    [InlineData("ขั้น", "ขัน", false)]
    [InlineData("ตวชวด", "ตัวขี้วัด", false)]
    [InlineData("ตวชวด", "๑ตัวชี้วัด", false)]
    [InlineData("", "ั", false)]
    public void SameLettersWithMarks_Cases(string first, string reread, bool expected) =>
        Assert.Equal(expected, OneLineCells.SameLettersWithMarks(first, reread));

    /// <summary>A white 300 x 130 binary crop with rows of black 30 px wide blocks 40 px apart: (top, height, how many).</summary>
    private static GrayImage Drawn(params (int y, int height, int count)[] rows)
    {
        var image = new GrayImage(300, 130);
        foreach (var (y, height, count) in rows)
            for (int i = 0; i < count; i++)
                for (int row = y; row < y + height; row++)
                    image.RowSpan(row).Slice(10 + 40 * i, 30).Fill(0);
        return image;
    }

    private sealed class CountingRecognizer(string text) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Calls++;
            return [new RecognizedLine(text, new BoundingBox(10, 20, 250, 50), 0.9, [])];
        }

        public void Dispose() { }
    }
}
