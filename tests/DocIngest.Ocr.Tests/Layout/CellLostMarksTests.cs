using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Preprocessing;
using DocIngest.Ocr.Tests.TestSupport;
using Xunit.Abstractions;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellLostMarksTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("cell-line-lost-mark-300dpi.png", "ผู้อิน", "ผู้อื่น")]
    [InlineData("cell-line-lost-mark-photocopy.png", "เสียงต่อ", "เสี่ยงต่อ")]
    public void Apply_TuningCellWhoseBlockReadingLostAMark_LineReadAloneGetsItBack(string fixture, string lost, string expected)
    {
        // Padded cell crops of two tuning corpus pages as the cell recogniser read them (Fixtures/layout/README.md): read
        // as a block, one line of running text loses the mark over its upper vowel, at 0.94-0.95 confidence.
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0);
        var binary = new SauvolaBinarizer().Binarize(image);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var block = DetachedMarkFilter.Remove(engine.Recognize(image, null, SegmentationMode.SingleBlock));
        output.WriteLine(string.Join(" / ", block.Select(l => l.Text)));
        Assert.Contains(block, l => l.Text.Replace(" ", "").Contains(lost, StringComparison.Ordinal));

        var lines = CellLostMarks.Apply(block, image, binary, engine);

        Assert.Equal(block.Count, lines.Count);
        Assert.Contains(lines, l => l.Text.Replace(" ", "").Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.Replace(" ", "").Contains(lost, StringComparison.Ordinal));
    }

    [Fact]
    public void MarkPiecesAbove_DrawnLineWithTwoMarks_CountsThem()
    {
        var binary = Drawn(marks: 2);
        var line = new RecognizedLine("ที่สุด", new BoundingBox(10, 40, 270, 30), 0.95, []);

        Assert.Equal(2, CellLostMarks.MarkPiecesAbove(line, binary, 0, binary.Height));
    }

    [Fact]
    public void Apply_ReadingHasAsManyMarksAsTheInk_NotReadAgain()
    {
        // Two mark pieces above the letters, two marks read (ี ่): nothing is lost, the engine is not asked.
        var binary = Drawn(marks: 2);
        var lines = new[] { new RecognizedLine("ที่สุด", new BoundingBox(10, 40, 270, 30), 0.95, []) };
        var recognizer = new CountingRecognizer("ที่สุด");

        Assert.Same(lines, CellLostMarks.Apply(lines, binary, binary, recognizer));
        Assert.Equal(0, recognizer.Calls);
    }

    [Fact]
    public void Apply_MarkLostButReReadChangesALetter_LineKept()
    {
        // Three mark pieces, one mark read: the line is read again, but the new reading spells another letter.
        var binary = Drawn(marks: 3);
        var lines = new[] { new RecognizedLine("ผู้อิน", new BoundingBox(10, 40, 270, 30), 0.95, []) };
        var recognizer = new CountingRecognizer("ผู้อื่ม");

        Assert.Same(lines, CellLostMarks.Apply(lines, binary, binary, recognizer));
        Assert.Equal(1, recognizer.Calls);
    }

    [Fact]
    public void Apply_MarkLostAndReReadAddsIt_LineReplaced()
    {
        var binary = Drawn(marks: 3);
        var lines = new[] { new RecognizedLine("ผู้อิน", new BoundingBox(10, 40, 270, 30), 0.95, []) };
        var recognizer = new CountingRecognizer("ผู้อื่น");

        Assert.Equal("ผู้อื่น", Assert.Single(CellLostMarks.Apply(lines, binary, binary, recognizer)).Text);
    }

    [Theory]
    [InlineData("(Conventional Level)")]
    [InlineData("๑๒๕,๐๐๐.๐๐")]
    public void Apply_MarksAboveALineWithoutThaiConsonant_NotReadAgain(string text)
    {
        // Three mark pieces above and no mark read, but no Thai letter to have lost one: the engine is not asked.
        var binary = Drawn(marks: 3);
        var lines = new[] { new RecognizedLine(text, new BoundingBox(10, 40, 270, 30), 0.95, []) };
        var recognizer = new CountingRecognizer(text + "\u0E48");

        Assert.Same(lines, CellLostMarks.Apply(lines, binary, binary, recognizer));
        Assert.Equal(0, recognizer.Calls);
    }

    [Theory]
    [InlineData("ผู้อิน", "ผู้อื่น", true)]
    [InlineData("ขีน", "ขึ้น", true)]
    [InlineData("ยืด", "ยึด", true)]
    [InlineData("ที่", "ที่", false)]
    [InlineData("ที่", "ที", false)]
    [InlineData("เสียง", "เสี่ยม", false)]
    public void AddsMarks_Cases(string first, string reread, bool expected) =>
        Assert.Equal(expected, CellLostMarks.AddsMarks(first, reread));

    [Theory]
    [InlineData("ที่สุด", 2)]
    [InlineData("กำลัง", 2)]
    [InlineData("ผู้อื่น ๑๒", 3)]
    [InlineData("Baseline", 0)]
    public void UpperMarks_Cases(string text, int expected) => Assert.Equal(expected, CellLostMarks.UpperMarks(text));

    /// <summary>A white 300 x 100 binary crop: seven letters 30 px tall at row 40, and 8 x 12 px marks 4 px above them.</summary>
    private static GrayImage Drawn(int marks)
    {
        var image = new GrayImage(300, 100, dpi: 300);
        for (int i = 0; i < 7; i++)
            for (int row = 40; row < 70; row++)
                image.RowSpan(row).Slice(10 + 38 * i, 28).Fill(0);
        for (int i = 0; i < marks; i++)
            for (int row = 24; row < 36; row++)
                image.RowSpan(row).Slice(20 + 38 * i, 8).Fill(0);
        return image;
    }

    private sealed class CountingRecognizer(string text) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Calls++;
            return [new RecognizedLine(text, new BoundingBox(10, 20, 270, 40), 0.95, [])];
        }

        public void Dispose() { }
    }
}
