using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;

namespace DocIngest.Ocr.Tests.Layout;

public sealed class CellMarkLinesTests
{
    [Theory]
    [InlineData("header-cell-marks-line.png", "ตัวชี้วัด")]
    [InlineData("header-cell-marks-line-phone.png", "หน่วยงานขับเคลื่อน")]
    public void Join_BoldHeaderCellWhoseMarksWereReadAsALine_MarksBackOnTheirLetters(string fixture, string expected)
    {
        // Padded cell crops of two tuning corpus pages as the cell recogniser read them (Fixtures/layout/README.md): as a
        // block, the engine (tha+eng) read the row of upper marks as a line of junk ("๑7 =") and the letters without them.
        var image = new LeptonicaImageDecoder().Decode(File.ReadAllBytes(Fixtures.Layout(fixture)), 0);
        using var engine = new TesseractEngine(new TesseractEngineOptions(TessdataLocator.Locate(), "tha+eng", TesseractEngineOptions.DefaultVariables));
        var block = DetachedMarkFilter.Remove(engine.Recognize(image, null, SegmentationMode.SingleBlock));
        Assert.Equal(2, block.Count);

        var line = Assert.Single(CellMarkLines.Join(block, image, engine));

        Assert.Equal(expected, line.Text.Replace(" ", ""));
        Assert.InRange(line.Box.Y, 0, image.Height);
    }

    [Fact]
    public void IsMarksLine_LineWellAboveTheNext_False()
    {
        var above = new RecognizedLine("ม.ค.-", new BoundingBox(20, 10, 120, 40), 0.6, []);
        var below = new RecognizedLine("มี.ค.๖๔", new BoundingBox(20, 70, 140, 40), 0.9, []);

        Assert.False(CellMarkLines.IsMarksLine(above, below));
    }

    [Fact]
    public void IsMarksLine_JunkOverlappingTheLettersBelow_True()
    {
        var above = new RecognizedLine("๑7 =", new BoundingBox(220, 18, 67, 30), 0.72, []);
        var below = new RecognizedLine("ตวชวด", new BoundingBox(215, 43, 128, 29), 0.97, []);

        Assert.True(CellMarkLines.IsMarksLine(above, below));
    }

    [Theory]
    [InlineData("ตวชวด", "ตัวชี้วัด", true)]
    [InlineData("หนวยงาน", "หน่วย งาน", true)]
    [InlineData("ตวชวด", "ตวชวด", false)]
    [InlineData("ตวชวด", "๑ตัวชี้วัด", false)]
    [InlineData("ร้อยละ", "ร้อยละ ๕", false)]
    [InlineData("เรียน", "เรยน", false)]
    public void AddsOnlyUpperMarks_Cases(string first, string reread, bool expected) =>
        Assert.Equal(expected, CellMarkLines.AddsOnlyUpperMarks(first, reread));

    [Fact]
    public void Join_OneLine_NotReadAgain()
    {
        var lines = new[] { new RecognizedLine("ตวชวด", new BoundingBox(10, 10, 120, 30), 0.9, []) };
        var recognizer = new CountingRecognizer();

        Assert.Same(lines, CellMarkLines.Join(lines, new GrayImage(200, 60), recognizer));
        Assert.Equal(0, recognizer.Calls);
    }

    private sealed class CountingRecognizer : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Calls++;
            return [];
        }

        public void Dispose() { }
    }
}
