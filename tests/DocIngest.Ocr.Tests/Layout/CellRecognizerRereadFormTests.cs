using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Imaging;
using DocIngest.Ocr.Layout;
using DocIngest.Ocr.Timing;

namespace DocIngest.Ocr.Tests.Layout;

/// <summary>
/// The <c>cell re-read form</c> pass judges a <c>cell re-read</c> take against the cell's reading without it, which the
/// cell read already holds: the judge reads nothing again.
/// </summary>
public sealed class CellRecognizerRereadFormTests
{
    [Fact]
    public void ReadTable_TakeFitsTheColumnWorse_ReadingWithoutTheTakeKeptWithoutAnotherRead()
    {
        // A weak ๕๖ re-read as ด: the column's numbers (๑๒, ๓๔) say the reading without the take is the number.
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(4);
        using var engine = new ScriptedRecognizer(("จำนวน", 0.95), ("๑๒", 0.95), ("๓๔", 0.95), ("๕๖", 0.5), ("ด", 0.95));

        var readings = Cells(engine, []).ReadTable(gray, binary, cells, StageRecorder.None);

        Assert.Equal(["จำนวน", "๑๒", "๓๔", "๕๖"], readings.Select(r => Assert.Single(r.Lines).Text));
        Assert.Equal(5, engine.Calls);
    }

    [Fact]
    public void ReadTable_TakeFitsTheColumnBetter_TakeKeptWithoutAnotherRead()
    {
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(4);
        using var engine = new ScriptedRecognizer(("จำนวน", 0.95), ("๑๒", 0.95), ("๓๔", 0.95), ("ac", 0.5), ("๕๕", 0.95));

        var readings = Cells(engine, []).ReadTable(gray, binary, cells, StageRecorder.None);

        Assert.Equal("๕๕", Assert.Single(readings[3].Lines).Text);
        Assert.Equal(5, engine.Calls);
    }

    [Fact]
    public void ReadTable_FormPassOff_TakeKept()
    {
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(4);
        using var engine = new ScriptedRecognizer(("จำนวน", 0.95), ("๑๒", 0.95), ("๓๔", 0.95), ("๕๖", 0.5), ("ด", 0.95));

        var readings = Cells(engine, [PageStages.CellRereadForm]).ReadTable(gray, binary, cells, StageRecorder.None);

        Assert.Equal("ด", Assert.Single(readings[3].Lines).Text);
        Assert.Equal(5, engine.Calls);
    }

    /// <summary>Cells read with only <c>cell re-read</c> and its judge among the later passes.</summary>
    private static CellRecognizer Cells(ITextRecognizer engine, string[] alsoOff) =>
        new(engine, new RecognizedLineCleaner([]), switches: new PagePassSwitches(
            [PageStages.OneLineCells, PageStages.CellLostMarks, PageStages.CellLatinWords, PageStages.NoiseLines, PageStages.DetachedMarks, PageStages.CellThaiRead,
             PageStages.CellNumbers, PageStages.CellDigitScript, PageStages.CellScores, PageStages.CellAmounts, .. alsoOff]));

    /// <summary>Answers each read with the next of its lines, in order, one symbol a character; throws when asked once too often.</summary>
    private sealed class ScriptedRecognizer(params (string Text, double Confidence)[] lines) : ITextRecognizer
    {
        public int Calls { get; private set; }

        public IReadOnlyList<RecognizedLine> Recognize(GrayImage image, BoundingBox? region, SegmentationMode mode)
        {
            var (text, confidence) = lines[Calls++];
            // The line covers the whole image, so no ink is left uncovered (which would call for a re-read of its own).
            var symbols = text.Select((c, i) => new RecognizedSymbol(c.ToString(), new BoundingBox(10 * i, 0, 8, image.Height), confidence)).ToList();
            return [new RecognizedLine(text, new BoundingBox(0, 0, image.Width, image.Height), confidence, symbols)];
        }

        public void Dispose() { }
    }
}
