using DocIngest.Core.Content;
using DocIngest.Ocr.Engine;
using DocIngest.Ocr.Layout;

namespace DocIngest.Ocr.Tests.Layout;

/// <summary>
/// Empty cells on grey, speckled paper read as junk; the readings below are what the engine made of such cells in a
/// tuning plan (eval/documents-tune, a three-page plan scanned on uneven paper), and of real cells read weakly.
/// </summary>
public sealed class CellRecognizerJunkTests
{
    private static readonly CellRecognizer Cells = new(new NoEngine(), new RecognizedLineCleaner([]));

    private static TextLine Line(string text, double confidence) => new(text, new BoundingBox(0, 0, 10, 10), confidence);

    [Fact]
    public void IsJunk_EmptySpeckledCellReadAsLettersAndSigns_True()
    {
        var lines = new[]
        {
            Line("as", 0.31), Line("<i", 0.35), Line("an ก", 0.33), Line("ee 0", 0.30), Line("(เซซิร ad", 0.36),
            Line("0 ร Mas", 0.32), Line("ธิ๊ ree ลิ ve ie", 0.34), Line("Be น ค8 el", 0.35),
        };

        Assert.True(Cells.IsJunk(lines));
    }

    [Fact]
    public void IsJunk_WordsReadWeakly_False()
    {
        var lines = new[] { Line("มาตรการจัดการ", 0.45), Line("เรื่องร้องเรียนการ", 0.42), Line("ทุจริต", 0.44) };

        Assert.False(Cells.IsJunk(lines));
    }

    [Fact]
    public void IsJunk_AmountReadWeakly_False()
    {
        Assert.False(Cells.IsJunk([Line("๑,๒๓๔,๕๖๗.๘๙", 0.35)]));
    }

    [Fact]
    public void IsJunk_JunkReadConfidently_False()
    {
        // Confidence decides first: a confident reading is the print, whatever the dictionary says (names, codes).
        Assert.False(Cells.IsJunk([Line("สสอ.นญ. กพ.", 0.91)]));
    }

    /// <summary>IsJunk reads no image; an engine that is never called.</summary>
    private sealed class NoEngine : ITextRecognizer
    {
        public IReadOnlyList<RecognizedLine> Recognize(DocIngest.Ocr.Imaging.GrayImage image, BoundingBox? region, SegmentationMode mode) =>
            throw new InvalidOperationException("not read");

        public void Dispose() { }
    }

    [Fact]
    public void WithoutNoiseLines_MarksReadAsALineBetweenTwo_Dropped()
    {
        // ethics-action-plan p121 (tuning): a row of marks between two lines of a cell read as a line of its own.
        var lines = new List<TextLine>
        {
            Line("การกำหนดแนวทางความร่วมมือกับหน่วยงาน หรือภาคส่วนอื่น ๆ", 0.91), Line("ซ่, w a จ wv", 0.41),
            Line("ที่มุ่งเน้นคุณธรรม จริยธรรม และสังคม-วัฒนธรรม", 0.90),
        };

        Assert.Equal([lines[0], lines[2]], CellRecognizer.WithoutNoiseLines(lines, null));
    }

    [Fact]
    public void WithoutNoiseLines_WeakAmountAndConfidentLatin_Kept()
    {
        var lines = new List<TextLine> { Line("งบดำเนินงาน", 0.9), Line("๕๘๑,๐๙๖.๐๐", 0.3), Line("(Leadership Model)", 0.8) };

        Assert.Equal(lines, CellRecognizer.WithoutNoiseLines(lines, null));
    }

    [Fact]
    public void WithoutNoiseLines_EveryLineNoise_LeftToIsJunk()
    {
        var lines = new List<TextLine> { Line("ee 0", 0.3), Line("Be น ค8 el", 0.35) };

        Assert.Equal(lines, CellRecognizer.WithoutNoiseLines(lines, null));
    }

    private static TextLine Line(string text, double confidence, int top, int height) => new(text, new BoundingBox(0, top, 300, height), confidence);

    /// <summary>Letter-sized pieces, 20 px wide and 30 tall, every 30 px along rows centred at the given heights.</summary>
    private static PageInk Letters(params int[] centres) =>
        PageInk.Of(centres.SelectMany(y => Enumerable.Range(0, 10).Select(i => new BoundingBox(i * 30, y - 15, 20, 30))).ToList(), 300);

    [Fact]
    public void WithoutNoiseLines_ConfidentJunkBetweenTheInksLines_Dropped()
    {
        // ethics-action-plan p114 (tuning): the marks between two lines of a cell read as "aid" at 0.7, a line under
        // which the cell holds no letter-sized ink.
        var lines = new List<TextLine>
        {
            Line("ของเครือข่ายการส่งเสริมคุณธรรม จริยธรรม และการทำ", 0.92, 5, 38), Line("aid", 0.7, 40, 16),
            Line("ความดี เพื่อขยายผล", 0.93, 55, 38),
        };

        Assert.Equal([lines[0], lines[2]], CellRecognizer.WithoutNoiseLines(lines, () => Letters(25, 75)));
    }

