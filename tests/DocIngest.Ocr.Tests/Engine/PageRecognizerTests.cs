using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Tests.TestSupport;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Tests.Engine;

/// <summary>Stage order and page assembly, with a scripted recognizer standing in for Tesseract.</summary>
public sealed class PageRecognizerTests
{
    /// <summary>Returns the scripted lines for the whole-page pass and one line per cell, except for cells it is told to fail.</summary>
    private sealed class ScriptedRecognizer(IReadOnlyList<RecognizedLine> pageLines, int failCells = 0) : ITextRecognizer
    {
        public List<SegmentationMode> Modes { get; } = [];
        public bool Disposed { get; private set; }
        private int _cells;

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Modes.Add(mode);
            if (mode == SegmentationMode.Auto) return pageLines;
            // The side-by-side re-read of a weak cell (CellLineRereader) finds nothing better here.
            if (mode == SegmentationMode.SingleLine) return [];
            if (_cells++ < failCells) return [];
            return [new RecognizedLine($"ช่อง{_cells}", new BoundingBox(20, 20, 100, 40), 0.5, [])];
        }

        public void Dispose() => Disposed = true;
    }

    private sealed class MarkCorrector : IRecognizedLineCorrector
    {
        public RecognizedLine Correct(GrayImage image, RecognizedLine line) => line with { Text = line.Text + "!" };
    }

    /// <summary>A 2x2 table with a blot in each cell, and a row of letter-sized blobs where each scripted page line lies (lines read where the page has no ink are dropped as noise).</summary>
    private static GrayImage PageWithTable(params int[] lineTops)
    {
        var page = new SyntheticPage(2000, 2000).Grid([800, 1000, 1200], [200, 1000, 1800]);
        foreach (var (x, y) in new[] { (300, 850), (1100, 850), (300, 1050), (1100, 1050) }) page.Box(x, y, 200, 50);
        foreach (int top in lineTops) page.Letters(300, top + 15, 20);
        return page.Image;
    }

    private static RecognizedLine PageLine(string text, int y, double confidence) =>
        new(text, new BoundingBox(300, y, 1200, 60), confidence, []);

    [Fact]
    public void Recognize_PageWithTable_BlocksInReadingOrder()
    {
        var engine = new ScriptedRecognizer([PageLine("หลังตาราง", 1400, 0.9), PageLine("ก่อนตาราง", 400, 0.9)]);
        using var recognizer = new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), []);

        var content = recognizer.Recognize(PageWithTable(1400, 400), 3);

        Assert.Equal(3, content.Number);
        Assert.Equal(PageMethod.Ocr, content.Method);
        Assert.Equal(["ก่อนตาราง", "TABLE", "หลังตาราง"], content.Blocks.Select(b => b is TableBlock ? "TABLE" : b.Text));
        var table = Assert.Single(content.Tables);
        Assert.Equal((2, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal(["ช่อง1", "ช่อง2"], table.Row(0).Select(c => c.Text));
        Assert.Equal((2000, 2000, 0.0), (content.Width, content.Height, content.SkewDegrees));
        // Each cell is read as a block; its scripted reading is weak (0.5), so it is read once more with its lines side by side.
        Assert.Equal([SegmentationMode.Auto, .. Enumerable.Repeat(new[] { new CellOcrOptions().Mode, SegmentationMode.SingleLine }, 4).SelectMany(m => m)], engine.Modes);
    }

    [Fact]
    public void Recognize_CorrectorsAndNormalisation_AppliedToTextAndCells()
    {
        var engine = new ScriptedRecognizer([PageLine("คําสั่ง....... ที่", 400, 0.9)]);
        using var recognizer = new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), [new MarkCorrector()]);

        var content = recognizer.Recognize(PageWithTable(400), 1);

        Assert.Equal("คำสั่ง ที่!", content.Blocks[0].Text);
        Assert.All(content.Tables.Single().Cells, c => Assert.EndsWith("!", c.Text));
    }

    [Fact]
    public void Recognize_CellsWithInkButNoText_WarnsAndWeighsConfidenceByLength()
    {
        var engine = new ScriptedRecognizer([PageLine("ขขขขขขขขขขขขขขขข", 400, 1.0)], failCells: 3);
        using var recognizer = new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), []);

        var content = recognizer.Recognize(PageWithTable(400), 1);

        Assert.Contains("table 1: 3 cells unreadable", content.Warnings);
        // 16 characters at 1.0 and one 5-character cell line at 0.5.
        Assert.Equal((16 * 1.0 + 5 * 0.5) / 21, content.MeanConfidence!.Value, 6);
        Assert.Equal(0, content.Tables.Single().Cells.First().Confidence);
    }

    [Fact]
    public void RecognizeWithImage_StageRecorder_CountsEachStagesOcrCalls()
    {
        var engine = new ScriptedRecognizer([PageLine("ก่อนตาราง", 400, 0.9)]);
        using var recognizer = new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), [new MarkCorrector()]);
        var timings = new StageTimings();

        recognizer.RecognizeWithImage(PageWithTable(400), 1, timings);

        var calls = timings.Totals().ToDictionary(t => t.Stage, t => (t.Entries, t.OcrCalls));
        Assert.Equal((1, 1), calls[PageStages.PageOcr]);
        Assert.Equal((4, 4), calls[PageStages.CellOcr]);
        // Every cell's scripted reading is weak, so each is read once more side by side.
        Assert.Equal((4, 4), calls[PageStages.CellReread]);
        // The page line and one line per cell went through the corrector.
        Assert.Equal((5, 0), calls[nameof(MarkCorrector)]);
        Assert.Equal(9, engine.Modes.Count);
    }

    [Fact]
    public void Recognize_LineReadWhereThePageHasNoInk_DroppedAsNoise()
    {
        // The engine's reading of blank paper's grain: cleaning left no ink where it says a line is.
        var engine = new ScriptedRecognizer([PageLine("ก่อนตาราง", 400, 0.9), PageLine("เรด้วั ฟู", 1400, 0.9)]);
        using var recognizer = new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), []);

        var content = recognizer.Recognize(PageWithTable(400), 1);

        Assert.Equal(["ก่อนตาราง", "TABLE"], content.Blocks.Select(b => b is TableBlock ? "TABLE" : b.Text));
        Assert.Contains(content.Warnings, w => w.Contains("noise", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_TableGridsSwitchedOff_ReadsThePageWithoutTables()
    {
        var engine = new ScriptedRecognizer([PageLine("ก่อนตาราง", 400, 0.9)]);
        using var recognizer = new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), [],
            switches: new PagePassSwitches(["table-grids"]));

        var content = recognizer.Recognize(PageWithTable(400), 1);

        Assert.Empty(content.Tables);
        Assert.Equal([SegmentationMode.Auto], engine.Modes);
    }

    [Fact]
    public void Recognize_WeakJumbleReadOnALine_DroppedUnlessOverlappingLinesSwitchedOff()
    {
        var page = new SyntheticPage(2000, 1000);
        page.Letters(300, 415, 40);
        var lines = new[] { PageLine("ก่อนตาราง", 400, 0.95), new RecognizedLine("a avy ve a ม", new BoundingBox(320, 395, 900, 35), 0.7, []) };

        using (var recognizer = new PageRecognizer(new ScriptedRecognizer(lines), new ThresholdPreprocessor(), new TableGridDetector(), []))
            Assert.Equal(["ก่อนตาราง"], recognizer.Recognize(page.Image, 1).Blocks.Select(b => b.Text));

        using (var recognizer = new PageRecognizer(new ScriptedRecognizer(lines), new ThresholdPreprocessor(), new TableGridDetector(), [],
            switches: new PagePassSwitches(["overlapping-lines", "noise-lines"])))
            Assert.Contains("a avy ve a ม", recognizer.Recognize(page.Image, 1).Blocks.Select(b => b.Text).SelectMany(t => t.Split('\n')));
    }

    [Fact]
    public void Recognize_CellReReadAndNoiseLinesSwitchedOff_ReadsEachCellOnceAndKeepsInklessLines()
    {
        var engine = new ScriptedRecognizer([PageLine("ก่อนตาราง", 400, 0.9), PageLine("เรด้วั ฟู", 1400, 0.9)]);
        using var recognizer = new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), [],
            switches: new PagePassSwitches(["cell re-read", "noise-lines"]));

        var content = recognizer.Recognize(PageWithTable(400), 1);

        Assert.Equal([SegmentationMode.Auto, .. Enumerable.Repeat(new CellOcrOptions().Mode, 4)], engine.Modes);
        Assert.Equal(["ก่อนตาราง", "TABLE", "เรด้วั ฟู"], content.Blocks.Select(b => b is TableBlock ? "TABLE" : b.Text));
    }

    [Fact]
    public void Dispose_OwnsRecognizer_DisposesIt()
    {
        var engine = new ScriptedRecognizer([]);
        new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), []).Dispose();

        Assert.True(engine.Disposed);
    }

    /// <summary>Reads every line it is asked for, with Latin excluded or not, as one scripted line, and counts the reads.</summary>
    private sealed class LatinFreeRecognizer(string text) : ITextRecognizer
    {
        public int Reads { get; private set; }
        public bool Disposed { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            Reads++;
            var box = region ?? new BoundingBox(0, 0, image.Width, image.Height);
            return [new RecognizedLine(text, box, 0.95, [])];
        }

        public void Dispose() => Disposed = true;
    }

    [Fact]
    public void Recognize_LatinFreeRecognizerGiven_LinePassesReReadWithIt()
    {
        var page = new SyntheticPage(2000, 1000);
        page.Letters(300, 405, 14);
        var engine = new ScriptedRecognizer([PageLine("ท UN ๗๔๓๐๒/๒๑๘", 390, 0.9)]);
        var latinFree = new LatinFreeRecognizer("ที่ ขก ๗๔๓๐๒/๒๑๘");
        ILinePass reread = new LinePass("stray Latin", (lines, context) => LatinMisreadRereader.Apply(lines, context.Page, context.LatinFree));
        using var recognizer = new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), [], latinFreeRecognizer: latinFree, linePasses: [reread]);

        var content = recognizer.Recognize(page.Image, 1);

        Assert.Equal("ที่ ขก ๗๔๓๐๒/๒๑๘", Assert.Single(content.Blocks).Text);
        Assert.Equal(1, latinFree.Reads);
        Assert.DoesNotContain(SegmentationMode.SingleLine, engine.Modes);
    }

    [Fact]
    public void Dispose_LatinFreeRecognizerGiven_DisposesBoth()
    {
        var engine = new ScriptedRecognizer([]);
        var latinFree = new LatinFreeRecognizer("");
        new PageRecognizer(engine, new ThresholdPreprocessor(), new TableGridDetector(), [], latinFreeRecognizer: latinFree).Dispose();

        Assert.True(engine.Disposed && latinFree.Disposed);
    }
}
