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

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void ReadTable_TakeOnlyPutsMarksOnWordsWithAYear_JudgedOnlyWhenAsked(bool judgeMarksOnlyTakes, int judged)
    {
        // A weak line of words and a year, re-read with a tone mark put back: no number was read as letters. (The scripted
        // engine gives each character a symbol, spaces too, which the re-read cannot split back: the lines have none.)
        var (gray, binary, cells) = LayoutTestImages.InkedColumn(2);
        using var engine = new ScriptedRecognizer(("รายการ", 0.95), ("กลุ่มเสียงปี๒๕๖๒", 0.7), ("กลุ่มเสี่ยงปี๒๕๖๒", 0.95));
        var stages = new FormStageCounter();

        var readings = Cells(engine, [], new CellOcrOptions { Reread = new CellRereadOptions { JudgeMarksOnlyTakes = judgeMarksOnlyTakes } })
            .ReadTable(gray, binary, cells, stages);

        Assert.Equal("กลุ่มเสี่ยงปี๒๕๖๒", Assert.Single(readings[1].Lines).Text);
        Assert.Equal(judged, stages.FormStages);
        Assert.Equal(3, engine.Calls);
    }

    [Theory]
    [InlineData("กลุ่มเสียง", "กลุ่มเสี่ยง", true)]
    [InlineData("๒๕๖๖ เ", "๒๕๖๖ ด", false)]
    [InlineData("๒๕๖๖", "๒๕๖๖ั", false)]
    [InlineData("ด", "๗", false)]
    public void AddsMarksOnly_TakeSpellsTheSameLetters_TrueUnlessALineIsANumber(string untaken, string taken, bool expected) =>
        Assert.Equal(expected, CellRecognizer.AddsMarksOnly([Line(untaken)], [Line(taken)]));

    private static RecognizedLine Line(string text) => new(text, new BoundingBox(0, 0, 100, 30), 0.9, []);

    /// <summary>Cells read with only <c>cell re-read</c> and its judge among the later passes.</summary>
    private static CellRecognizer Cells(ITextRecognizer engine, string[] alsoOff, CellOcrOptions? options = null) =>
        new(engine, new RecognizedLineCleaner([]), options, switches: new PagePassSwitches(
            [PageStages.OneLineCells, PageStages.CellLostMarks, PageStages.CellLatinWords, PageStages.NoiseLines, PageStages.DetachedMarks, PageStages.CellThaiRead,
             PageStages.CellNumbers, PageStages.CellDigitScript, PageStages.CellScores, PageStages.CellAmounts, .. alsoOff]));

    /// <summary>Counts how often the <c>cell re-read form</c> judge made a cell's reading without its take.</summary>
    private sealed class FormStageCounter : IStageRecorder
    {
        public int FormStages { get; private set; }

        public void Enter(string stage)
        {
            if (stage == PageStages.CellRereadForm) FormStages++;
        }

        public void Exit() { }

        public void RecordOcrCall(TimeSpan elapsed) { }

        public void RecordChange(string stage) { }
    }

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