    [Fact]
    public void WithoutNoiseLines_LatinLineOnItsOwnLetters_Kept()
    {
        // A real line of Latin in a Thai cell makes no Thai words, but its letters are letter-sized ink.
        var lines = new List<TextLine> { Line("การทำตามต้นแบบผู้นำ", 0.92, 5, 38), Line("(Leadership Model)", 0.7, 55, 38) };

        Assert.Equal(lines, CellRecognizer.WithoutNoiseLines(lines, () => Letters(25, 75)));
    }

    [Fact]
    public void WithoutNoiseLines_ConfidentCodeOverLetters_Kept()
    {
        // A code or a name is no dictionary word either; read confidently over letters, it stays.
        var lines = new List<TextLine> { Line("ผู้รับผิดชอบ", 0.92, 5, 38), Line("สสอ.นญ. กพ.", 0.91, 55, 38) };

        Assert.Equal(lines, CellRecognizer.WithoutNoiseLines(lines, () => Letters(25, 75)));
    }

    [Fact]
    public void WithoutNoiseLines_MarksBetweenTwoLinesOfLetters_Dropped()
    {
        // ethics-action-plan p30 (tuning, a phone photo): the marks over "ที่เกี่ยว" read at 0.95 as a line of their own
        // between the cell's second and third lines. Two of those marks (a vowel with its tone mark, 18 px against
        // letters of 24) are centred in its box, so counting letter-sized pieces keeps it; the middle of no line of
        // letters lies in it.
        var lines = new List<TextLine>
        {
            new("และความมั่นคงของมนุษย์", new BoundingBox(1376, 1228, 240, 38), 0.93),
            new("ย 4 4 »", new BoundingBox(1394, 1259, 220, 50), 0.95),
            new("- หน่วยงานที่เกียวข้อง", new BoundingBox(1376, 1290, 240, 38), 0.92),
        };
        var pieces = Enumerable.Range(0, 10).Select(i => new BoundingBox(1392 + 21 * i, 1239, 18, 24))
            .Concat([new BoundingBox(1501, 1280, 17, 18), new BoundingBox(1534, 1280, 17, 18)])
            .Concat(Enumerable.Range(0, 10).Select(i => new BoundingBox(1376 + 23 * i, 1301, 18, 24))).ToList();

        Assert.Equal([lines[0], lines[2]], CellRecognizer.WithoutNoiseLines(lines, () => PageInk.Of(pieces, 250), () => [(1239, 1263), (1301, 1325)]));
    }

    [Fact]
    public void WithoutNoiseLines_LatinLineOverItsOwnLineOfLetters_Kept()
    {
        // A line without Thai words whose box holds the middle of a line of letters is that line, read as it is printed.
        var lines = new List<TextLine> { Line("การทำตามต้นแบบผู้นำ", 0.92, 5, 38), Line("(Leadership Model)", 0.95, 55, 38) };

        Assert.Equal(lines, CellRecognizer.WithoutNoiseLines(lines, () => Letters(25, 75), () => [(10, 40), (60, 90)]));
    }

    [Fact]
    public void WithoutNoiseLines_ShortLineWhoseBandTheLineAboveSwallowed_Kept()
    {
        // ethics-action-plan p98 (tuning): a cell's last line, three letters read as Latin ("nou"), whose band a tall
        // letter of the line above joined to its own; its letters still cover most of its box, so it is print.
        var lines = new List<TextLine>
        {
            new("การเสียสละเพื่อช่วยเหลือ", new BoundingBox(599, 1262, 360, 40), 0.93),
            new("nou", new BoundingBox(599, 1306, 64, 38), 0.81),
        };
        var pieces = Enumerable.Range(0, 12).Select(i => new BoundingBox(599 + 30 * i, 1268, 20, 24))
            .Concat([new BoundingBox(599, 1320, 18, 23), new BoundingBox(622, 1320, 17, 24), new BoundingBox(642, 1320, 21, 24)]).ToList();

        Assert.Equal(lines, CellRecognizer.WithoutNoiseLines(lines, () => PageInk.Of(pieces, 250), () => [(1268, 1300)]));
    }

    [Fact]
    public void WithoutNoiseLines_EveryLineMakesWords_InkNeverLabelled()
    {
        // The cell's ink is labelled only for a confident line without words: a cell of plain text costs nothing more.
        var lines = new List<TextLine> { Line("การทำตามต้นแบบผู้นำ", 0.92, 5, 38), Line("ความดี เพื่อขยายผล", 0.93, 55, 38) };
        int asked = 0;

        Assert.Equal(lines, CellRecognizer.WithoutNoiseLines(lines, () => { asked++; return Letters(25, 75); }));
        Assert.Equal(0, asked);
    }
}
